/* Aho-Corasick over bytes. While phrases are added, children are kept as sibling lists; the
 * build turns them into one sorted edge array per state and computes failure and dictionary
 * links breadth first. The shallowest states (where a reply's bytes spend almost all their time)
 * are numbered first, in breadth-first order, and get a full transition row over byte classes,
 * failures resolved, within a fixed memory budget: one load per byte. A row has one entry a
 * class, not a power of two of them, so that the budget holds as many rows as it can. The
 * deeper states are numbered depth first, so that a state's first child is the next state:
 * following a phrase deep into the trie is one byte compared, and reads the state array in
 * order. */
#include "matcher.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"

/* Why the scan stops at a state (the flags of stops[]): it or its dictionary link has output;
 * it has no row. */
#define EMITS 1
#define NO_ROW 2

/* A state of the automaton. */
typedef struct state {
    int edges, nedges; /* after build: range in edge_byte/edge_to */
    int fail, dict;    /* dict: nearest state on the failure chain with output */
    int out;           /* head of this state's id list, -1 none */
} state;

/* What only adding phrases and building need of a state: its children, as a sibling list, and
 * the byte into it. Freed by the build. */
typedef struct node {
    int first_child, next_sibling;
    unsigned char byte;
} node;

/* Memory for the full transition rows: enough for the default pack's shallow states (with its
 * 25 languages' byte classes, 2 MiB holds rows for about twice the states 1 MiB did, and
 * classify() takes about 3% fewer instructions; 3 MiB, for the pack's phrases as they grew
 * since, about 3% fewer again; 4 MiB about 1.5% fewer again). The fuzzing build sets a small
 * one, so that its phrases reach the states without a row. */
#ifndef DENSE_BUDGET
#define DENSE_BUDGET (4 * 1024 * 1024)
#endif

struct bounce_matcher {
    state *states;
    node *nodes;
    int nstates, cap_states, cap_nodes;
    int *out_id, *out_next;
    int nouts, cap_outs;
    unsigned char *edge_byte;
    int *edge_to;
    unsigned short byte_class[256]; /* 0: a byte no phrase has; phrases using all 256 bytes make 257 classes */
    int nclasses;                   /* a row is nclasses entries */
    int rows;                       /* states 0 .. rows-1 have a full row */
    uint32_t *dense;                /* a row entry: the next state */
    unsigned char *stops;           /* EMITS | NO_ROW */
    short *next_byte;               /* past the rows: the byte to a state's first child, the next state; -1 none */
    int built;
};

static int new_state(bounce_matcher *m, unsigned char byte)
{
    state *s;
    node *d;
    if (bounce_grow((void **)&m->states, &m->cap_states, m->nstates + 1, sizeof(state)) != 0 ||
        bounce_grow((void **)&m->nodes, &m->cap_nodes, m->nstates + 1, sizeof(node)) != 0)
        return -1;
    s = &m->states[m->nstates];
    memset(s, 0, sizeof *s);
    s->out = -1;
    d = &m->nodes[m->nstates];
    d->first_child = d->next_sibling = -1;
    d->byte = byte;
    return m->nstates++;
}

bounce_matcher *bounce_matcher_new(void)
{
    bounce_matcher *m = calloc(1, sizeof *m);
    if (m == NULL)
        return NULL;
    if (new_state(m, 0) != 0) {
        free(m);
        return NULL;
    }
    return m;
}

void bounce_matcher_free(bounce_matcher *m)
{
    if (m == NULL)
        return;
    free(m->states);
    free(m->nodes);
    free(m->out_id);
    free(m->out_next);
    free(m->edge_byte);
    free(m->edge_to);
    free(m->dense);
    free(m->stops);
    free(m->next_byte);
    free(m);
}

