/* A set of words in open addressing, and the count of a reply's words outside it. */
#include "words.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WORD 32

struct bounce_words {
    char (*slots)[MAX_WORD + 1]; /* "" where empty */
    size_t cap, count;
};

static unsigned hash_word(const char *s, size_t n)
{
    unsigned h = 2166136261u; /* FNV-1a */
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

bounce_words *bounce_words_new(void)
{
    return calloc(1, sizeof(bounce_words));
}

void bounce_words_free(bounce_words *w)
{
    if (w == NULL)
        return;
    free(w->slots);
    free(w);
}

/* The slot of word s (n bytes): where it is, or the empty slot where it would go. */
static char *slot_of(const bounce_words *w, const char *s, size_t n)
{
    size_t i;
    for (i = hash_word(s, n) & (w->cap - 1);; i = (i + 1) & (w->cap - 1)) {
        char *slot = w->slots[i];
        if (slot[0] == '\0' || (strncmp(slot, s, n) == 0 && slot[n] == '\0'))
            return slot;
    }
}

static int is_lower(int c) { return c >= 'a' && c <= 'z'; }

int bounce_words_add(bounce_words *w, const char *word, size_t n)
{
    size_t i;
    char *slot;
    if (n == 0 || n > MAX_WORD)
        return -1;
    for (i = 0; i < n; i++)
        if (!is_lower((unsigned char)word[i]))
            return -1;
    if ((w->count + 1) * 2 > w->cap) {
        bounce_words bigger;
        bigger.cap = w->cap ? w->cap * 2 : 256;
        bigger.count = w->count;
        bigger.slots = calloc(bigger.cap, sizeof *bigger.slots);
        if (bigger.slots == NULL)
            return -1;
        for (i = 0; i < w->cap; i++)
            if (w->slots[i][0] != '\0')
                strcpy(slot_of(&bigger, w->slots[i], strlen(w->slots[i])), w->slots[i]);
        free(w->slots);
        *w = bigger;
    }
    slot = slot_of(w, word, n);
    if (slot[0] == '\0') {
        memcpy(slot, word, n);
        slot[n] = '\0';
        w->count++;
    }
    return 0;
}

size_t bounce_words_count(const bounce_words *w)
{
    return w->count;
}

size_t bounce_words_memory(const bounce_words *w)
{
    return sizeof *w + w->cap * sizeof *w->slots;
}

/* Bytes that join a letter run to an address, a host name, a link or an identifier; '.' and ':'
 * only where no space follows them ("example.org", "reason:x", not "rejected." or "reason: x"). */
static int joins(const unsigned char *s, size_t i, size_t n)
{
    int c = s[i];
    if (c == '.' || c == ':')
        return i + 1 < n && s[i + 1] != ' ';
    return c == '@' || c == '/' || c == '_' || c == '-' || c == '=' || c == '#' || (c >= '0' && c <= '9');
}

int bounce_words_unknown(const bounce_words *w, const char *folded, size_t n, int *words)
{
    const unsigned char *s = (const unsigned char *)folded;
    size_t i = 0;
    int found = 0;
    *words = 0;
    while (i < n) {
        size_t start = i;
        int wide = s[i] >= 0x80;
        if (!is_lower(s[i]) && !wide) {
            i++;
            continue;
        }
        while (i < n && (wide ? s[i] >= 0x80 : is_lower(s[i])))
            i++;
        /* a run next to '@', a digit, ... is a part of a name, not a word of the reply */
        if ((start > 0 && joins(s, start - 1, n)) || (i < n && joins(s, i, n)))
            continue;
        if (wide ? i - start < 2 : i - start < 3)
            continue;
        ++*words;
        if (wide || i - start > MAX_WORD || w->cap == 0 || slot_of(w, folded + start, i - start)[0] == '\0')
            found++;
    }
    return found;
}
