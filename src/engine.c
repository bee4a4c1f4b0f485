/* The matching engine. Each rule is filed under one anchor, its most selective condition:
 * status, else code, else its phrases, else provider, else the list checked every time.
 * A call folds the reply, runs the phrase automaton once (marking rules whose phrases occur
 * and the provider whose fingerprint occurs first), gathers the rules under the anchors the
 * reply has, checks every condition of each, sorts the survivors by precedence and merges
 * their outcome fields. */
#include "engine.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"

#include "matcher.h"
#include "words.h"

const char *const bounce_layer_names[BOUNCE_LAYER_COUNT] = {
    "site", "provider", "text", "status", "code", "class",
};

enum { ANCHOR_STATUS, ANCHOR_STATUS_RANGE, ANCHOR_CODE, ANCHOR_PHRASE, ANCHOR_PROVIDER, ANCHOR_ALWAYS };

typedef struct rule {
    char *id, *description, *type, *action;
    int layer, order, conditions;
    double priority;
    int rank; /* place in precedence order among all rules, 0 first: see bounce_engine_build */
    int provider, code, klass, status_key, has_pattern;
    int command; /* the SMTP command the reply answered (bounce_command_names), 0 for any */
    unsigned phrase_groups; /* a bit for each group of phrases: one phrase of each must occur */
    int status_last; /* a range "5.7.700-749": the last detail (749); -1 for one status */
    int category;   /* category index, -1 unset */
    long retry_after;
    int anchor, next; /* next rule under the same anchor */
} rule;

typedef struct category {
    char *name, *type, *action, *description;
    int of_address; /* says the address itself is bad: recipient_unknown, recipient_inactive, domain_invalid */
} category;

typedef struct provider_entry {
    char *name;
    int rules; /* head of rules anchored on this provider */
} provider_entry;

/* Open addressing from a positive key to the head of a rule chain. */
typedef struct anchor_map {
    int *keys, *heads;
    int cap, count;
} anchor_map;

struct bounce_engine {
    rule *rules;
    int nrules, cap_rules;
    category *categories;
    int ncategories, cap_categories;
    provider_entry *providers;
    int nproviders, cap_providers;
    anchor_map by_status, by_subject, by_code; /* by_subject: status ranges, by class and subject */
    int unknown;        /* the category of a reply no rule recognises */
    int sender_invalid; /* what an address category means when said of the sender's side */
    int reverse_dns;    /* ... and when said at HELO/EHLO, of the name the client gave */
    int domain_invalid;
    int spam_content, reputation; /* a spam verdict given at the greeting or HELO (-1: none) */
    int always;
    bounce_matcher *matcher;
    bounce_words *generic; /* words that say nothing specific: see bounce_engine_add_generic_word */
    size_t nphrases;
    int built;
    /* scratch for one call */
    unsigned generation;
    unsigned *phrase_seen, *candidate_seen; /* the generation of the call that saw them */
    unsigned char *groups_seen;             /* the phrase groups a rule has seen in this call */
    int *candidates, ncandidates;
    int fingerprint;
    int retry_cue;  /* a cue of bounce_retry_after occurred in the reply */
    int sender_cue; /* a phrase that names the sender's side occurred in the reply */
    int command;   /* the SMTP command the reply says it answered, 0 when it does not */
    char *folded;
    size_t folded_cap;
};

static char *copy_string(const char *s)
{
    size_t n;
    char *d;
    if (s == NULL)
        return NULL;
    n = strlen(s) + 1;
    d = malloc(n);
    if (d != NULL)
        memcpy(d, s, n);
    return d;
}

static unsigned hash_int(int key)
{
    unsigned h = (unsigned)key * 2654435761u;
    return h ^ (h >> 16);
}

static int *map_slot(anchor_map *m, int key)
{
    unsigned i;
    if (m->cap == 0)
        return NULL;
    for (i = hash_int(key) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
        if (m->keys[i] == key || m->keys[i] == 0)
            return &m->keys[i];
    }
}

static int map_get(const anchor_map *m, int key)
{
    int *slot = map_slot((anchor_map *)m, key);
    if (slot == NULL || *slot == 0)
        return -1;
    return m->heads[slot - m->keys];
}

