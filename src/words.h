/* Words that say nothing specific about why a message failed ("requested action not taken",
 * "mailbox unavailable", "the", "please"), and the count of the other words of a folded reply:
 * where a reply has words of its own that no rule knows, its code alone says too little to call
 * the failure hard. */
#ifndef BOUNCE_WORDS_H
#define BOUNCE_WORDS_H

#include <stddef.h>

typedef struct bounce_words bounce_words;

bounce_words *bounce_words_new(void);
void bounce_words_free(bounce_words *w);
/* Adds a word of ASCII letters, folded (lower case); 0, or -1 when it is none or out of memory. */
int bounce_words_add(bounce_words *w, const char *word, size_t n);
size_t bounce_words_count(const bounce_words *w);
size_t bounce_words_memory(const bounce_words *w);

/* The words of the folded text that are not in w; *words gets the count of all its words. A word
 * is a run of three or more ASCII letters, or of two or more bytes beyond ASCII (UTF-8 letters),
 * that is no part of an address, a host name, a link or an identifier (a letter run next to '@',
 * '.', '/', '_', '-', '=', '#', ':' without a space, or a digit). */
int bounce_words_unknown(const bounce_words *w, const char *folded, size_t n, int *words);

#endif
