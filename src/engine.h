/* The matching engine rule files compile into: exact lookups by status, code and provider,
 * every phrase of every rule found in one pass, LPeg patterns run (through a callback) only
 * for rules whose other conditions already hold, and the precedence that picks the result. */
#ifndef BOUNCE_ENGINE_H
#define BOUNCE_ENGINE_H

#include <stddef.h>

#include "reply.h"

enum {
    BOUNCE_LAYER_SITE,
    BOUNCE_LAYER_PROVIDER,
    BOUNCE_LAYER_TEXT,
    BOUNCE_LAYER_STATUS,
    BOUNCE_LAYER_CODE,
    BOUNCE_LAYER_CLASS,
    BOUNCE_LAYER_COUNT
};

extern const char *const bounce_layer_names[BOUNCE_LAYER_COUNT];

/* One rule as a rule file states it, checked by the Lua layer. Strings are copied. */
typedef struct bounce_rule_def {
    const char *id, *description;
    int layer;
    double priority;      /* an integer; a double holds every one up to 2^53 */
    int provider;         /* provider index, -1 for any */
    int code, klass;      /* 0 for any */
    const char *status;   /* "X.Y.Z" or NULL for any */
    int has_pattern;      /* the pattern callback decides the rule's pattern condition */
    const char *type, *category, *action; /* NULL where the rule leaves them to rules below */
    long retry_after;     /* -1 where unset */
    int command;          /* the SMTP command the reply answered (bounce_command_number), 0 for any */
} bounce_rule_def;

typedef struct bounce_engine bounce_engine;

/* Answers whether rule's pattern matches the folded text: 1 yes, 0 no. */
typedef int (*bounce_pattern_fn)(void *ud, int rule, const char *folded, size_t n);

typedef struct bounce_outcome {
    bounce_reply reply;
    int provider;        /* index of the provider the rules saw, -1 none */
    const char *rule, *type, *category, *action, *description;
    long retry_after;    /* -1 none */
    int nmatched;        /* the rules that matched, highest precedence first: every one when asked */
    const int *matched;  /* valid until the next call on the engine */
} bounce_outcome;

bounce_engine *bounce_engine_new(void);
void bounce_engine_free(bounce_engine *e);
/* Each returns an index >= 0, or -1 when out of memory or (rules) on an unknown category. */
int bounce_engine_add_category(bounce_engine *e, const char *name, const char *type, const char *action,
                               const char *description);
int bounce_engine_add_provider(bounce_engine *e, const char *name);
int bounce_engine_add_fingerprint(bounce_engine *e, int provider, const char *phrase, size_t n);
int bounce_engine_add_rule(bounce_engine *e, const bounce_rule_def *def);
/* Adds a phrase that names the sender's side ("sender address rejected", "your IP"): where one
 * occurs, as where the reply came before any recipient was given, the result is never hard and
 * an address category (recipient_unknown, recipient_inactive, domain_invalid) is sender_invalid. */
int bounce_engine_add_sender_phrase(bounce_engine *e, const char *phrase, size_t n);
/* Adds a word (ASCII letters, lower case) that says nothing specific about a failure ("requested",
 * "mailbox", "the"). Where a reply has more than one word not in that set, no rule's words, a
 * status that speaks of the address or the site decided it, its code alone does not make it hard
 * (nor, if it named one, of the address): TAXONOMY.md rule 9 lets the code decide only where the
 * words are generic. With no such word added the code decides as the rules say. 0, or -1 when
 * the word is not ASCII letters or out of memory. */
int bounce_engine_add_generic_word(bounce_engine *e, const char *word, size_t n);
/* Adds one phrase of a rule's `match` list to group 0 to 7: the condition holds when a phrase of
 * each group the rule has occurs. */
int bounce_engine_add_phrase(bounce_engine *e, int rule, int group, const char *phrase, size_t n);
int bounce_engine_build(bounce_engine *e);

int bounce_engine_find_provider(const bounce_engine *e, const char *name);
const char *bounce_engine_provider_name(const bounce_engine *e, int provider);
const char *bounce_engine_rule_id(const bounce_engine *e, int rule);
int bounce_engine_rule_layer(const bounce_engine *e, int rule);
int bounce_engine_rule_count(const bounce_engine *e);
size_t bounce_engine_memory(const bounce_engine *e);
size_t bounce_engine_phrase_count(const bounce_engine *e);

/* Classifies reply s for the given provider (-1: detect by fingerprint) and SMTP command (0: the
 * one the reply names, as Postfix and Exim do, if any). With every, out lists
 * every rule that matched; without, a rule's pattern runs only where the rule could still set a
 * field of the result. Returns 0, or -1 when out of memory. No allocation once the scratch space
 * has grown to the longest reply seen. */
int bounce_engine_classify(bounce_engine *e, const char *s, size_t n, int provider, int command, int every,
                           bounce_pattern_fn fn, void *ud, bounce_outcome *out);

#endif