/* Files rule r at the head of key's chain. */
static int map_push(anchor_map *m, int key, rule *rules, int r)
{
    int *slot;
    if ((m->count + 1) * 2 > m->cap) {
        anchor_map bigger;
        int i, ncap = m->cap ? m->cap * 2 : 64;
        bigger.cap = ncap;
        bigger.count = m->count;
        bigger.keys = calloc((size_t)ncap, sizeof(int));
        bigger.heads = calloc((size_t)ncap, sizeof(int));
        if (bigger.keys == NULL || bigger.heads == NULL) {
            free(bigger.keys);
            free(bigger.heads);
            return -1;
        }
        for (i = 0; i < m->cap; i++) {
            if (m->keys[i] != 0) {
                int *s = map_slot(&bigger, m->keys[i]);
                *s = m->keys[i];
                bigger.heads[s - bigger.keys] = m->heads[i];
            }
        }
        free(m->keys);
        free(m->heads);
        *m = bigger;
    }
    slot = map_slot(m, key);
    if (*slot == 0) {
        *slot = key;
        m->heads[slot - m->keys] = -1;
        m->count++;
    }
    rules[r].next = m->heads[slot - m->keys];
    m->heads[slot - m->keys] = r;
    return 0;
}

/* Up to three digits at *s; -1 when there are none or more. */
static int detail_at(const char **s)
{
    int detail = 0, digits = 0;
    for (; **s >= '0' && **s <= '9' && digits < 4; (*s)++, digits++)
        detail = detail * 10 + (**s - '0');
    return digits == 0 || digits > 3 ? -1 : detail;
}

/* "5.7.32" -> 57032: class, subject and up to three detail digits; a range "5.7.700-749" gives
 * the key of its first status and *last = 749 (else -1). 0 when malformed. */
static int status_range_key(const char *s, int *last)
{
    int detail, key;
    *last = -1;
    if (s == NULL || s[0] < '0' || s[0] > '9' || s[1] != '.' || s[2] < '0' || s[2] > '9' || s[3] != '.')
        return 0;
    key = (s[0] - '0') * 10000 + (s[2] - '0') * 1000;
    s += 4;
    if ((detail = detail_at(&s)) < 0)
        return 0;
    if (*s == '-') {
        s++;
        if ((*last = detail_at(&s)) < detail)
            return 0;
    }
    return *s == '\0' ? key + detail : 0;
}

static int status_key(const char *s)
{
    int last, key = status_range_key(s, &last);
    return last < 0 ? key : 0;
}

/* Matcher ids: a rule's phrase (>= 0: the rule index times MAX_PHRASE_GROUPS, plus the phrase's
 * group), RETRY_CUE (a word that stands before a delay the reply asks for), SENDER_CUE (a phrase
 * that names the sender's side), COMMAND_CUE(c) (the reply says it answered command c), or
 * PROVIDER_ID(p) for a fingerprint of provider p. */
#define RETRY_CUE (-1)
#define SENDER_CUE (-2)
#define COMMAND_CUE(c) (-2 - (c))
#define PROVIDER_ID(p) (-3 - BOUNCE_COMMAND_COUNT - (p))
#define MAX_PHRASE_GROUPS 8

/* Each of bounce_command_frames around each way bounce_command_wordings names a command
 * ("in reply to end of data command"), and the sentences of bounce_command_sentences. */
static int add_command_cues(bounce_matcher *m)
{
    const bounce_command_words *cw;
    char cue[64];
    size_t f;
    for (cw = bounce_command_wordings; cw->words != NULL; cw++)
        for (f = 0; bounce_command_frames[f][0] != NULL; f++) {
            int n = snprintf(cue, sizeof cue, "%s%s%s", bounce_command_frames[f][0], cw->words,
                             bounce_command_frames[f][1]);
            if (n < 0 || (size_t)n >= sizeof cue || bounce_matcher_add(m, cue, (size_t)n, COMMAND_CUE(cw->command)) != 0)
                return -1;
        }
    for (cw = bounce_command_sentences; cw->words != NULL; cw++)
        if (bounce_matcher_add(m, cw->words, strlen(cw->words), COMMAND_CUE(cw->command)) != 0)
            return -1;
    return 0;
}

bounce_engine *bounce_engine_new(void)
{
    const char *const *cue;
    bounce_engine *e = calloc(1, sizeof *e);
    if (e == NULL)
        return NULL;
    e->matcher = bounce_matcher_new();
    e->generic = bounce_words_new();
    if (e->matcher == NULL || e->generic == NULL) {
        bounce_matcher_free(e->matcher);
        bounce_words_free(e->generic);
        free(e);
        return NULL;
    }
    e->always = -1;
    for (cue = bounce_retry_cues; *cue != NULL; cue++)
        if (bounce_matcher_add(e->matcher, *cue, strlen(*cue), RETRY_CUE) != 0) {
            bounce_engine_free(e);
            return NULL;
        }
    if (add_command_cues(e->matcher) != 0) {
        bounce_engine_free(e);
        return NULL;
    }
    return e;
}

