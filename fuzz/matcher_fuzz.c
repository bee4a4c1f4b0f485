/* libFuzzer harness for the phrase matcher (src/matcher.c). The input is phrases, one a line,
 * then an empty line, then the text: "phrase\nphrase\n\ntext". Phrases and text are folded the
 * way the engine folds them, and every phrase's count of (overlapping) occurrences is checked
 * against a naive search.
 *
 * An input that starts with an empty line also gets padding phrases: one of all 256 byte values
 * (the most byte classes there can be) and 1024 of three bytes ({a, b, c}: a, b in 1..8, c in
 * 1..16), more shallow states than the matcher has full transition rows for, so that deeper
 * states take the sparse path (edges and failure links) a small phrase set never reaches. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matcher.h"
#include "reply.h"

#define CHECK(cond)        \
    do {                   \
        if (!(cond))       \
            abort();       \
    } while (0)

#define MAX_PHRASES 256
#define PAD_ID MAX_PHRASES

typedef struct phrase {
    const char *p;
    size_t n;
} phrase;

static void count(void *ud, int id)
{
    size_t *counts = ud;
    CHECK(id >= 0 && id <= PAD_ID);
    counts[id]++;
}

static int in_range(char c, int top)
{
    return (unsigned char)c >= 1 && (unsigned char)c <= top;
}

static size_t naive_count(const char *text, size_t n, const char *p, size_t k)
{
    size_t i, c = 0;
    for (i = 0; i + k <= n; i++)
        if (memcmp(text + i, p, k) == 0)
            c++;
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data, *end = s + size, *line = s;
    char *buf = malloc(size ? size : 1), *text, all_bytes[256];
    phrase phrases[MAX_PHRASES];
    size_t counts[MAX_PHRASES + 1], used = 0, ntext, i;
    int nphrases = 0, pad = size > 0 && s[0] == '\n';
    bounce_matcher *m = bounce_matcher_new();

    CHECK(buf != NULL && m != NULL);
    /* Phrase lines up to the first empty one (the leading empty line of padding mode aside). */
    if (pad)
        line++;
    while (line < end) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t len = nl ? (size_t)(nl - line) : (size_t)(end - line), k;
        if (len == 0) {
            line++;
            break;
        }
        k = bounce_fold(line, len, buf + used);
        if (k > 0 && nphrases < MAX_PHRASES) {
            CHECK(bounce_matcher_add(m, buf + used, k, nphrases) == 0);
            phrases[nphrases].p = buf + used;
            phrases[nphrases++].n = k;
            used += k;
        }
        line += len + (nl != NULL);
    }
    if (pad) {
        unsigned char three[3];
        for (i = 0; i < 256; i++)
            all_bytes[i] = (char)i;
        CHECK(bounce_matcher_add(m, all_bytes, 256, PAD_ID) == 0);
        for (i = 0; i < 8 * 8 * 16; i++) {
            three[0] = (unsigned char)(1 + i / 128);
            three[1] = (unsigned char)(1 + i / 16 % 8);
            three[2] = (unsigned char)(1 + i % 16);
            CHECK(bounce_matcher_add(m, (const char *)three, 3, PAD_ID) == 0);
        }
    }
    CHECK(bounce_matcher_build(m) == 0);
    CHECK(bounce_matcher_memory(m) > 0);

    /* The text (what follows the phrases) goes where the phrases' folded copies end. */
    text = buf + used;
    ntext = line < end ? bounce_fold_reply(line, (size_t)(end - line), text) : 0;
    memset(counts, 0, sizeof counts);
    bounce_matcher_scan(m, text, ntext, count, counts);

    for (i = 0; i < (size_t)nphrases; i++)
        CHECK(counts[i] == naive_count(text, ntext, phrases[i].p, phrases[i].n));
    if (pad) {
        size_t expect = naive_count(text, ntext, all_bytes, 256);
        for (i = 0; i + 2 < ntext; i++)
            expect += in_range(text[i], 8) && in_range(text[i + 1], 8) && in_range(text[i + 2], 16);
        CHECK(counts[PAD_ID] == expect);
    } else {
        CHECK(counts[PAD_ID] == 0);
    }

    bounce_matcher_free(m);
    free(buf);
    return 0;
}
