/* Case-insensitive multi-phrase matching: every phrase of every rule found in one pass over
 * the folded reply (Aho-Corasick). Phrases and text are folded by bounce_fold first. */
#ifndef BOUNCE_MATCHER_H
#define BOUNCE_MATCHER_H

#include <stddef.h>

typedef struct bounce_matcher bounce_matcher;

/* Called for every occurrence, in the order the occurrences end in the text. */
typedef void (*bounce_match_fn)(void *ud, int id);

bounce_matcher *bounce_matcher_new(void);
void bounce_matcher_free(bounce_matcher *m);
/* Adds a folded, non-empty phrase reported as id; 0 on success, -1 when out of memory. */
int bounce_matcher_add(bounce_matcher *m, const char *phrase, size_t n, int id);
/* Freezes the automaton; no phrase can be added after it. 0 on success, -1 when out of memory. */
int bounce_matcher_build(bounce_matcher *m);
void bounce_matcher_scan(const bounce_matcher *m, const char *text, size_t n, bounce_match_fn fn, void *ud);
size_t bounce_matcher_states(const bounce_matcher *m);
size_t bounce_matcher_memory(const bounce_matcher *m);

#endif