void bounce_engine_free(bounce_engine *e)
{
    int i;
    if (e == NULL)
        return;
    for (i = 0; i < e->nrules; i++) {
        free(e->rules[i].id);
        free(e->rules[i].description);
        free(e->rules[i].type);
        free(e->rules[i].action);
    }
    for (i = 0; i < e->ncategories; i++) {
        free(e->categories[i].name);
        free(e->categories[i].type);
        free(e->categories[i].action);
        free(e->categories[i].description);
    }
    for (i = 0; i < e->nproviders; i++)
        free(e->providers[i].name);
    free(e->rules);
    free(e->categories);
    free(e->providers);
    free(e->by_status.keys);
    free(e->by_status.heads);
    free(e->by_subject.keys);
    free(e->by_subject.heads);
    free(e->by_code.keys);
    free(e->by_code.heads);
    bounce_matcher_free(e->matcher);
    bounce_words_free(e->generic);
    free(e->phrase_seen);
    free(e->groups_seen);
    free(e->candidate_seen);
    free(e->candidates);
    free(e->folded);
    free(e);
}

int bounce_engine_add_category(bounce_engine *e, const char *name, const char *type, const char *action,
                               const char *description)
{
    category *c;
    if (e->built || bounce_grow((void **)&e->categories, &e->cap_categories, e->ncategories + 1, sizeof(category)) != 0)
        return -1;
    c = &e->categories[e->ncategories];
    c->name = copy_string(name);
    c->type = copy_string(type);
    c->action = copy_string(action);
    c->description = copy_string(description);
    if (c->name == NULL || c->type == NULL || c->action == NULL || c->description == NULL) {
        free(c->name);
        free(c->type);
        free(c->action);
        free(c->description);
        return -1;
    }
    return e->ncategories++;
}

static int find_category(const bounce_engine *e, const char *name)
{
    int i;
    for (i = 0; i < e->ncategories; i++)
        if (strcmp(e->categories[i].name, name) == 0)
            return i;
    return -1;
}

int bounce_engine_find_provider(const bounce_engine *e, const char *name)
{
    int i;
    for (i = 0; i < e->nproviders; i++)
        if (strcmp(e->providers[i].name, name) == 0)
            return i;
    return -1;
}

int bounce_engine_add_provider(bounce_engine *e, const char *name)
{
    int i = bounce_engine_find_provider(e, name);
    if (i >= 0)
        return i;
    if (e->built || bounce_grow((void **)&e->providers, &e->cap_providers, e->nproviders + 1, sizeof(provider_entry)) != 0)
        return -1;
    e->providers[e->nproviders].name = copy_string(name);
    e->providers[e->nproviders].rules = -1;
    if (e->providers[e->nproviders].name == NULL)
        return -1;
    return e->nproviders++;
}

const char *bounce_engine_provider_name(const bounce_engine *e, int provider)
{
    return provider >= 0 && provider < e->nproviders ? e->providers[provider].name : NULL;
}

/* Adds phrase, folded, to the automaton under id. */
static int add_folded(bounce_engine *e, const char *phrase, size_t n, int id)
{
    char *folded;
    size_t len;
    int rc;
    if (e->built || (folded = malloc(n + 1)) == NULL)
        return -1;
    len = bounce_fold(phrase, n, folded);
    rc = len == 0 ? -1 : bounce_matcher_add(e->matcher, folded, len, id);
    free(folded);
    if (rc == 0)
        e->nphrases++;
    return rc;
}

int bounce_engine_add_fingerprint(bounce_engine *e, int provider, const char *phrase, size_t n)
{
    if (provider < 0 || provider >= e->nproviders)
        return -1;
    return add_folded(e, phrase, n, PROVIDER_ID(provider));
}

int bounce_engine_add_sender_phrase(bounce_engine *e, const char *phrase, size_t n)
{
    return add_folded(e, phrase, n, SENDER_CUE);
}

int bounce_engine_add_generic_word(bounce_engine *e, const char *word, size_t n)
{
    return bounce_words_add(e->generic, word, n);
}

