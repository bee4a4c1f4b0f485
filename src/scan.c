/* The text primitives the message scanner's files share (scan.h): case-insensitive search,
 * lines, the decode arena, header blocks, addresses and the recipient list. */
#include "scan.h"

#include <stdlib.h>
#include <string.h>

/* ---------- search ---------- */

const char *bm_ifind(const char *p, const char *end, const char *lit)
{
    size_t k = strlen(lit);
    int first = (unsigned char)lit[0];
    int upper = (first >= 'a' && first <= 'z') ? first - 32 : first;
    const char *last, *lo, *up;
    if (k == 0) return p;
    if (p >= end || (size_t)(end - p) < k) return NULL;
    /* memchr finds where the first byte stands, in each case: what cannot match is skipped at
     * its speed. lo and up are the next places of the lower and the upper case (NULL: none). */
    last = end - k;
    lo = memchr(p, first, (size_t)(last - p) + 1);
    up = upper != first ? memchr(p, upper, (size_t)(last - p) + 1) : NULL;
    while (lo || up) {
        const char *x = !up || (lo && lo < up) ? lo : up;
        if (istarts(x + 1, k - 1, lit + 1)) return x;
        if (x == lo) lo = x < last ? memchr(x + 1, first, (size_t)(last - x)) : NULL;
        else up = x < last ? memchr(x + 1, upper, (size_t)(last - x)) : NULL;
    }
    return NULL;
}

/* Case-sensitive search, for JSON keys (lit not empty). memchr looks for the key's first
 * upper-case letter, rare in text (camelCase keys have one), else for its first byte. */
const char *bm_find_cs(const char *p, const char *end, const char *lit)
{
    size_t k = strlen(lit), a = 0;
    const char *x, *last;
    while (lit[a] && !(lit[a] >= 'A' && lit[a] <= 'Z')) a++;
    if (!lit[a]) a = 0;
    if (p >= end || (size_t)(end - p) < k) return NULL;
    last = end - k + a; /* where the letter of the last possible match stands */
    for (x = p + a; x <= last && (x = memchr(x, lit[a], (size_t)(last - x) + 1)) != NULL; x++)
        if (memcmp(x - a, lit, k) == 0) return x - a;
    return NULL;
}

/* Whether text holds needle, ignoring ASCII case. */
int bm_ifind_span(bm_span text, bm_span needle)
{
    const char *p, *e;
    size_t i;
    if (!needle.n || !text.n) return 0; /* an empty span may have no bytes at all (NULL) */
    p = text.p;
    e = text.p + text.n;
    for (; p < e && (size_t)(e - p) >= needle.n; p++) {
        for (i = 0; i < needle.n && lc((unsigned char)p[i]) == lc((unsigned char)needle.p[i]); i++) {}
        if (i == needle.n) return 1;
    }
    return 0;
}

int bm_sfind(bm_span s, const char *lit) { return s.n && bm_ifind(s.p, s.p + s.n, lit) != NULL; }

/* Whether s holds any of words (lower-case literals of two bytes or more, NULL-terminated): one
 * pass over s, the words compared only where the two bytes there begin one of them (a table of
 * byte pairs, hashed; a collision only costs a comparison). */
int bm_sfind_any(bm_span s, const char *const *words)
{
    unsigned char pairs[1024 / 8] = {0};
    size_t i;
    int w;
    for (w = 0; words[w]; w++) {
        unsigned h = ((unsigned)(unsigned char)words[w][0] * 31u + (unsigned char)words[w][1]) & 1023u;
        pairs[h >> 3] |= (unsigned char)(1u << (h & 7));
    }
    if (s.n < 2) return 0;
    {
        unsigned c = (unsigned)lc((unsigned char)s.p[0]), next, h;
        for (i = 0; i + 1 < s.n; i++, c = next) {
            next = (unsigned)lc((unsigned char)s.p[i + 1]);
            h = (c * 31u + next) & 1023u;
            if (!(pairs[h >> 3] & (1u << (h & 7)))) continue;
            for (w = 0; words[w]; w++)
                if ((unsigned char)words[w][0] == c && (unsigned char)words[w][1] == next &&
                    istarts(s.p + i + 2, s.n - i - 2, words[w] + 2))
                    return 1;
        }
    }
    return 0;
}

/* ---------- lines: LF, CRLF and CR-only ---------- */

