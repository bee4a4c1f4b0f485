/* Aho-Corasick over bytes. While phrases are added, children are kept as sibling lists; the
 * build turns them into one sorted edge array per state (binary search), computes failure and
 * dictionary links breadth first, and gives the root a full 256-entry table, since most
 * bytes of a reply leave the automaton at the root. */
#include "matcher.h"

#include <stdlib.h>
#include <string.h>

typedef struct state {
    int first_child, next_sibling; /* while adding */
    int edges, nedges;             /* after build: range in edge_byte/edge_to */
    int fail, dict;                /* dict: nearest state on the failure chain with output */
    int out;                       /* head of this state's id list, -1 none */
    unsigned char byte;
} state;

struct bounce_matcher {
    state *states;
    int nstates, cap_states;
    int *out_id, *out_next;
    int nouts, cap_outs;
    unsigned char *edge_byte;
    int *edge_to;
    int root_next[256];
    int built;
};

static int grow(void **p, int *cap, int need, size_t elem)
{
    void *q;
    int ncap;
    if (need <= *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 64;
    while (ncap < need)
        ncap *= 2;
    q = realloc(*p, (size_t)ncap * elem);
    if (q == NULL)
        return -1;
    *p = q;
    *cap = ncap;
    return 0;
}

static int new_state(bounce_matcher *m, unsigned char byte)
{
    state *s;
    if (grow((void **)&m->states, &m->cap_states, m->nstates + 1, sizeof(state)) != 0)
        return -1;
    s = &m->states[m->nstates];
    memset(s, 0, sizeof *s);
    s->first_child = s->next_sibling = -1;
    s->out = -1;
    s->byte = byte;
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
    free(m->out_id);
    free(m->out_next);
    free(m->edge_byte);
    free(m->edge_to);
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
        int child = m->states[cur].first_child;
        while (child != -1 && m->states[child].byte != c)
            child = m->states[child].next_sibling;
        if (child == -1) {
            child = new_state(m, c);
            if (child < 0)
                return -1;
            m->states[child].next_sibling = m->states[cur].first_child;
            m->states[cur].first_child = child;
        }
        cur = child;
    }
    cap_next = m->cap_outs;
    if (grow((void **)&m->out_id, &m->cap_outs, m->nouts + 1, sizeof(int)) != 0)
        return -1;
    if (grow((void **)&m->out_next, &cap_next, m->nouts + 1, sizeof(int)) != 0)
        return -1;
    m->out_id[m->nouts] = id;
    m->out_next[m->nouts] = m->states[cur].out;
    m->states[cur].out = m->nouts++;
    return 0;
}

static int child_of(const bounce_matcher *m, int s, unsigned char c)
{
    int lo = m->states[s].edges, hi = lo + m->states[s].nedges - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (m->edge_byte[mid] == c)
            return m->edge_to[mid];
        if (m->edge_byte[mid] < c)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

static int step(const bounce_matcher *m, int s, unsigned char c)
{
    for (;;) {
        int t;
        if (s == 0)
            return m->root_next[c];
        t = child_of(m, s, c);
        if (t >= 0)
            return t;
        s = m->states[s].fail;
    }
}

int bounce_matcher_build(bounce_matcher *m)
{
    int *queue, head = 0, tail = 0, nedges = 0, s, i;
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
        int c = m->states[s].first_child, start = nedges, j;
        m->states[s].edges = start;
        for (; c != -1; c = m->states[c].next_sibling)
            m->edge_to[nedges++] = c;
        m->states[s].nedges = nedges - start;
        for (i = start + 1; i < nedges; i++) {
            int t = m->edge_to[i];
            j = i;
            while (j > start && m->states[m->edge_to[j - 1]].byte > m->states[t].byte) {
                m->edge_to[j] = m->edge_to[j - 1];
                j--;
            }
            m->edge_to[j] = t;
        }
        for (i = start; i < nedges; i++)
            m->edge_byte[i] = m->states[m->edge_to[i]].byte;
    }
    for (i = 0; i < 256; i++)
        m->root_next[i] = 0;
    for (i = 0; i < m->states[0].nedges; i++) {
        int t = m->edge_to[m->states[0].edges + i];
        m->root_next[m->states[t].byte] = t;
        m->states[t].fail = 0;
        m->states[t].dict = -1;
        queue[tail++] = t;
    }
    m->states[0].dict = -1;
    while (head < tail) {
        int r = queue[head++];
        for (i = 0; i < m->states[r].nedges; i++) {
            int t = m->edge_to[m->states[r].edges + i];
            int f = step(m, m->states[r].fail, m->states[t].byte);
            m->states[t].fail = f;
            m->states[t].dict = m->states[f].out != -1 ? f : m->states[f].dict;
            queue[tail++] = t;
        }
    }
    free(queue);
    m->built = 1;
    return 0;
}

void bounce_matcher_scan(const bounce_matcher *m, const char *text, size_t n, bounce_match_fn fn, void *ud)
{
    int s = 0;
    size_t i;
    if (!m->built || m->nouts == 0)
        return;
    for (i = 0; i < n; i++) {
        int t;
        s = step(m, s, (unsigned char)text[i]);
        for (t = m->states[s].out != -1 ? s : m->states[s].dict; t != -1 && t != 0; t = m->states[t].dict) {
            int o;
            for (o = m->states[t].out; o != -1; o = m->out_next[o])
                fn(ud, m->out_id[o]);
        }
    }
}

size_t bounce_matcher_states(const bounce_matcher *m)
{
    return (size_t)m->nstates;
}

size_t bounce_matcher_memory(const bounce_matcher *m)
{
    return sizeof *m + (size_t)m->cap_states * sizeof(state) + (size_t)m->cap_outs * 2 * sizeof(int) +
           (size_t)m->nstates * (1 + sizeof(int));
}