int bounce_engine_add_rule(bounce_engine *e, const bounce_rule_def *def)
{
    rule *r;
    /* a rule's phrases are numbered rule * MAX_PHRASE_GROUPS + group for the matcher */
    if (e->built || e->nrules >= INT_MAX / MAX_PHRASE_GROUPS ||
        bounce_grow((void **)&e->rules, &e->cap_rules, e->nrules + 1, sizeof(rule)) != 0)
        return -1;
    r = &e->rules[e->nrules];
    memset(r, 0, sizeof *r);
    r->category = -1;
    if (def->category != NULL && (r->category = find_category(e, def->category)) < 0)
        return -1;
    if (def->layer < 0 || def->layer >= BOUNCE_LAYER_COUNT)
        return -1;
    if (def->provider < -1 || def->provider >= e->nproviders || def->command < 0 || def->command > BOUNCE_COMMAND_COUNT)
        return -1;
    r->status_key = def->status != NULL ? status_range_key(def->status, &r->status_last) : 0;
    if (def->status == NULL)
        r->status_last = -1;
    if (def->status != NULL && r->status_key == 0)
        return -1;
    r->id = copy_string(def->id);
    r->description = copy_string(def->description);
    r->type = copy_string(def->type);
    r->action = copy_string(def->action);
    if (r->id == NULL || (def->description && !r->description) || (def->type && !r->type) ||
        (def->action && !r->action)) {
        free(r->id);
        free(r->description);
        free(r->type);
        free(r->action);
        return -1;
    }
    r->layer = def->layer;
    r->priority = def->priority;
    r->order = e->nrules;
    r->provider = def->provider;
    r->code = def->code;
    r->klass = def->klass;
    r->has_pattern = def->has_pattern;
    r->retry_after = def->retry_after;
    r->command = def->command;
    r->anchor = -1;
    r->next = -1;
    return e->nrules++;
}

int bounce_engine_add_phrase(bounce_engine *e, int rule_index, int group, const char *phrase, size_t n)
{
    int rc;
    if (rule_index < 0 || rule_index >= e->nrules || group < 0 || group >= MAX_PHRASE_GROUPS)
        return -1;
    rc = add_folded(e, phrase, n, rule_index * MAX_PHRASE_GROUPS + group);
    if (rc == 0)
        e->rules[rule_index].phrase_groups |= 1u << group;
    return rc;
}

/* Precedence: layer, then priority, then more conditions, then the rule loaded later. */
static int outranks(const rule *a, const rule *b)
{
    if (a->layer != b->layer)
        return a->layer < b->layer;
    if (a->priority != b->priority)
        return a->priority > b->priority;
    if (a->conditions != b->conditions)
        return a->conditions > b->conditions;
    return a->order > b->order;
}

static int by_precedence(const void *a, const void *b)
{
    const rule *x = *(const rule *const *)a, *y = *(const rule *const *)b;
    return outranks(x, y) ? -1 : outranks(y, x);
}

/* Numbers the rules in precedence order once, so that a call sorts the rules it meets by one
 * integer each. */
static int rank_rules(bounce_engine *e)
{
    int i;
    rule **order = malloc(((size_t)e->nrules + 1) * sizeof *order);
    if (order == NULL)
        return -1;
    for (i = 0; i < e->nrules; i++)
        order[i] = &e->rules[i];
    qsort(order, (size_t)e->nrules, sizeof *order, by_precedence);
    for (i = 0; i < e->nrules; i++)
        order[i]->rank = i;
    free(order);
    return 0;
}

/* The bits set in a mask of phrase groups. */
static int group_count(unsigned groups)
{
    int n = 0;
    for (; groups != 0; groups &= groups - 1)
        n++;
    return n;
}

int bounce_engine_build(bounce_engine *e)
{
    int i;
    if (e->built)
        return 0;
    for (i = e->nrules - 1; i >= 0; i--) {
        rule *r = &e->rules[i];
        int rc = 0;
        r->conditions = (r->status_key != 0) + (r->code != 0) + (r->klass != 0) + (r->provider >= 0) +
                        (r->command != 0) + group_count(r->phrase_groups) + r->has_pattern;
        if (r->status_key != 0 && r->status_last >= 0) {
            r->anchor = ANCHOR_STATUS_RANGE;
            rc = map_push(&e->by_subject, r->status_key - r->status_key % 1000, e->rules, i);
        } else if (r->status_key != 0) {
            r->anchor = ANCHOR_STATUS;
            rc = map_push(&e->by_status, r->status_key, e->rules, i);
        } else if (r->code != 0) {
            r->anchor = ANCHOR_CODE;
            rc = map_push(&e->by_code, r->code, e->rules, i);
        } else if (r->phrase_groups != 0) {
            r->anchor = ANCHOR_PHRASE;
        } else if (r->provider >= 0) {
            r->anchor = ANCHOR_PROVIDER;
            r->next = e->providers[r->provider].rules;
            e->providers[r->provider].rules = i;
        } else {
            r->anchor = ANCHOR_ALWAYS;
            r->next = e->always;
            e->always = i;
        }
        if (rc != 0)
            return -1;
    }
    if ((e->unknown = find_category(e, "unknown")) < 0 || (e->sender_invalid = find_category(e, "sender_invalid")) < 0 ||
        (e->domain_invalid = find_category(e, "domain_invalid")) < 0 ||
        (e->reverse_dns = find_category(e, "reverse_dns")) < 0 ||
        bounce_matcher_build(e->matcher) != 0 || rank_rules(e) != 0)
        return -1;
    e->spam_content = find_category(e, "spam_content");
    e->reputation = find_category(e, "reputation");
    for (i = 0; i < e->ncategories; i++) {
        const char *name = e->categories[i].name;
        e->categories[i].of_address = strcmp(name, "recipient_unknown") == 0 ||
                                      strcmp(name, "recipient_inactive") == 0 || strcmp(name, "domain_invalid") == 0;
    }
    e->phrase_seen = calloc((size_t)e->nrules + 1, sizeof(unsigned));
    e->groups_seen = calloc((size_t)e->nrules + 1, 1);
    e->candidate_seen = calloc((size_t)e->nrules + 1, sizeof(unsigned));
    e->candidates = malloc(((size_t)e->nrules + 1) * sizeof(int));
    if (e->phrase_seen == NULL || e->groups_seen == NULL || e->candidate_seen == NULL || e->candidates == NULL)
        return -1;
    e->built = 1;
    return 0;
}