/* Reads the line at *pp into [*s, *e) and moves *pp past its end. */
int bm_next_line(const char **pp, const char *end, const char **s, const char **e)
{
    const char *p = *pp, *nl;
    size_t window;
    if (p >= end) return 0;
    *s = p;
    /* memchr over a short window finds the usual line end fast; a CR-only message or a very
     * long line takes the byte loop, so no search runs over the rest of the message per line */
    window = (size_t)(end - p) < 512 ? (size_t)(end - p) : 512;
    nl = memchr(p, '\n', window);
    if (nl) {
        const char *cr = memchr(p, '\r', (size_t)(nl - p));
        p = cr ? cr : nl;
    } else {
        while (p < end && *p != '\n' && *p != '\r') p++;
    }
    *e = p;
    if (p < end) {
        if (*p == '\r' && p + 1 < end && p[1] == '\n') p += 2;
        else p++;
    }
    *pp = p;
    return 1;
}

/* ---------- arena ---------- */

char *bm_ar_begin(P *ps, size_t want, size_t *got)
{
    size_t room = ps->alimit - ps->aused;
    if (want > room) {
        want = room;
        ps->r->truncated = 1;
    }
    *got = want;
    return ps->c->arena + ps->aused;
}

bm_span bm_ar_commit(P *ps, size_t n)
{
    bm_span s;
    s.p = ps->c->arena + ps->aused;
    s.n = n;
    ps->aused += n;
    return s;
}

/* ---------- header fields ---------- */

void bm_hinit(hiter *it, const char *p, const char *end, int loose)
{
    it->p = it->start = p;
    it->end = end;
    it->loose = loose;
    it->folded = 0;
    it->ahead.s = NULL;
}

/* Length of the field name when [s,e) starts a header field ("Name:"), else 0. */
size_t bm_field_name(const char *s, const char *e)
{
    const char *c = s;
    /* no field's name holds '@': "a@b: host mx said: 550 ..." is a Postfix entry pasted alone */
    while (c < e && *c != ':' && *c != '@' && (unsigned char)*c > ' ' && (unsigned char)*c < 127) c++;
    if (c == s || (c < e && *c == '@')) return 0;
    {
        const char *n = c;
        while (c < e && is_ws(*c)) c++;
        if (c >= e || *c != ':') return 0;
        return (size_t)(n - s);
    }
}

int bm_reply_continues(const char *s, const char *e)
{
    return e - s >= 5 && (s[0] == '4' || s[0] == '5') && is_digit(s[1]) && is_digit(s[2]) &&
           (s[3] == '-' || s[3] == ' ');
}

/* Next field of a header block: name and raw value (folds included). Returns 0 at the blank
 * line that ends the block (consumed) or at a line that is no field (left in place). */
int bm_hnext(hiter *it, bm_span *name, bm_span *raw)
{
    for (;;) {
        const char *q = it->p, *s, *e, *v;
        size_t nl;
        if (it->ahead.s && it->ahead.s == q) {
            s = it->ahead.s;
            e = it->ahead.e;
            q = it->ahead.next;
            nl = it->ahead.name;
        } else {
            if (!bm_next_line(&q, it->end, &s, &e)) return 0;
            if (blank(s, e)) {
                it->p = q;
                return 0;
            }
            if (is_ws(*s)) {
                /* indented text where the block begins is no header at all (a bounce pasted
                 * without its header: Sendmail's "   ----- The following addresses ...") */
                if (s == it->start && it->loose == STRICT) return 0;
                it->p = q; /* stray continuation */
                continue;
            }
            nl = bm_field_name(s, e);
        }
        it->ahead.s = NULL;
        if (!nl) {
            if (e - s >= 5 && memcmp(s, "From ", 5) == 0) { /* mbox separator */
                it->p = q;
                continue;
            }
            if (it->loose) {
                it->p = q;
                continue;
            }
            return 0;
        }
        *name = span(s, s + nl);
        v = s + nl;
        while (*v != ':') v++;
        v++;
        /* continuation lines */
        it->folded = 0;
        for (;;) {
            const char *q2 = q, *s2, *e2;
            if (q >= it->end) break;
            if (!is_ws(*q)) {
                size_t nl2;
                if (*q == '\r' || *q == '\n') break;
                if (it->loose == SKIP) {
                    /* fields written inside prose: only the lines of a multi-line reply continue
                     * a field, pasted under "Diagnostic-Code: smtp; 550-5.7.1 ..." unindented */
                    if (!bm_next_line(&q2, it->end, &s2, &e2) || !bm_reply_continues(s2, e2)) break;
                    e = e2;
                    q = q2;
                    it->folded = 1;
                    continue;
                }
                if (it->loose != CONTINUE) break;
                if (!bm_next_line(&q2, it->end, &s2, &e2)) break;
                if ((nl2 = bm_field_name(s2, e2)) != 0) {
                    it->ahead.s = s2;
                    it->ahead.e = e2;
                    it->ahead.next = q2;
                    it->ahead.name = nl2;
                    break;
                }
                e = e2;
                q = q2;
                it->folded = 1;
                continue;
            }
            if (!bm_next_line(&q2, it->end, &s2, &e2) || blank(s2, e2)) break;
            e = e2;
            q = q2;
            it->folded = 1;
        }
        *raw = span(v, e);
        it->p = q;
        return 1;
    }
}