int bounce_matcher_add(bounce_matcher *m, const char *phrase, size_t n, int id)
{
    int cur = 0, cap_next;
    size_t i;
    if (m->built || n == 0)
        return -1;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)phrase[i];
        int child = m->nodes[cur].first_child;
        while (child != -1 && m->nodes[child].byte != c)
            child = m->nodes[child].next_sibling;
        if (child == -1) {
            child = new_state(m, c);
            if (child < 0)
                return -1;
            m->nodes[child].next_sibling = m->nodes[cur].first_child;
            m->nodes[cur].first_child = child;
        }
        cur = child;
    }
    cap_next = m->cap_outs;
    if (bounce_grow((void **)&m->out_id, &m->cap_outs, m->nouts + 1, sizeof(int)) != 0)
        return -1;
    if (bounce_grow((void **)&m->out_next, &cap_next, m->nouts + 1, sizeof(int)) != 0)
        return -1;
    m->out_id[m->nouts] = id;
    m->out_next[m->nouts] = m->states[cur].out;
    m->states[cur].out = m->nouts++;
    return 0;
}

/* The child of s by c, -1 none: a binary search of s's sorted edges down to the last few, which
 * are read in turn (a deep state has only a few). */
static int child_of(const bounce_matcher *m, int s, unsigned char c)
{
    int lo = m->states[s].edges, hi = lo + m->states[s].nedges - 1;
    while (hi - lo > 8) {
        int mid = (lo + hi) / 2;
        if (m->edge_byte[mid] == c)
            return m->edge_to[mid];
        if (m->edge_byte[mid] < c)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    for (; lo <= hi && m->edge_byte[lo] <= c; lo++)
        if (m->edge_byte[lo] == c)
            return m->edge_to[lo];
    return -1;
}

/* The next state by edges and failure links alone (while the rows are being built). */
static int step_by_edges(const bounce_matcher *m, int s, unsigned char c)
{
    for (;;) {
        int t = child_of(m, s, c);
        if (t >= 0)
            return t;
        if (s == 0)
            return 0;
        s = m->states[s].fail;
    }
}

/* The next state from a state without a row whose first child is not c: its other edges, then
 * up the failure chain until a state with a row, or a child, answers. */
static int step_sparse(const bounce_matcher *m, int s, unsigned char c)
{
    for (;;) {
        const state *st = &m->states[s];
        int t;
        if (st->nedges > 1 && (t = child_of(m, s, c)) >= 0)
            return t;
        s = st->fail;
        if (s < m->rows)
            return (int)m->dense[(size_t)s * (size_t)m->nclasses + m->byte_class[c]];
        if (m->next_byte[s] == c)
            return s + 1;
    }
}

/* Byte classes (the bytes phrases use, each its own class; 0 for all others) and how many
 * states the budget gives a row (the root at least). */
static void size_rows(bounce_matcher *m)
{
    int i;
    memset(m->byte_class, 0, sizeof m->byte_class);
    m->nclasses = 1;
    for (i = 1; i < m->nstates; i++) {
        unsigned char b = m->nodes[i].byte;
        if (m->byte_class[b] == 0)
            m->byte_class[b] = (unsigned short)m->nclasses++;
    }
    m->rows = (int)(DENSE_BUDGET / (sizeof(uint32_t) * (size_t)m->nclasses));
    if (m->rows < 1)
        m->rows = 1;
    if (m->rows > m->nstates)
        m->rows = m->nstates;
}

/* Full rows for the first states in breadth-first order: a state's failure comes before it, so
 * its row is already there to copy, and the state's own edges replace the entries they take. */
static int build_dense(bounce_matcher *m)
{
    const size_t row_len = (size_t)m->nclasses;
    int i, e;
    m->dense = calloc((size_t)m->rows * row_len, sizeof(uint32_t));
    if (m->dense == NULL)
        return -1;
    for (i = 0; i < m->rows; i++) {
        uint32_t *row = m->dense + (size_t)i * row_len;
        const state *st = &m->states[i];
        if (i > 0)
            memcpy(row, m->dense + (size_t)st->fail * row_len, row_len * sizeof(uint32_t));
        for (e = st->edges; e < st->edges + st->nedges; e++)
            row[m->byte_class[m->edge_byte[e]]] = (uint32_t)m->edge_to[e];
    }
    return 0;
}

/* The new order of the states (order[new] = old): the first rows states of the breadth-first
 * queue, then each subtree hanging below them depth first, children in byte order. A state past
 * the rows has no child among them, so every subtree is whole. */
static int number_states(const bounce_matcher *m, const int *queue, int *order)
{
    int *stack = malloc(sizeof(int) * (size_t)m->nstates), *rank = malloc(sizeof(int) * (size_t)m->nstates);
    int i, n = m->rows, depth = 0;
    if (stack == NULL || rank == NULL) {
        free(stack);
        free(rank);
        return -1;
    }
    for (i = 0; i < m->nstates; i++)
        rank[queue[i]] = i;
    memcpy(order, queue, sizeof(int) * (size_t)m->rows);
    for (i = 0; i < m->rows; i++) {
        const state *parent = &m->states[queue[i]];
        int e;
        for (e = 0; e < parent->nedges; e++) {
            int child = m->edge_to[parent->edges + e];
            if (rank[child] < m->rows)
                continue;
            stack[depth++] = child;
            while (depth > 0) {
                const state *st = &m->states[order[n++] = stack[--depth]];
                int k;
                for (k = st->nedges - 1; k >= 0; k--) /* the first child is popped first */
                    stack[depth++] = m->edge_to[st->edges + k];
            }
        }
    }
    free(stack);
    free(rank);
    return 0;
}

/* Renumbers the states (order[new] = old). */
static int renumber(bounce_matcher *m, const int *order)
{
    int *new_of = malloc(sizeof(int) * (size_t)m->nstates), i;
    state *renumbered = malloc(sizeof(state) * (size_t)m->nstates);
    if (new_of == NULL || renumbered == NULL) {
        free(new_of);
        free(renumbered);
        return -1;
    }
    for (i = 0; i < m->nstates; i++)
        new_of[order[i]] = i;
    for (i = 0; i < m->nstates; i++) {
        state *st = &renumbered[i];
        *st = m->states[order[i]];
        st->fail = new_of[st->fail];
        st->dict = st->dict >= 0 ? new_of[st->dict] : -1;
    }
    for (i = 0; i < m->nstates - 1; i++) /* one edge into every state but the root */
        m->edge_to[i] = new_of[m->edge_to[i]];
    free(m->states);
    free(new_of);
    m->states = renumbered;
    m->cap_states = m->nstates;
    return 0;
}

int bounce_matcher_build(bounce_matcher *m)
{
    int *queue, *order, head = 0, tail = 0, nedges = 0, s, i;
    if (m->built)
        return 0;
    m->edge_byte = malloc((size_t)(m->nstates > 1 ? m->nstates : 1));
    m->edge_to = malloc(sizeof(int) * (size_t)(m->nstates > 1 ? m->nstates : 1));
    queue = malloc(sizeof(int) * (size_t)m->nstates);
    if (m->edge_byte == NULL || m->edge_to == NULL || queue == NULL) {
        free(queue);
        return -1;
    }
    /* Edge arrays, sorted by byte per state (insertion sort: fan-out is small). */
    for (s = 0; s < m->nstates; s++) {
        int c = m->nodes[s].first_child, start = nedges, j;
        m->states[s].edges = start;
        for (; c != -1; c = m->nodes[c].next_sibling)
            m->edge_to[nedges++] = c;
        m->states[s].nedges = nedges - start;
        for (i = start + 1; i < nedges; i++) {
            int t = m->edge_to[i];
            j = i;
            while (j > start && m->nodes[m->edge_to[j - 1]].byte > m->nodes[t].byte) {
                m->edge_to[j] = m->edge_to[j - 1];
                j--;
            }
            m->edge_to[j] = t;
        }
        for (i = start; i < nedges; i++)
            m->edge_byte[i] = m->nodes[m->edge_to[i]].byte;
    }
    /* Failure and dictionary links, breadth first. */
    queue[tail++] = 0;
    m->states[0].dict = -1;
    while (head < tail) {
        int r = queue[head++];
        for (i = 0; i < m->states[r].nedges; i++) {
            int t = m->edge_to[m->states[r].edges + i];
            int f = r == 0 ? 0 : step_by_edges(m, m->states[r].fail, m->nodes[t].byte);
            m->states[t].fail = f;
            m->states[t].dict = m->states[f].out != -1 ? f : m->states[f].dict;
            queue[tail++] = t;
        }
    }
    size_rows(m);
    m->stops = malloc((size_t)m->nstates);
    m->next_byte = malloc(sizeof(short) * (size_t)m->nstates);
    order = malloc(sizeof(int) * (size_t)m->nstates);
    if (m->stops == NULL || m->next_byte == NULL || order == NULL || number_states(m, queue, order) != 0 ||
        renumber(m, order) != 0 || build_dense(m) != 0) {
        free(queue);
        free(order);
        return -1;
    }
    free(order);
    for (i = 0; i < m->nstates; i++) {
        int emits = i > 0 && (m->states[i].out != -1 || m->states[i].dict != -1);
        m->stops[i] = (unsigned char)((emits ? EMITS : 0) | (i >= m->rows ? NO_ROW : 0));
        m->next_byte[i] = (short)(i >= m->rows && m->states[i].nedges > 0 ? m->edge_byte[m->states[i].edges] : -1);
    }
    free(queue);
    free(m->nodes);
    m->nodes = NULL;
    m->cap_nodes = 0;
    m->built = 1;
    return 0;
}

static void report(const bounce_matcher *m, int s, bounce_match_fn fn, void *ud)
{
    int t, o;
    for (t = m->states[s].out != -1 ? s : m->states[s].dict; t > 0; t = m->states[t].dict)
        for (o = m->states[t].out; o != -1; o = m->out_next[o])
            fn(ud, m->out_id[o]);
}

void bounce_matcher_scan(const bounce_matcher *m, const char *text, size_t n, bounce_match_fn fn, void *ud)
{
    const uint32_t *dense = m->dense;
    const unsigned short *byte_class = m->byte_class;
    const unsigned char *stops = m->stops, *p = (const unsigned char *)text, *end = p + n;
    const short *next_byte = m->next_byte;
    const size_t row_len = (size_t)m->nclasses;
    int s = 0;
    if (!m->built || m->nouts == 0)
        return;
    while (p < end) {
        if (!(stops[s] & NO_ROW)) {
            /* The hot loop: states with a row and nothing to report. No call in it, so that its
             * values stay in registers. */
            do
                s = (int)dense[(size_t)s * row_len + byte_class[*p++]];
            while (!stops[s] && p < end);
        } else {
            /* States without a row: mostly the next byte of a phrase, the next state. */
            do {
                unsigned char c = *p++;
                s = next_byte[s] == c ? s + 1 : step_sparse(m, s, c);
            } while (stops[s] == NO_ROW && p < end);
        }
        if (stops[s] & EMITS)
            report(m, s, fn, ud);
    }
}

size_t bounce_matcher_states(const bounce_matcher *m)
{
    return (size_t)m->nstates;
}

size_t bounce_matcher_memory(const bounce_matcher *m)
{
    return sizeof *m + (size_t)m->cap_states * sizeof(state) + (size_t)m->cap_nodes * sizeof(node) +
           (size_t)m->cap_outs * 2 * sizeof(int) +
           (size_t)m->nstates * (2 + sizeof(short) + sizeof(int)) +
           (size_t)m->rows * (size_t)m->nclasses * sizeof(uint32_t);
}