static void add_candidate(bounce_engine *e, int r)
{
    if (e->candidate_seen[r] != e->generation) {
        e->candidate_seen[r] = e->generation;
        e->candidates[e->ncandidates++] = r;
    }
}

static void on_phrase(void *ud, int id)
{
    bounce_engine *e = ud;
    if (id >= 0) {
        int r = id / MAX_PHRASE_GROUPS;
        if (e->phrase_seen[r] != e->generation) {
            e->phrase_seen[r] = e->generation;
            e->groups_seen[r] = 0;
        }
        e->groups_seen[r] |= (unsigned char)(1u << id % MAX_PHRASE_GROUPS);
        if (e->rules[r].anchor == ANCHOR_PHRASE && e->groups_seen[r] == e->rules[r].phrase_groups)
            add_candidate(e, r);
    } else if (id == RETRY_CUE) {
        e->retry_cue = 1;
    } else if (id == SENDER_CUE) {
        e->sender_cue = 1;
    } else if (id >= COMMAND_CUE(BOUNCE_COMMAND_COUNT)) {
        if (e->command == 0)
            e->command = -2 - id;
    } else if (e->fingerprint < 0) {
        e->fingerprint = -3 - BOUNCE_COMMAND_COUNT - id;
    }
}

static void add_chain(bounce_engine *e, int head)
{
    for (; head >= 0; head = e->rules[head].next)
        add_candidate(e, head);
}

/* Moves a[root] down the max-heap on rank a[0..n). */
static void sift_down(const rule *rules, int *a, int root, int n)
{
    int v = a[root], child;
    while ((child = 2 * root + 1) < n) {
        if (child + 1 < n && rules[a[child + 1]].rank > rules[a[child]].rank)
            child++;
        if (rules[a[child]].rank <= rules[v].rank)
            break;
        a[root] = a[child];
        root = child;
    }
    a[root] = v;
}

/* Sorts rule indices highest precedence (lowest rank) first: insertion sort for the few rules a
 * reply usually meets, heapsort past that, so thousands of rules sharing a phrase cost k log k
 * and no allocation. */
static void sort_by_rank(const rule *rules, int *a, int n)
{
    int i, j;
    if (n <= 16) {
        for (i = 1; i < n; i++) {
            int v = a[i];
            for (j = i; j > 0 && rules[a[j - 1]].rank > rules[v].rank; j--)
                a[j] = a[j - 1];
            a[j] = v;
        }
        return;
    }
    for (i = n / 2 - 1; i >= 0; i--)
        sift_down(rules, a, i, n);
    for (i = n - 1; i > 0; i--) {
        int top = a[0];
        a[0] = a[i];
        a[i] = top;
        sift_down(rules, a, 0, i);
    }
}

/* RFC 3463: a detail the receiver does not know is read as X.Y.0. The status table does the
 * same where it has no row for the exact code (5.7.515 -> 5.7.0). */
static int status_fallback(const bounce_engine *e, int skey, int head)
{
    for (; head >= 0; head = e->rules[head].next)
        if (e->rules[head].layer == BOUNCE_LAYER_STATUS)
            return 0;
    return skey % 1000 != 0 ? skey - skey % 1000 : 0;
}

static int holds(const bounce_engine *e, const rule *r, const bounce_reply *reply, int skey, int fallback_key,
                 int provider)
{
    if (r->status_last >= 0) {
        if (skey - skey % 1000 != r->status_key - r->status_key % 1000 || skey % 1000 < r->status_key % 1000 ||
            skey % 1000 > r->status_last)
            return 0;
    } else if (r->status_key != 0 && r->status_key != skey &&
               !(r->status_key == fallback_key && r->layer == BOUNCE_LAYER_STATUS)) {
        return 0;
    }
    if (r->code != 0 && r->code != reply->code)
        return 0;
    if (r->klass != 0 && r->klass != reply->klass)
        return 0;
    if (r->provider >= 0 && r->provider != provider)
        return 0;
    if (r->command != 0 && r->command != e->command)
        return 0;
    if (r->phrase_groups != 0 &&
        (e->phrase_seen[r - e->rules] != e->generation || e->groups_seen[r - e->rules] != r->phrase_groups))
        return 0;
    return 1;
}