/* ---------- addresses ---------- */

/* Finds the first e-mail address in [s,e). *bracketed tells whether <> surround it. */
int bm_find_address(const char *s, const char *e, bm_span *addr, int *bracketed)
{
    const char *at = s;
    while ((at = memchr(at, '@', (size_t)(e - at))) != NULL) {
        const char *l = at, *r = at + 1;
        int dots = 0;
        while (l > s && local_char_intl((unsigned char)l[-1])) l--;
        /* not from inside a character: the tail bytes of a longer one stop short of its lead */
        while (l < at && (unsigned char)l[0] >= 0x80 && (unsigned char)l[0] <= 0xBF) l++;
        while (l < at && l[0] == '.') l++;
        while (r < e && domain_char((unsigned char)*r)) {
            if (*r == '.') dots++;
            r++;
        }
        while (r > at + 1 && (r[-1] == '.' || r[-1] == '-')) {
            if (r[-1] == '.') dots--;
            r--;
        }
        if (r < e && *r == '[' && r == at + 1) { /* address literal */
            const char *k = memchr(r, ']', (size_t)(e - r));
            if (k) {
                r = k + 1;
                dots = 1;
            }
        }
        if (l < at && r > at + 1) {
            int br = (l > s && l[-1] == '<' && r < e && *r == '>');
            if (dots > 0 || br) {
                *addr = span(l, r);
                *bracketed = br;
                return 1;
            }
        }
        at++;
    }
    return 0;
}

/* The address in a field value such as "rfc822; <a@b>" or "Name <a@b>". */
bm_span bm_value_address(bm_span v)
{
    const char *semi;
    bm_span a;
    int br;
    if (!v.n) return v;
    semi = memchr(v.p, ';', v.n);
    if (semi) v = trim(span(semi + 1, v.p + v.n));
    else v = trim(v);
    if (bm_find_address(v.p, v.p + v.n, &a, &br)) return a;
    /* no @: keep the value without angle brackets (local recipients) */
    while (v.n && (v.p[0] == '<' || is_ws(v.p[0]))) { v.p++; v.n--; }
    while (v.n && (v.p[v.n - 1] == '>' || is_ws(v.p[v.n - 1]))) v.n--;
    {
        size_t i;
        for (i = 0; i < v.n; i++)
            if (is_ws(v.p[i])) v.n = i;
    }
    return v;
}

/* "dns; mx.example.com" -> "mx.example.com" */
bm_span bm_strip_type(bm_span v)
{
    const char *semi;
    v = trim(v);
    if (!v.n) return v;
    semi = memchr(v.p, ';', v.n);
    if (semi) {
        const char *k;
        for (k = v.p; k < semi; k++)
            if (is_ws(*k)) return v;
        v = trim(span(semi + 1, v.p + v.n));
    }
    return v;
}

/* ---------- recipients ---------- */

int bm_add_rcpt(P *ps)
{
    bm_ctx *c = ps->c;
    bm_result *r = ps->r;
    if (r->n_recipients >= ps->L.max_recipients) {
        r->truncated = 1;
        return -1;
    }
    if (r->n_recipients == c->rc_cap) {
        unsigned ncap = c->rc_cap ? c->rc_cap * 2 : 16;
        bm_recipient *n = realloc(c->rc, ncap * sizeof *n);
        if (!n) {
            r->truncated = 1;
            return -1;
        }
        c->rc = n;
        c->rc_cap = ncap;
        r->recipients = n;
    }
    memset(&c->rc[r->n_recipients], 0, sizeof c->rc[0]);
    return (int)r->n_recipients++;
}

int bm_find_rcpt(P *ps, bm_span a, unsigned from)
{
    unsigned i;
    for (i = from; i < ps->r->n_recipients; i++)
        if (same_addr(ps->c->rc[i].recipient, a)) return (int)i;
    return -1;
}