/* Whether rule r, below the rules merged into out so far, would set a field of it. */
static int could_set(const bounce_outcome *out, const rule *r)
{
    return out->rule == NULL || (out->category == NULL && r->category >= 0) || (out->type == NULL && r->type != NULL) ||
           (out->action == NULL && r->action != NULL) || (out->description == NULL && r->description != NULL) ||
           (out->retry_after < 0 && r->retry_after >= 0);
}

/* Words of its own that no rule knows (more than one, or half of its words, as in "550 black ip")
 * make a reply say more than its code: the code decides only where the words are generic
 * (TAXONOMY.md rule 9), and unknown words may name a spam filter, a policy or a full mailbox. A
 * status that speaks of the address (X.1.x, X.2.x) is a verdict of its own; an engine with no
 * generic words lets the code decide as before. */
#define UNKNOWN_WORDS 2

/* Where the reply itself starts in s: at its code, past the words a bounce puts in front of it
 * ("The response from the remote server was:", "host x said:", Sendmail's "while talking to"),
 * which are not the reply's; 0 when the code is not found. */
static size_t reply_start(const char *s, size_t n, int code)
{
    char digits[3];
    size_t i;
    if (code < 100 || code > 999)
        return 0;
    digits[0] = (char)('0' + code / 100);
    digits[1] = (char)('0' + code / 10 % 10);
    digits[2] = (char)('0' + code % 10);
    for (i = 0; i + 3 <= n; i++)
        if (memcmp(s + i, digits, 3) == 0 && (i + 3 == n || s[i + 3] == ' ' || s[i + 3] == '-') &&
            (i == 0 || strchr(" \t\r\n:;'(#", s[i - 1]) != NULL))
            return i;
    return 0;
}

static int says_more_than_code(const bounce_engine *e, const bounce_outcome *out, const char *s, size_t n,
                               size_t folded_len)
{
    const char *st = out->reply.effective;
    size_t from;
    char *own = NULL;
    int words, unknown, protocol, policy;
    if (st[0] != '\0' && (st[2] == '1' || st[2] == '2') && st[3] == '.')
        return 0;
    if (bounce_words_count(e->generic) == 0)
        return 0;
    /* a command refused as it was sent (the code table's protocol_error: X.5.x, or 500 to 504
     * without a status), or a message in a form the receiver does not take (message_noncompliant:
     * X.6.x, X.7.3), is the client's, never the address's: a word of its own says so */
    protocol = out->category != NULL &&
               (strcmp(out->category, "protocol_error") == 0 || strcmp(out->category, "message_noncompliant") == 0);
    /* a security or policy status (X.7.x) refuses the sender or the message, not the address
     * (TAXONOMY.md rules 6 and 7): one word of its own names the policy, and the seeds' "hard"
     * for a bare 5.7.1 is only for a reply that says nothing more */
    policy = st[0] != '\0' && st[2] == '7' && st[3] == '.';
    /* the reply's own text folded anew from its code on (rare: only a hard verdict of the code) */
    from = reply_start(s, n, out->reply.code);
    if (from > 0 && (own = malloc(n - from + 1)) != NULL)
        unknown = bounce_words_unknown(e->generic, own, bounce_fold_reply(s + from, n - from, own), &words);
    else
        unknown = bounce_words_unknown(e->generic, e->folded, folded_len, &words);
    free(own);
    return unknown >= UNKNOWN_WORDS || (unknown >= 1 && (unknown * 2 >= words || policy)) || (protocol && words > 0);
}

/* Whether folded text holds any word at all, beyond its codes. */
static int has_letters(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

/* Puts category c in place of the one the rules chose, with its description, and its action
 * unless the operator's own rule gave one. Returns c. */
static const category *recategorize(bounce_outcome *out, const category *c, int action_layer)
{
    out->category = c->name;
    out->description = c->description;
    if (action_layer != BOUNCE_LAYER_SITE)
        out->action = c->action;
    return c;
}

int bounce_engine_classify(bounce_engine *e, const char *s, size_t n, int provider, int command, int every,
                           bounce_pattern_fn fn, void *ud, bounce_outcome *out)
{
    size_t folded_len;
    int i, kept = 0, matched, skey, fallback_key = 0, type_layer = -1, action_layer = -1, category_layer = -1;
    int sender_side, words_condemn;
    const category *chosen = NULL;

    memset(out, 0, sizeof *out);
    out->retry_after = -1;
    if (!e->built)
        return -1;
    if (n + 1 > e->folded_cap) {
        char *p = realloc(e->folded, n + 1);
        if (p == NULL)
            return -1;
        e->folded = p;
        e->folded_cap = n + 1;
    }
    if (++e->generation == 0) {
        memset(e->phrase_seen, 0, ((size_t)e->nrules + 1) * sizeof(unsigned));
        memset(e->candidate_seen, 0, ((size_t)e->nrules + 1) * sizeof(unsigned));
        e->generation = 1;
    }
    e->ncandidates = 0;
    e->fingerprint = -1;
    e->retry_cue = 0;
    e->sender_cue = 0;
    e->command = command;

    bounce_reply_parse(s, n, &out->reply);
    folded_len = bounce_fold_reply(s, out->reply.cause_len, e->folded);
    e->folded[folded_len] = '\0';
    bounce_mask_local_parts(e->folded, folded_len);
    bounce_matcher_scan(e->matcher, e->folded, folded_len, on_phrase, e);
    if (provider < 0)
        provider = e->fingerprint;
    out->provider = provider;

    skey = status_key(out->reply.effective);
    if (skey != 0) {
        int head = map_get(&e->by_status, skey);
        add_chain(e, head);
        fallback_key = status_fallback(e, skey, head);
        if (fallback_key != 0)
            add_chain(e, map_get(&e->by_status, fallback_key));
        add_chain(e, map_get(&e->by_subject, skey - skey % 1000));
    }
    if (out->reply.code != 0)
        add_chain(e, map_get(&e->by_code, out->reply.code));
    if (provider >= 0)
        add_chain(e, e->providers[provider].rules);
    add_chain(e, e->always);

    /* The rules whose conditions hold, patterns aside, in precedence order. */
    for (i = 0; i < e->ncandidates; i++) {
        int r = e->candidates[i];
        if (holds(e, &e->rules[r], &out->reply, skey, fallback_key, provider))
            e->candidates[kept++] = r;
    }
    sort_by_rank(e->rules, e->candidates, kept);

    /* Each field from the highest rule that sets it; a category brings its usual type and action.
     * A pattern is the dearest condition: unless every match is wanted, it runs only where its
     * rule could still set a field. */
    for (i = 0, matched = 0; i < kept; i++) {
        const rule *r = &e->rules[e->candidates[i]];
        if (r->has_pattern && ((!every && !could_set(out, r)) || fn == NULL ||
                               !fn(ud, e->candidates[i], e->folded, folded_len)))
            continue;
        e->candidates[matched++] = e->candidates[i];
        if (out->rule == NULL)
            out->rule = r->id;
        if (out->type == NULL && r->type != NULL) {
            out->type = r->type;
            type_layer = r->layer;
        }
        if (out->action == NULL && r->action != NULL) {
            out->action = r->action;
            action_layer = r->layer;
        }
        if (out->description == NULL && r->description != NULL)
            out->description = r->description;
        if (out->retry_after < 0 && r->retry_after >= 0)
            out->retry_after = r->retry_after;
        if (out->category == NULL && r->category >= 0) {
            const category *c = chosen = &e->categories[r->category];
            out->category = c->name;
            category_layer = r->layer;
            if (out->type == NULL) {
                out->type = c->type;
                type_layer = r->layer;
            }
            if (out->action == NULL) {
                out->action = c->action;
                action_layer = r->layer;
            }
            /* a lower rule's text would describe another category */
            if (out->description == NULL)
                out->description = c->description;
        }
    }
    out->matched = e->candidates;
    out->nmatched = matched;
    if (chosen == NULL) {
        chosen = &e->categories[e->unknown];
        out->category = chosen->name;
        if (out->type == NULL)
            out->type = chosen->type;
        if (out->action == NULL)
            out->action = chosen->action;
    }
    if (out->description == NULL)
        out->description = chosen->description;
    if (out->rule == NULL)
        out->rule = "class.none";
    /* The reply's own delay is more precise than a provider's documented one. */
    if (e->retry_cue) {
        long asked = bounce_retry_after(e->folded, folded_len);
        if (asked >= 0)
            out->retry_after = asked;
    }
    /* What is said of the sender's side, or refused before any recipient was given (at the
     * greeting, HELO/EHLO, STARTTLS or MAIL FROM), is no verdict on the recipient's address
     * (TAXONOMY.md rule 6): "domain not found" there is the sender's domain, and in answer to
     * HELO/EHLO the name the client gave for itself ("501 5.5.4 Invalid domain name"). A status
     * of the sender's address says the same of the words beside it ("501 5.1.8 No domain part in
     * address"); alone, a bare status is the seeds' to read (TAXONOMY.md rule 9). */
    sender_side = e->sender_cue || bounce_command_before_rcpt(e->command) ||
                  (bounce_status_of_sender(out->reply.status) && has_letters(e->folded, folded_len));
    if (sender_side && chosen->of_address && category_layer != BOUNCE_LAYER_SITE) {
        int helo_name = (e->command == BOUNCE_COMMAND_EHLO || e->command == BOUNCE_COMMAND_HELO) &&
                        chosen == &e->categories[e->domain_invalid];
        chosen = recategorize(out, &e->categories[helo_name ? e->reverse_dns : e->sender_invalid], action_layer);
        if (type_layer != BOUNCE_LAYER_SITE)
            out->type = chosen->type;
    }
    /* A spam verdict given as the connection opens or at HELO/EHLO ("554 Comcast block for
     * spam" in the greeting) judges the sender, not content the receiver has not seen (TAXONOMY.md
     * rule 6: reputation). At MAIL FROM the words may speak of the mail to come, and decide. */
    if ((e->command == BOUNCE_COMMAND_CONNECT || e->command == BOUNCE_COMMAND_EHLO ||
         e->command == BOUNCE_COMMAND_HELO) && e->spam_content >= 0 && e->reputation >= 0 &&
        chosen == &e->categories[e->spam_content] && category_layer != BOUNCE_LAYER_SITE)
        chosen = recategorize(out, &e->categories[e->reputation], action_layer);
    /* A temporary failure never condemns the address, nor does the sender's side, unless the
     * operator says so, or the reply's own words say the address is bad (TAXONOMY.md rules 2 to 4:
     * "user unknown" whatever the status; a mailbox disabled only for a while says "temporarily"
     * and is soft; a domain not found is gone, as Postfix's default 450 for it says, where a DNS
     * failure that may pass is network_error's). */
    words_condemn = chosen->of_address && category_layer <= BOUNCE_LAYER_TEXT && type_layer <= BOUNCE_LAYER_TEXT;
    if (sender_side || (out->reply.klass == 4 && !words_condemn)) {
        if (type_layer != BOUNCE_LAYER_SITE && strcmp(out->type, "hard") == 0)
            out->type = "soft";
        if (action_layer != BOUNCE_LAYER_SITE && strcmp(out->action, "suppress") == 0)
            out->action = "retry";
    }
    /* Not hard on the code's word alone; nor of the address, which the code only guessed. */
    if (type_layer >= BOUNCE_LAYER_STATUS && strcmp(out->type, "hard") == 0 &&
        says_more_than_code(e, out, s, n, folded_len)) {
        if (chosen->of_address && category_layer >= BOUNCE_LAYER_STATUS) {
            chosen = &e->categories[e->unknown];
            out->category = chosen->name;
            out->description = chosen->description;
        }
        out->type = "soft";
        if (action_layer != BOUNCE_LAYER_SITE && strcmp(out->action, "suppress") == 0)
            out->action = strcmp(chosen->action, "suppress") == 0 ? "retry" : chosen->action;
    }
    /* A soft result keeps the address: a rule that makes an address category soft ("disabled for
     * a while") takes the category's "suppress" with it otherwise. The operator's word stands. */
    if (action_layer != BOUNCE_LAYER_SITE && strcmp(out->type, "soft") == 0 && strcmp(out->action, "suppress") == 0)
        out->action = "retry";
    return 0;
}

const char *bounce_engine_rule_id(const bounce_engine *e, int r)
{
    return r >= 0 && r < e->nrules ? e->rules[r].id : NULL;
}

int bounce_engine_rule_layer(const bounce_engine *e, int r)
{
    return r >= 0 && r < e->nrules ? e->rules[r].layer : -1;
}

int bounce_engine_rule_count(const bounce_engine *e)
{
    return e->nrules;
}

size_t bounce_engine_phrase_count(const bounce_engine *e)
{
    return e->nphrases;
}

size_t bounce_engine_memory(const bounce_engine *e)
{
    return sizeof *e + (size_t)e->cap_rules * sizeof(rule) + (size_t)e->cap_categories * sizeof(category) +
           (size_t)e->cap_providers * sizeof(provider_entry) +
           (size_t)(e->by_status.cap + e->by_subject.cap + e->by_code.cap) * 2 * sizeof(int) + bounce_matcher_memory(e->matcher) +
           bounce_words_memory(e->generic) +
           ((size_t)e->nrules + 1) * (2 * sizeof(unsigned) + sizeof(int) + 1) + e->folded_cap;
}
