/*
 * Bounce message scanner (see message.h). One pass over the header blocks and MIME structure;
 * parts are decoded only when their text is needed, into one arena owned by the context.
 * Every loop is bounded by the input size or by a field of bm_limits.
 */
#include "message.h"

#include <stdlib.h>
#include <string.h>

#include "reply.h"

#define MAX_NOTICES 8      /* human-readable parts kept for the text scan */
#define MAX_BLOCK_LINES 40 /* lines of text taken as one recipient's reason */
#define MAX_PRECEDING 3    /* lines before a recipient line used when nothing follows it */
#define MAX_LINE_SEARCH 64 /* recipients whose address is looked up again in the whole text */
#define MAX_DEPTH 256      /* ceiling of bm_limits.max_depth */

struct bm_ctx {
    char *arena;
    size_t arena_cap;
    bm_recipient *rc;
    unsigned rc_cap;
    bm_field *xh;
    unsigned xh_cap;
    bm_result res;
};

typedef enum { CTE_OTHER, CTE_BASE64, CTE_QP } cte_t;

typedef struct notice {
    const char *p, *end;
    cte_t cte;
    int html;
} notice;

/* State of one parse. */
typedef struct P {
    bm_ctx *c;
    bm_limits L;
    bm_result *r;
    size_t aused, alimit;  /* arena bytes used, usable */
    unsigned parts;
    int have_original, have_arf;
    notice notes[MAX_NOTICES];
    unsigned n_notes;
    /* top-level header facts */
    bm_span to, x_failed, auto_submitted, precedence, apple_unsubscribe;
    int x_autoreply, multipart_report;
    int list_manager;      /* the message comes from a mailing-list manager */
    bm_span jmrp_rcpt;     /* X-HmXmrOriginalRecipient of an enclosed message */
    bm_span region;        /* text of the last text scan, up to the copy of the original */
    bm_span enclosed;      /* the first enclosed message, decoded */
} P;

/* ---------- characters and spans ---------- */

static int lc(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int is_ws(int c) { return c == ' ' || c == '\t'; }
static int in_set(int c, const char *set) { return c && strchr(set, c) != NULL; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bm_span span(const char *p, const char *e)
{
    bm_span s;
    s.p = p;
    s.n = (e > p) ? (size_t)(e - p) : 0;
    return s;
}

static bm_span lit(const char *s)
{
    bm_span r;
    r.p = s;
    r.n = strlen(s);
    return r;
}

static bm_span trim(bm_span s)
{
    while (s.n && (is_ws(s.p[0]) || s.p[0] == '\r' || s.p[0] == '\n')) { s.p++; s.n--; }
    while (s.n && (is_ws(s.p[s.n - 1]) || s.p[s.n - 1] == '\r' || s.p[s.n - 1] == '\n')) s.n--;
    return s;
}

/* Case-insensitive comparisons against a lower-case literal. */
static int ieq(const char *p, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!lit[i] || lc((unsigned char)p[i]) != lit[i]) return 0;
    return lit[n] == 0;
}

static int istarts(const char *p, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; lit[i]; i++)
        if (i >= n || lc((unsigned char)p[i]) != lit[i]) return 0;
    return 1;
}

static const char *ifind(const char *p, const char *end, const char *lit)
{
    size_t k = strlen(lit);
    unsigned char first = (unsigned char)lit[0];
    /* byte | 0x20 is a lower-case letter exactly when the byte is that letter in either case */
    unsigned char fold = (first >= 'a' && first <= 'z') ? 0x20 : 0;
    const char *last;
    if (k == 0) return p;
    if (p >= end || (size_t)(end - p) < k) return NULL;
    for (last = end - k; p <= last; p++)
        if (((unsigned char)*p | fold) == first && istarts(p + 1, k - 1, lit + 1)) return p;
    return NULL;
}

/* Case-sensitive search, for JSON keys (lit not empty). memchr looks for the key's first
 * upper-case letter, rare in text (camelCase keys have one), else for its first byte. */
static const char *find_cs(const char *p, const char *end, const char *lit)
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
static int ifind_span(bm_span text, bm_span needle)
{
    const char *p = text.p, *e = text.p + text.n;
    size_t i;
    if (!needle.n) return 0;
    for (; p < e && (size_t)(e - p) >= needle.n; p++) {
        for (i = 0; i < needle.n && lc((unsigned char)p[i]) == lc((unsigned char)needle.p[i]); i++) {}
        if (i == needle.n) return 1;
    }
    return 0;
}

static int sfind(bm_span s, const char *lit) { return s.n && ifind(s.p, s.p + s.n, lit) != NULL; }

/* Whether s holds any of words (lower-case literals, NULL-terminated): one pass over s, only
 * the words that start with a byte of it compared there. */
static int sfind_any(bm_span s, const char *const *words)
{
    unsigned char starts[256 / 8] = {0};
    size_t i;
    int w;
    for (w = 0; words[w]; w++) {
        unsigned char c = (unsigned char)words[w][0];
        starts[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    for (i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)lc((unsigned char)s.p[i]);
        if (!(starts[c >> 3] & (1u << (c & 7)))) continue;
        for (w = 0; words[w]; w++)
            if ((unsigned char)words[w][0] == c && istarts(s.p + i, s.n - i, words[w])) return 1;
    }
    return 0;
}

static int sends(const char *p, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && ieq(p + n - k, k, lit);
}

/* ---------- lines: LF, CRLF and CR-only ---------- */

/* Reads the line at *pp into [*s, *e) and moves *pp past its end. */
static int next_line(const char **pp, const char *end, const char **s, const char **e)
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

static int blank(const char *s, const char *e)
{
    while (s < e && is_ws(*s)) s++;
    return s == e;
}

/* ---------- arena ---------- */

static char *ar_begin(P *ps, size_t want, size_t *got)
{
    size_t room = ps->alimit - ps->aused;
    if (want > room) {
        want = room;
        ps->r->truncated = 1;
    }
    *got = want;
    return ps->c->arena + ps->aused;
}

static bm_span ar_commit(P *ps, size_t n)
{
    bm_span s;
    s.p = ps->c->arena + ps->aused;
    s.n = n;
    ps->aused += n;
    return s;
}

/* ---------- header fields ---------- */

/* How a header block treats a line that is no field. */
enum { STRICT = 0,   /* ends the block (message headers) */
       CONTINUE = 1, /* continues the previous field (DSN bodies fold without indenting) */
       SKIP = 2 };   /* is stepped over (report fields written inside prose) */

/* A line of a header block: [s,e), the start of the line after it, its field name's length. */
typedef struct hline {
    const char *s, *e, *next;
    size_t name;
} hline;

typedef struct hiter {
    const char *p, *end;
    int loose;
    int folded;  /* the field hnext gave last took more than one line */
    hline ahead; /* the field line that ended the last field in a CONTINUE block, kept so that
                    it is not read twice (s NULL when none) */
} hiter;

static void hinit(hiter *it, const char *p, const char *end, int loose)
{
    it->p = p;
    it->end = end;
    it->loose = loose;
    it->folded = 0;
    it->ahead.s = NULL;
}

/* Length of the field name when [s,e) starts a header field ("Name:"), else 0. */
static size_t field_name(const char *s, const char *e)
{
    const char *c = s;
    while (c < e && *c != ':' && (unsigned char)*c > ' ' && (unsigned char)*c < 127) c++;
    if (c == s) return 0;
    {
        const char *n = c;
        while (c < e && is_ws(*c)) c++;
        if (c >= e || *c != ':') return 0;
        return (size_t)(n - s);
    }
}

/* Next field of a header block: name and raw value (folds included). Returns 0 at the blank
 * line that ends the block (consumed) or at a line that is no field (left in place). */
static int hnext(hiter *it, bm_span *name, bm_span *raw)
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
            if (!next_line(&q, it->end, &s, &e)) return 0;
            if (blank(s, e)) {
                it->p = q;
                return 0;
            }
            if (is_ws(*s)) { /* stray continuation */
                it->p = q;
                continue;
            }
            nl = field_name(s, e);
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
                if (it->loose != CONTINUE || *q == '\r' || *q == '\n') break;
                if (!next_line(&q2, it->end, &s2, &e2)) break;
                if ((nl2 = field_name(s2, e2)) != 0) {
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
            if (!next_line(&q2, it->end, &s2, &e2) || blank(s2, e2)) break;
            e = e2;
            q = q2;
            it->folded = 1;
        }
        *raw = span(v, e);
        it->p = q;
        return 1;
    }
}

/* ---------- decoders ---------- */

static int b64val(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (is_digit(c)) return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

static int hexval(int c)
{
    if (is_digit(c)) return c - '0';
    c = lc(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Base64 that skips what is not in the alphabet, so broken input decodes partially. */
static size_t b64_decode(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i;
    unsigned acc = 0, k = 0;
    for (i = 0; i < n && o < cap; i++) {
        int v = b64val((unsigned char)s[i]);
        if (v < 0) {
            if (s[i] == '=') k = 0, acc = 0;
            continue;
        }
        acc = (acc << 6) | (unsigned)v;
        if (++k == 4) {
            out[o++] = (char)(acc >> 16);
            if (o < cap) out[o++] = (char)(acc >> 8);
            if (o < cap) out[o++] = (char)acc;
            k = 0;
            acc = 0;
        } else if (k >= 2 && (i + 1 >= n || b64val((unsigned char)s[i + 1]) < 0)) {
            /* a group cut short by padding, a line end or garbage: emit what it holds */
            size_t j = i + 1;
            while (j < n && (s[j] == '\r' || s[j] == '\n' || is_ws(s[j]))) j++;
            if (j >= n || s[j] == '=') {
                if (k == 2) out[o++] = (char)(acc >> 4);
                else {
                    out[o++] = (char)(acc >> 10);
                    if (o < cap) out[o++] = (char)(acc >> 2);
                }
                k = 0;
                acc = 0;
            }
        }
    }
    return o;
}

static size_t qp_decode(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    while (i < n && o < cap) {
        if (s[i] == '=') {
            int h, l;
            if (i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) { /* soft line break */
                i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
                continue;
            }
            if (i + 2 < n && (h = hexval((unsigned char)s[i + 1])) >= 0 &&
                (l = hexval((unsigned char)s[i + 2])) >= 0) {
                out[o++] = (char)(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    return o;
}

static cte_t parse_cte(bm_span v)
{
    v = trim(v);
    if (istarts(v.p, v.n, "base64")) return CTE_BASE64;
    if (istarts(v.p, v.n, "quoted-printable")) return CTE_QP;
    return CTE_OTHER;
}

/* A body as text: decoded into the arena when encoded, otherwise the span itself. */
static bm_span body_text(P *ps, const char *p, const char *end, cte_t cte, size_t max)
{
    size_t n = (size_t)(end - p), got;
    char *o;
    if (cte == CTE_OTHER) {
        if (n > max) {
            n = max;
            ps->r->truncated = 1;
        }
        return span(p, p + n);
    }
    {
        size_t out = cte == CTE_BASE64 ? n / 4 * 3 + 3 : n; /* the most it decodes to */
        o = ar_begin(ps, out < max ? out : max, &got);
    }
    if (cte == CTE_BASE64) got = b64_decode(p, n, o, got);
    else got = qp_decode(p, n, o, got);
    return ar_commit(ps, got);
}

/* ---------- header values: unfolding and RFC 2047 encoded words ---------- */

typedef struct wbuf {
    char *p;
    size_t n, cap;
} wbuf;

static void wput(wbuf *w, int c)
{
    if (w->n < w->cap) w->p[w->n++] = (char)c;
}

/* Appends a byte of text in charset cs: ISO-8859-1 becomes UTF-8, others pass through raw. */
static void wput_cs(wbuf *w, int c, int latin1)
{
    c &= 0xff;
    if (latin1 && c >= 0x80) {
        if (w->n + 2 > w->cap) return;
        wput(w, 0xc0 | (c >> 6));
        wput(w, 0x80 | (c & 0x3f));
    } else {
        wput(w, c);
    }
}

/* Decodes the encoded word at s (=?cs?X?text?=) into w; returns its length, 0 if s holds none. */
static size_t encoded_word(const char *s, const char *e, wbuf *w)
{
    const char *cs = s + 2, *q = cs, *t, *te;
    int enc, latin1;
    size_t csn;
    while (q < e && *q != '?' && !is_ws(*q) && q - cs < 64) q++;
    if (q >= e || *q != '?' || q == cs || q + 3 >= e || q[2] != '?') return 0;
    enc = lc((unsigned char)q[1]);
    if (enc != 'b' && enc != 'q') return 0;
    t = q + 3;
    te = t;
    while (te + 1 < e && !(te[0] == '?' && te[1] == '=')) {
        if (is_ws(*te) || *te == '\r' || *te == '\n') return 0;
        te++;
    }
    if (te + 1 >= e) return 0;
    csn = (size_t)(q - cs);
    latin1 = ieq(cs, csn, "iso-8859-1") || ieq(cs, csn, "latin1") || ieq(cs, csn, "us-ascii");
    if (enc == 'b') {
        char tmp[48];
        size_t i = 0;
        while (i < (size_t)(te - t)) {
            size_t chunk = (size_t)(te - t) - i, k, got;
            if (chunk > 64) chunk = 64;
            got = b64_decode(t + i, chunk, tmp, sizeof tmp);
            for (k = 0; k < got; k++) wput_cs(w, tmp[k], latin1);
            i += chunk;
        }
    } else {
        const char *x = t;
        while (x < te) {
            int h, l;
            if (*x == '_') {
                wput(w, ' ');
                x++;
            } else if (*x == '=' && x + 2 < te + 1 && (h = hexval((unsigned char)x[1])) >= 0 &&
                       (l = hexval((unsigned char)x[2])) >= 0) {
                wput_cs(w, h * 16 + l, latin1);
                x += 3;
            } else {
                wput_cs(w, (unsigned char)*x, latin1);
                x++;
            }
        }
    }
    return (size_t)(te + 2 - s);
}

/* A field value unfolded (line breaks and the white space after them become one space),
 * trimmed, encoded words decoded; copied into the arena only when it has to change. Only a
 * value of more than one line (hiter.folded) can hold a line break. */
static bm_span clean_value(P *ps, bm_span raw, int multiline, int words)
{
    const char *s, *e;
    int plain = 1;
    size_t i;
    wbuf w;
    raw = trim(raw);
    s = raw.p;
    e = raw.p + raw.n;
    if (multiline) {
        for (i = 0; i < raw.n; i++) {
            char c = s[i];
            if (c == '\r' || c == '\n' || (words && c == '=' && i + 1 < raw.n && s[i + 1] == '?')) {
                plain = 0;
                break;
            }
        }
    } else if (words) {
        const char *x = s;
        while (x < e && (x = memchr(x, '=', (size_t)(e - x))) != NULL && x + 1 < e) {
            if (x[1] == '?') {
                plain = 0;
                break;
            }
            x++;
        }
    }
    if (plain) {
        if (raw.n > ps->L.max_header_line) {
            raw.n = ps->L.max_header_line;
            ps->r->truncated = 1;
        }
        return raw;
    }
    {
        size_t want = raw.n * 2 < ps->L.max_header_line ? raw.n * 2 : ps->L.max_header_line;
        w.p = ar_begin(ps, want, &w.cap);
        w.n = 0;
    }
    {
        const char *x = s;
        size_t after_word = (size_t)-1; /* output length right after an encoded word */
        while (x < e && w.n < w.cap) {
            if (*x == '\r' || *x == '\n' || is_ws(*x)) {
                const char *y = x;
                size_t used;
                while (y < e && (*y == '\r' || *y == '\n' || is_ws(*y))) y++;
                /* white space between two encoded words is dropped */
                if (words && after_word == w.n && y + 1 < e && y[0] == '=' && y[1] == '?') {
                    wbuf probe = w;
                    if ((used = encoded_word(y, e, &probe)) != 0) {
                        w = probe;
                        x = y + used;
                        after_word = w.n;
                        continue;
                    }
                }
                {
                    int folded = 0;
                    const char *z;
                    for (z = x; z < y; z++)
                        if (*z == '\r' || *z == '\n') folded = 1;
                    if (folded) wput(&w, ' ');
                    else
                        for (z = x; z < y; z++) wput(&w, *z);
                }
                x = y;
                continue;
            }
            if (words && *x == '=' && x + 1 < e && x[1] == '?') {
                size_t used = encoded_word(x, e, &w);
                if (used) {
                    x += used;
                    after_word = w.n;
                    continue;
                }
            }
            wput(&w, *x++);
        }
        if (x < e) ps->r->truncated = 1;
    }
    /* do not end inside a UTF-8 sequence when truncated */
    if (w.n == w.cap && w.n) {
        size_t k = w.n;
        while (k > 0 && ((unsigned char)w.p[k - 1] & 0xc0) == 0x80) k--;
        if (k > 0 && ((unsigned char)w.p[k - 1] & 0xc0) == 0xc0) w.n = k - 1;
    }
    return ar_commit(ps, w.n);
}

/* ---------- addresses ---------- */

static int local_char(int c)
{
    return is_alnum(c) || in_set(c, "!#$%&'*+-/=?^_`{|}~.");
}

static int domain_char(int c) { return is_alnum(c) || c == '-' || c == '.'; }

/* Finds the first e-mail address in [s,e). *bracketed tells whether <> surround it. */
static int find_address(const char *s, const char *e, bm_span *addr, int *bracketed)
{
    const char *at = s;
    while ((at = memchr(at, '@', (size_t)(e - at))) != NULL) {
        const char *l = at, *r = at + 1;
        int dots = 0;
        while (l > s && local_char((unsigned char)l[-1])) l--;
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
static bm_span value_address(bm_span v)
{
    const char *semi;
    bm_span a;
    int br;
    if (!v.n) return v;
    semi = memchr(v.p, ';', v.n);
    if (semi) v = trim(span(semi + 1, v.p + v.n));
    else v = trim(v);
    if (find_address(v.p, v.p + v.n, &a, &br)) return a;
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
static bm_span strip_type(bm_span v)
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

static int same_addr(bm_span a, bm_span b)
{
    size_t i;
    if (a.n != b.n) return 0;
    for (i = 0; i < a.n; i++)
        if (lc((unsigned char)a.p[i]) != lc((unsigned char)b.p[i])) return 0;
    return 1;
}

/* ---------- recipients ---------- */

static int add_rcpt(P *ps)
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

static int find_rcpt(P *ps, bm_span a, unsigned from)
{
    unsigned i;
    for (i = from; i < ps->r->n_recipients; i++)
        if (same_addr(ps->c->rc[i].recipient, a)) return (int)i;
    return -1;
}

/* ---------- Content-Type ---------- */

typedef struct ctype {
    bm_span type;     /* "type/subtype" */
    bm_span boundary;
    int attachment;   /* has a file name */
} ctype;

/* Reads the parameters of a Content-Type or Content-Disposition value. */
static void parse_params(bm_span raw, ctype *ct, int with_type)
{
    const char *p = raw.p, *e = raw.p + raw.n;
    while (p < e && (is_ws(*p) || *p == '\r' || *p == '\n')) p++;
    if (with_type) {
        const char *t = p;
        while (p < e && *p != ';' && !is_ws(*p) && *p != '\r' && *p != '\n') p++;
        ct->type = span(t, p);
    }
    while (p < e) {
        const char *n, *ne, *v, *ve;
        while (p < e && *p != ';') p++;
        if (p >= e) break;
        p++;
        while (p < e && (is_ws(*p) || *p == '\r' || *p == '\n')) p++;
        n = p;
        while (p < e && *p != '=' && *p != ';') p++;
        ne = p;
        while (ne > n && is_ws(ne[-1])) ne--;
        if (p >= e || *p != '=') continue;
        p++;
        while (p < e && is_ws(*p)) p++;
        if (p < e && *p == '"') {
            v = ++p;
            while (p < e && *p != '"') p++;
            ve = p;
            if (p < e) p++;
        } else {
            v = p;
            while (p < e && *p != ';' && !is_ws(*p) && *p != '\r' && *p != '\n') p++;
            ve = p;
        }
        if (ieq(n, (size_t)(ne - n), "boundary") && ve - v <= 200) ct->boundary = span(v, ve);
        else if (ieq(n, (size_t)(ne - n), "filename") || ieq(n, (size_t)(ne - n), "name") ||
                 ieq(n, (size_t)(ne - n), "filename*"))
            ct->attachment = 1;
    }
}

static int type_is(bm_span t, const char *lit) { return ieq(t.p, t.n, lit); }

/* ---------- report parts ---------- */

enum { F_NONE, F_FINAL, F_ORIG, F_ACTION, F_STATUS, F_DIAG, F_REMOTE, F_LAST, F_ACTUAL,
       F_REPORTING, F_ARRIVAL };

static int dsn_field(bm_span n)
{
    switch (n.n ? lc((unsigned char)n.p[0]) : 0) {
    case 'a':
        if (ieq(n.p, n.n, "action")) return F_ACTION;
        if (ieq(n.p, n.n, "arrival-date")) return F_ARRIVAL;
        break;
    case 'd':
        if (ieq(n.p, n.n, "diagnostic-code")) return F_DIAG;
        break;
    case 'f':
        if (ieq(n.p, n.n, "final-recipient")) return F_FINAL;
        break;
    case 'l':
        if (ieq(n.p, n.n, "last-attempt-date")) return F_LAST;
        break;
    case 'o':
        if (ieq(n.p, n.n, "original-recipient")) return F_ORIG;
        break;
    case 'r':
        if (ieq(n.p, n.n, "remote-mta")) return F_REMOTE;
        if (ieq(n.p, n.n, "reporting-mta")) return F_REPORTING;
        break;
    case 's':
        if (ieq(n.p, n.n, "status")) return F_STATUS;
        break;
    case 'x':
        if (ieq(n.p, n.n, "x-actual-recipient")) return F_ACTUAL;
        break;
    }
    return F_NONE;
}

/* The enhanced status code at the start of a Status value: "5.1.1 (comment)" -> "5.1.1". */
static bm_span status_token(bm_span v)
{
    size_t i = 0;
    v = trim(v);
    while (i < v.n && (is_digit(v.p[i]) || v.p[i] == '.')) i++;
    if (i == 0) return v;
    v.n = i;
    return v;
}

/* The comment after the code of a Status value: "4.0.0 (example.net: host name lookup
 * failure)" -> "example.net: host name lookup failure". */
static bm_span status_comment(bm_span v, bm_span code)
{
    v = trim(v);
    if (code.p != v.p || code.n == v.n) return span(NULL, NULL);
    v = trim(span(v.p + code.n, v.p + v.n));
    if (v.n >= 2 && v.p[0] == '(' && v.p[v.n - 1] == ')') v = trim(span(v.p + 1, v.p + v.n - 1));
    return v;
}

/* RFC 3464 fields, in a message/delivery-status part or written inline in a text part.
 * Blank lines separate the per-message block from the per-recipient blocks; a repeated
 * recipient field also starts a new recipient, for reports that omit the blank lines. */
static void dsn_scan(P *ps, const char *p, const char *end, int loose)
{
    hiter it;
    int cur = -1;
    unsigned block = 0, cur_block = 0;
    hinit(&it, p, end, loose);
    while (it.p < end) {
        bm_span name, raw;
        const char *before = it.p;
        unsigned fields = 0;
        block++;
        while (hnext(&it, &name, &raw)) {
            int f = dsn_field(name);
            bm_recipient *rc;
            if (++fields > ps->L.max_headers) {
                ps->r->truncated = 1;
                continue;
            }
            if (f == F_NONE) continue;
            if (f == F_REPORTING) {
                if (!ps->r->reporting_mta.n)
                    ps->r->reporting_mta = strip_type(clean_value(ps, raw, it.folded, 0));
                continue;
            }
            if (f == F_ARRIVAL) {
                if (!ps->r->arrival_date.n) ps->r->arrival_date = clean_value(ps, raw, it.folded, 0);
                continue;
            }
            if (cur >= 0) {
                rc = &ps->c->rc[cur];
                if (cur_block != block || (f == F_FINAL && rc->recipient.n) ||
                    (f == F_ORIG && rc->original_recipient.n))
                    cur = -1;
            }
            if (cur < 0) {
                if ((cur = add_rcpt(ps)) < 0) return;
                cur_block = block;
            }
            rc = &ps->c->rc[cur];
            switch (f) {
            case F_FINAL: rc->recipient = value_address(clean_value(ps, raw, it.folded, 0)); break;
            case F_ACTUAL:
                if (!rc->recipient.n) rc->recipient = value_address(clean_value(ps, raw, it.folded, 0));
                break;
            case F_ORIG:
                rc->original_recipient = value_address(clean_value(ps, raw, it.folded, 0));
                break;
            case F_ACTION: rc->action = trim(clean_value(ps, raw, it.folded, 0)); break;
            case F_STATUS: {
                bm_span v = clean_value(ps, raw, it.folded, 0);
                rc->status = status_token(v);
                rc->status_comment = status_comment(v, rc->status);
                break;
            }
            case F_REMOTE: rc->remote_mta = strip_type(clean_value(ps, raw, it.folded, 0)); break;
            case F_LAST: rc->last_attempt_date = clean_value(ps, raw, it.folded, 0); break;
            case F_DIAG: {
                bm_span v = clean_value(ps, raw, it.folded, 0);
                const char *semi = memchr(v.p, ';', v.n < 40 ? v.n : 40);
                if (semi) {
                    const char *k;
                    for (k = v.p; k < semi && !is_ws(*k); k++) {}
                    if (k == semi) {
                        rc->diagnostic_type = span(v.p, semi);
                        v = trim(span(semi + 1, v.p + v.n));
                    }
                }
                rc->diagnostic = v;
                break;
            }
            }
        }
        if (it.p == before) { /* a line that is no field: step over it */
            const char *s, *e;
            next_line(&it.p, end, &s, &e);
        }
    }
}

static void arf_scan(P *ps, const char *p, const char *end)
{
    hiter it;
    bm_span name, raw;
    bm_feedback *fb = &ps->r->feedback;
    unsigned fields = 0;
    hinit(&it, p, end, CONTINUE);
    ps->have_arf = 1;
    while (it.p < end) {
        const char *before = it.p;
        while (hnext(&it, &name, &raw)) {
            bm_span *dst = NULL;
            if (++fields > ps->L.max_headers) {
                ps->r->truncated = 1;
                return;
            }
            if (ieq(name.p, name.n, "feedback-type")) dst = &fb->feedback_type;
            else if (ieq(name.p, name.n, "user-agent")) dst = &fb->user_agent;
            else if (ieq(name.p, name.n, "original-mail-from")) dst = &fb->original_mail_from;
            else if (ieq(name.p, name.n, "source-ip")) dst = &fb->source_ip;
            else if (ieq(name.p, name.n, "arrival-date") || ieq(name.p, name.n, "received-date"))
                dst = &fb->arrival_date;
            else if (ieq(name.p, name.n, "reported-domain")) dst = &fb->reported_domain;
            else if (ieq(name.p, name.n, "original-rcpt-to")) {
                bm_span a = value_address(clean_value(ps, raw, it.folded, 0));
                int i;
                if (!fb->original_rcpt_to.n) fb->original_rcpt_to = a;
                if (a.n && find_rcpt(ps, a, 0) < 0 && (i = add_rcpt(ps)) >= 0)
                    ps->c->rc[i].recipient = a;
                continue;
            }
            if (dst && !dst->n) *dst = clean_value(ps, raw, it.folded, 0);
        }
        if (it.p == before) {
            const char *s, *e;
            next_line(&it.p, end, &s, &e);
        }
    }
}

/* Headers of the message that bounced: an enclosed message, a headers part, or the copy that
 * a text bounce appends. */
static void orig_scan(P *ps, const char *p, const char *end)
{
    hiter it;
    bm_span name, raw;
    bm_original *o = &ps->r->original;
    bm_ctx *c = ps->c;
    unsigned fields = 0;
    hinit(&it, p, end, STRICT);
    while (hnext(&it, &name, &raw)) {
        bm_span *dst = NULL;
        if (++fields > ps->L.max_headers) {
            ps->r->truncated = 1;
            break;
        }
        ps->have_original = 1;
        switch (lc((unsigned char)name.p[0])) {
        case 'm':
            if (ieq(name.p, name.n, "message-id")) dst = &o->message_id;
            break;
        case 'f':
            if (ieq(name.p, name.n, "from")) dst = &o->from;
            break;
        case 't':
            if (ieq(name.p, name.n, "to")) dst = &o->to;
            break;
        case 's':
            if (ieq(name.p, name.n, "subject")) dst = &o->subject;
            break;
        case 'd':
            if (ieq(name.p, name.n, "date")) dst = &o->date;
            break;
        case 'x':
            if (name.n > 2 && name.p[1] == '-') {
                unsigned i;
                if (ieq(name.p, name.n, "x-hmxmroriginalrecipient") && !ps->jmrp_rcpt.n)
                    ps->jmrp_rcpt = value_address(clean_value(ps, raw, it.folded, 0));
                for (i = 0; i < o->n_x_headers; i++)
                    if (same_addr(o->x_headers[i].name, name)) break;
                if (i < o->n_x_headers) break;
                if (o->n_x_headers >= ps->L.max_x_headers) {
                    ps->r->truncated = 1;
                    break;
                }
                if (o->n_x_headers == c->xh_cap) {
                    unsigned ncap = c->xh_cap ? c->xh_cap * 2 : 16;
                    bm_field *nx = realloc(c->xh, ncap * sizeof *nx);
                    if (!nx) break;
                    c->xh = nx;
                    c->xh_cap = ncap;
                    o->x_headers = nx;
                }
                c->xh[o->n_x_headers].name = name;
                c->xh[o->n_x_headers].value = clean_value(ps, raw, it.folded, 1);
                o->n_x_headers++;
            }
            break;
        }
        if (dst && !dst->n) *dst = clean_value(ps, raw, it.folded, 1);
    }
}

/* ---------- MIME structure ---------- */

static void walk_entity(P *ps, const char *p, const char *end, unsigned depth, int top);

static void add_notice(P *ps, const char *p, const char *end, cte_t cte, int html)
{
    if (ps->n_notes >= MAX_NOTICES) return;
    ps->notes[ps->n_notes].p = p;
    ps->notes[ps->n_notes].end = end;
    ps->notes[ps->n_notes].cte = cte;
    ps->notes[ps->n_notes].html = html;
    ps->n_notes++;
}

/* The next delimiter line of boundary bnd at or after p (a line start) in [p,end): "--" bnd,
 * "--" after it on the closing one, white space around. *s is where "--" stands, *next the
 * start of the line after it. Only a '-' that starts a line is looked at, so the search skips
 * whole lines of text and base64 with one memchr instead of reading them line by line. */
static int next_delimiter(const char *p, const char *end, bm_span bnd, const char **s,
                          const char **next, int *close)
{
    const char *x = p;
    if (memchr(bnd.p, '\n', bnd.n) || memchr(bnd.p, '\r', bnd.n)) return 0; /* fits no line */
    while (x < end && (x = memchr(x, '-', (size_t)(end - x))) != NULL) {
        const char *b = x, *t;
        while (b > p && is_ws(b[-1])) b--; /* some MTAs indent the delimiter */
        if ((b == p || b[-1] == '\n' || b[-1] == '\r') && (size_t)(end - x) >= 2 + bnd.n &&
            x[1] == '-' && memcmp(x + 2, bnd.p, bnd.n) == 0) {
            t = x + 2 + bnd.n;
            *close = (end - t >= 2 && t[0] == '-' && t[1] == '-');
            if (*close) t += 2;
            while (t < end && is_ws(*t)) t++;
            if (t == end || *t == '\n' || *t == '\r') {
                if (t < end) t += (*t == '\r' && t + 1 < end && t[1] == '\n') ? 2 : 1;
                *s = x;
                *next = t;
                return 1;
            }
        }
        while (x < end && *x == '-') x++; /* the rest of a run of dashes starts no line */
    }
    return 0;
}

static void walk_multipart(P *ps, const char *p, const char *end, bm_span bnd, unsigned depth)
{
    const char *q = p, *s, *next, *part = NULL;
    int found = 0, close;
    while (next_delimiter(q, end, bnd, &s, &next, &close)) {
        found = 1;
        if (part) {
            const char *pe = s;
            while (pe > part && is_ws(pe[-1])) pe--;
            if (pe > part && pe[-1] == '\n') pe--;
            if (pe > part && pe[-1] == '\r') pe--;
            if (ps->parts >= ps->L.max_parts) {
                ps->r->truncated = 1;
                return;
            }
            ps->parts++;
            walk_entity(ps, part, pe, depth + 1, 0);
        }
        if (close) return;
        part = q = next;
    }
    if (part) { /* no closing delimiter: the message was cut */
        if (ps->parts >= ps->L.max_parts) {
            ps->r->truncated = 1;
            return;
        }
        ps->parts++;
        walk_entity(ps, part, end, depth + 1, 0);
    } else if (!found) {
        add_notice(ps, p, end, CTE_OTHER, 0);
    }
}

static void walk_entity(P *ps, const char *p, const char *end, unsigned depth, int top)
{
    hiter it;
    bm_span name, raw, ctraw = {NULL, 0}, cteraw = {NULL, 0}, dispraw = {NULL, 0};
    ctype ct;
    cte_t cte;
    unsigned fields = 0;
    const char *body;
    memset(&ct, 0, sizeof ct);
    hinit(&it, p, end, STRICT);
    while (hnext(&it, &name, &raw)) {
        int c0;
        if (++fields > ps->L.max_headers) {
            ps->r->truncated = 1;
            continue;
        }
        c0 = lc((unsigned char)name.p[0]);
        if (c0 == 'c') {
            if (ieq(name.p, name.n, "content-type")) { if (!ctraw.p) ctraw = raw; }
            else if (ieq(name.p, name.n, "content-transfer-encoding")) cteraw = raw;
            else if (ieq(name.p, name.n, "content-disposition")) dispraw = raw;
            continue;
        }
        if (!top) continue;
        switch (c0) {
        case 'a':
            if (ieq(name.p, name.n, "auto-submitted")) ps->auto_submitted = trim(raw);
            break;
        case 'f':
            if (ieq(name.p, name.n, "from") && !ps->r->from.n)
                ps->r->from = clean_value(ps, raw, it.folded, 1);
            break;
        case 'l':
            if (ieq(name.p, name.n, "list-id")) ps->list_manager = 1;
            break;
        case 'm':
            if (ieq(name.p, name.n, "mailing-list")) ps->list_manager = 1;
            break;
        case 'p':
            if (ieq(name.p, name.n, "precedence")) ps->precedence = trim(raw);
            break;
        case 's':
            if (ieq(name.p, name.n, "subject") && !ps->r->subject.n)
                ps->r->subject = clean_value(ps, raw, it.folded, 1);
            break;
        case 't':
            if (ieq(name.p, name.n, "to") && !ps->to.n) ps->to = clean_value(ps, raw, it.folded, 1);
            break;
        case 'x':
            if (ieq(name.p, name.n, "x-failed-recipients")) {
                if (!ps->x_failed.n) ps->x_failed = clean_value(ps, raw, it.folded, 0);
            } else if (ieq(name.p, name.n, "x-autoreply") || ieq(name.p, name.n, "x-autorespond")) {
                ps->x_autoreply = 1;
            } else if (ieq(name.p, name.n, "x-apple-unsubscribe")) {
                ps->apple_unsubscribe = trim(raw);
            } else if (ieq(name.p, name.n, "x-mlserver") || ieq(name.p, name.n, "x-ml-name")) {
                ps->list_manager = 1;
            }
            break;
        }
    }
    body = it.p;
    if (ctraw.p) parse_params(ctraw, &ct, 1);
    if (dispraw.p) parse_params(dispraw, &ct, 0);
    cte = cteraw.p ? parse_cte(cteraw) : CTE_OTHER;
    if (top && type_is(ct.type, "multipart/report")) ps->multipart_report = 1;

    if (ct.type.n > 10 && istarts(ct.type.p, ct.type.n, "multipart/")) {
        if (!ct.boundary.n) {
            add_notice(ps, body, end, cte, 0);
        } else if (depth >= ps->L.max_depth) {
            ps->r->truncated = 1;
        } else {
            walk_multipart(ps, body, end, ct.boundary, depth);
        }
    } else if (type_is(ct.type, "message/delivery-status") ||
               type_is(ct.type, "message/global-delivery-status") ||
               type_is(ct.type, "text/delivery-status")) {
        bm_span t = body_text(ps, body, end, cte, ps->L.max_input);
        dsn_scan(ps, t.p, t.p + t.n, CONTINUE);
    } else if (type_is(ct.type, "message/feedback-report")) {
        bm_span t = body_text(ps, body, end, cte, ps->L.max_text);
        arf_scan(ps, t.p, t.p + t.n);
    } else if (type_is(ct.type, "message/rfc822") || type_is(ct.type, "message/global") ||
               type_is(ct.type, "text/rfc822-headers") ||
               type_is(ct.type, "message/rfc822-headers") ||
               type_is(ct.type, "message/global-headers")) {
        if (!ps->have_original) {
            bm_span t = body_text(ps, body, end, cte, ps->L.max_input);
            if (!ps->enclosed.n) ps->enclosed = t;
            orig_scan(ps, t.p, t.p + t.n);
        }
    } else if (!ct.type.n || type_is(ct.type, "text/plain")) {
        add_notice(ps, body, end, cte, 0);
    } else if (type_is(ct.type, "text/html") && !ct.attachment) {
        add_notice(ps, body, end, cte, 1);
    }
}

/* ---------- human-readable bounces ---------- */

/* A decoration line: rules of dashes, equals signs, stars. */
static int separator(const char *s, const char *e)
{
    int run = 0;
    while (s < e && is_ws(*s)) s++;
    while (s < e && (*s == '-' || *s == '=' || *s == '*' || *s == '_' || *s == '#' || *s == '|')) {
        s++;
        run++;
    }
    return run >= 3;
}

/* A line after which an MTA appends the message it could not deliver. */
static int original_marker(const char *s, const char *e)
{
    static const char *const starts[] = {
        "original message", "original mail", "returned message", "unsent message",
        "undelivered message", "message headers follow", "message text follows",
        "the header of the original", "headers of the original", "this is a copy of",
        "below this line is a copy", "enclosed is a copy", "below is a copy",
        "included is a copy", "a copy of the original", NULL
    };
    int i;
    while (s < e && (is_ws(*s) || in_set(*s, "-=*_|"))) s++;
    while (e > s && (is_ws(e[-1]) || in_set(e[-1], "-=*_|"))) e--;
    if (e - s > 100 || e == s) return 0;
    {
        size_t nl = field_name(s, e);
        if (nl) { /* "Name: value" is a field, "Original message:" is a marker */
            const char *v = s + nl;
            while (v < e && *v != ':') v++;
            v++;
            while (v < e && is_ws(*v)) v++;
            if (v < e) return 0;
        }
    }
    for (i = 0; starts[i]; i++)
        if (istarts(s, (size_t)(e - s), starts[i])) return 1;
    return 0;
}

/* A line that announces what follows: it ends with ':'. */
static int introduces(const char *s, const char *e)
{
    while (e > s && is_ws(e[-1])) e--;
    return e > s && e[-1] == ':';
}

/* 3-digit reply code at p (2xx, 4xx, 5xx) followed by a space, '-' or the end. */
static int reply_code_at(const char *p, const char *e)
{
    return e - p >= 3 && (p[0] == '2' || p[0] == '4' || p[0] == '5') && is_digit(p[1]) &&
           is_digit(p[2]) && (e - p == 3 || p[3] == ' ' || p[3] == '-' || p[3] == ':');
}

/* Whether text holds an SMTP reply code or an enhanced status code. */
static int has_code(const char *p, const char *e)
{
    const char *x;
    for (x = p; x < e; x++) {
        if (!is_digit(*x) || (x > p && (is_alnum(x[-1]) || x[-1] == '.'))) continue;
        if ((*x == '2' || *x == '4' || *x == '5') && e - x >= 3 && is_digit(x[1]) &&
            is_digit(x[2]) && (e - x == 3 || !is_alnum(x[3]))) {
            if (e - x == 3 || x[3] != '.') return 1;
        }
        if ((*x == '4' || *x == '5') && e - x >= 5 && x[1] == '.' && is_digit(x[2])) return 1;
    }
    return 0;
}

int bm_has_status(const char *s, size_t n)
{
    size_t i, j, d;
    for (i = 0; i + 5 <= n; i++) {
        if ((s[i] != '2' && s[i] != '4' && s[i] != '5') || s[i + 1] != '.' ||
            (i > 0 && is_alnum(s[i - 1])))
            continue;
        for (j = i + 2, d = 0; j < n && is_digit(s[j]) && d < 4; j++) d++;
        if (d < 1 || d > 3 || j >= n || s[j] != '.') continue;
        for (j++, d = 0; j < n && is_digit(s[j]) && d < 4; j++) d++;
        if (d < 1 || d > 3 || (j < n && (is_alnum(s[j]) || s[j] == '.'))) continue;
        return 1;
    }
    return 0;
}

static const char *const rcpt_lead_ends[] = {
    "to:", " to", "recipient:", "recipients:", "recipient(s):", "address:", "addresses:",
    "address(es):", "userid:", "user:", "failed:", "errors:", NULL
};

/* Whether a line names a recipient. *addr is the address, *rest what follows it, *lead whether
 * words stand before it, *smtp whether the line is an MTA's "550 <a@b>... reason". */
static int rcpt_line(const char *s, const char *e, bm_span *addr, const char **rest, int *lead,
                     int *smtp)
{
    const char *t = s, *pe, *post;
    int br, i;
    if (!memchr(s, '@', (size_t)(e - s))) return 0;
    while (t < e && (is_ws(*t) || *t == '*' || *t == '-' || *t == '>' || *t == '|')) t++;
    if (!find_address(t, e, addr, &br)) return 0;
    pe = addr->p - (br ? 1 : 0);
    post = addr->p + addr->n + (br ? 1 : 0);
    if (!br && pe > t && pe[-1] == '"' && post < e && *post == '"') { /* "a@b": */
        pe--;
        post++;
    }
    while (pe > t && is_ws(pe[-1])) pe--;
    if (post < e) { /* the address must end there, not run into a word or a URL */
        unsigned char c = (unsigned char)*post;
        if (c >= 0x80 || !(is_ws(c) || in_set(c, ":,;.[(<\")'"))) return 0;
    }
    *lead = 0;
    *smtp = 0;
    if (pe > t) {
        size_t n = (size_t)(pe - t);
        if (reply_code_at(t, pe)) {
            const char *k = t + 3;
            while (k < pe && (is_ws(*k) || is_digit(*k) || *k == '.')) k++;
            /* Sendmail's "550 5.1.1 <a@b>... User unknown" */
            if (k != pe || e - post < 3 || memcmp(post, "...", 3) != 0) return 0;
            *smtp = 1;
        } else {
            if (ieq(t, n, "to:") || ieq(t, n, "cc:") || ifind(t, pe, "://")) return 0;
            for (i = 0; rcpt_lead_ends[i]; i++)
                if (sends(t, n, rcpt_lead_ends[i])) break;
            if (!rcpt_lead_ends[i]) return 0;
            *lead = 1;
        }
    }
    /* what follows: separators and a repeat of the address in brackets carry nothing */
    while (post < e && (is_ws(*post) || in_set(*post, ":;,.>"))) post++;
    if (post < e && *post == '<') {
        const char *k = memchr(post, '>', (size_t)(e - post));
        bm_span a2;
        int b2;
        if (k && (istarts(post + 1, (size_t)(e - post - 1), "mailto:") ||
                  (find_address(post, k + 1, &a2, &b2) && same_addr(a2, *addr)))) {
            post = k + 1;
            while (post < e && (is_ws(*post) || in_set(*post, ":;,."))) post++;
        }
    }
    *rest = post;
    return 1;
}

/* Joins the lines of [s,e) with single spaces into the arena. */
static bm_span join_lines(P *ps, const char *s, const char *e)
{
    size_t got, n = 0;
    char *o = ar_begin(ps, (size_t)(e - s) < ps->L.max_diagnostic ? (size_t)(e - s)
                                                                  : ps->L.max_diagnostic, &got);
    int sp = 0;
    while (s < e && n < got) {
        char c = *s++;
        if (c == '\r' || c == '\n' || is_ws(c)) {
            sp = 1;
            continue;
        }
        if (sp && n && n < got) o[n++] = ' ';
        sp = 0;
        if (n < got) o[n++] = c;
    }
    return ar_commit(ps, n);
}

/* "host mx.example.com [192.0.2.1]" or "mx.example.com[192.0.2.1] said" in a reason. */
static bm_span remote_host(bm_span d)
{
    const char *p = d.p, *e, *h;
    if (!d.n) return d;
    e = d.p + d.n;
    while ((h = ifind(p, e, "host ")) != NULL) {
        const char *a = h + 5, *b = a;
        int dots = 0;
        while (b < e && (domain_char((unsigned char)*b))) {
            if (*b == '.') dots++;
            b++;
        }
        if (dots && b > a && ((b < e && *b == '[') || (b + 1 < e && b[0] == ' ' && b[1] == '[')))
            return span(a, b);
        p = h + 5;
    }
    return span(NULL, NULL);
}

typedef struct block {
    int rc;           /* recipient index or -1 */
    int lines;
    const char *s, *e;
    int mode;         /* 0 closed, 1 waiting for the first line, 2 collecting, 3 indented
                         only, 4 waiting for the first line after a line kept as its start */
} block;

/* Ends the current recipient's lines; b->rc counts from the first recipient of the scan. */
static void close_block(block *b, const char **bs, const char **be)
{
    if (b->rc >= 0 && b->e > b->s) {
        /* a later mention replaces an earlier one that had no reply code */
        if (!bs[b->rc] || (!has_code(bs[b->rc], be[b->rc]) && has_code(b->s, b->e))) {
            bs[b->rc] = b->s;
            be[b->rc] = b->e;
        }
    }
    b->mode = 0;
    b->rc = -1;
}

/* First line group of SMTP replies in the text, the fallback reason of a recipient whose own
 * lines say nothing. */
static int reply_group(const char *p, const char *end, const char **gs, const char **ge)
{
    const char *q = p, *s, *e;
    *gs = NULL;
    while (next_line(&q, end, &s, &e)) {
        const char *t = s;
        while (t < e && (is_ws(*t) || *t == '<')) t++;
        if (reply_code_at(t, e) && t[0] != '2') {
            if (!*gs) *gs = t;
            *ge = e;
        } else if (*gs) {
            break;
        }
    }
    return *gs != NULL;
}

/* The next place at or after from where the address stands in the text that starts at p, and
 * the line around it. Matches are anchored on the '@', so a search stays linear in the text
 * whatever the address. */
static const char *find_mention(const char *p, const char *from, const char *end, bm_span addr, const char **ls,
                                const char **le)
{
    const char *at = from, *aat = addr.n ? memchr(addr.p, '@', addr.n) : NULL;
    size_t llen, dlen;
    if (!aat) return NULL;
    llen = (size_t)(aat - addr.p);
    dlen = addr.n - llen;
    while (at < end && (at = memchr(at, '@', (size_t)(end - at))) != NULL) {
        if ((size_t)(at - p) >= llen && (size_t)(end - at) >= dlen &&
            same_addr(span(at, at + dlen), span(aat, aat + dlen)) &&
            same_addr(span(at - llen, at), span(addr.p, aat))) {
            const char *s = at, *e = at;
            while (s > p && s[-1] != '\n' && s[-1] != '\r') s--;
            while (e < end && *e != '\n' && *e != '\r') e++;
            *ls = s;
            *le = e;
            return at;
        }
        at++;
    }
    return NULL;
}

/* A line that names the address and carries a reply code. */
static int line_with_code(const char *p, const char *end, bm_span addr, const char **ls,
                          const char **le)
{
    const char *s, *e, *from = p;
    while (find_mention(p, from, end, addr, &s, &e)) {
        if (has_code(s, e)) {
            while (s < e && is_ws(*s)) s++;
            *ls = s;
            *le = e;
            return 1;
        }
        from = e;
    }
    return 0;
}

static int is_space_or_eol(int c) { return is_ws(c) || c == '\r' || c == '\n'; }

/* The command named at s (bounce_command_wordings): its words in any case, a run of white
 * space or line ends between them (a wrapped line) read as one space, no letter right after.
 * Absent (n == 0) otherwise. */
static bm_span command_at(const char *s, const char *e)
{
    const bounce_command_words *cw;
    while (s < e && is_space_or_eol(*s)) s++;
    for (cw = bounce_command_wordings; cw->words != NULL; cw++) {
        const char *w = cw->words, *t = s;
        while (*w && t < e) {
            if (*w == ' ' && is_space_or_eol(*t)) {
                while (t < e && is_space_or_eol(*t)) t++;
            } else if (lc((unsigned char)*t) == *w) {
                t++;
            } else {
                break;
            }
            w++;
        }
        if (!*w && (t == e || !is_alnum(*t))) return lit(bounce_command_names[cw->command - 1]);
    }
    return span(s, s);
}

/* The command the recipient's reply answered, where the text says it: Postfix's "(in reply to
 * end of DATA command)" and Exim's "SMTP error from remote mail server after RCPT TO:<a@b>:" in
 * a paragraph that names the recipient, or the ">>> DATA" line before the line of Sendmail's
 * transcript ("<<< 550 ...") that names it. */
static bm_span command_for(const char *p, const char *end, bm_span addr)
{
    const char *s, *e, *from = p;
    int mentions;
    /* the first mentions, and a short paragraph after each: a text that repeats the address
     * on every line costs no more than a few paragraphs */
    for (mentions = 0; mentions < 8 && find_mention(p, from, end, addr, &s, &e); mentions++) {
        const char *q = s, *ls, *le, *k, *window = (size_t)(end - e) > 1024 ? e + 1024 : end;
        bm_span c;
        int lines;
        if (e - s > 3 && memcmp(s, "<<<", 3) == 0 && s > p) {
            const char *pe = s, *ps;
            while (pe > p && (pe[-1] == '\n' || pe[-1] == '\r')) pe--;
            for (ps = pe; ps > p && ps[-1] != '\n' && ps[-1] != '\r'; ps--)
                ;
            if (pe - ps > 3 && memcmp(ps, ">>>", 3) == 0 && (c = command_at(ps + 3, pe)).n) return c;
        }
        for (lines = 0; lines < 16 && next_line(&q, window, &ls, &le) && !blank(ls, le); lines++) {
            if ((k = ifind(ls, le, "in reply to ")) != NULL && (c = command_at(k + 12, window)).n) return c;
            if ((k = ifind(ls, le, "remote mail server after ")) != NULL && (c = command_at(k + 25, window)).n)
                return c;
        }
        from = e;
    }
    return span(p, p);
}

/* The first paragraph after Sendmail's "----- Transcript of session follows -----". */
static int transcript(const char *p, const char *end, const char **ts, const char **te)
{
    const char *q = p, *s, *e;
    int after = 0;
    *ts = *te = NULL;
    while (next_line(&q, end, &s, &e)) {
        if (!after) {
            after = ifind(s, e, "transcript of session follows") != NULL;
        } else if (!blank(s, e) && !separator(s, e)) {
            if (!*ts) *ts = s;
            *te = e;
        } else if (*ts) {
            break;
        }
    }
    return *ts != NULL;
}

/* A report's only recipient without a Diagnostic-Code: the SMTP replies of the text are
 * about it, else the session transcript (where the MTA names the recipient by a local name). */
static void sole_reason(P *ps, bm_recipient *rc)
{
    const char *gs, *ge;
    if (!ps->region.n) return;
    if (reply_group(ps->region.p, ps->region.p + ps->region.n, &gs, &ge) ||
        transcript(ps->region.p, ps->region.p + ps->region.n, &gs, &ge))
        rc->diagnostic = join_lines(ps, gs, ge);
}

static void text_scan(P *ps, const char *p, const char *end)
{
    const char *q = p, *s, *e, *region_end = end;
    const char **bs, **be, **ls;
    unsigned first = ps->r->n_recipients, i;
    size_t max_new;
    const char *rgs, *rge = NULL;
    int have_group;
    block b;
    bm_span self, sender;

    /* the region up to the copy of the original message */
    while (next_line(&q, end, &s, &e)) {
        if (original_marker(s, e)) {
            region_end = s;
            if (!ps->have_original) {
                const char *q2 = q, *s2, *e2, *at = q;
                while (next_line(&q2, end, &s2, &e2) && (blank(s2, e2) || separator(s2, e2)))
                    at = q2;
                if (at < end && field_name(at, end)) orig_scan(ps, at, end);
            }
            break;
        }
    }
    ps->region = span(p, region_end);
    /* the bounce goes back to the sender, whose address the text also names */
    self = value_address(ps->to);
    sender = value_address(ps->r->original.from);
    if (self.n && ps->x_failed.n && ifind_span(ps->x_failed, self)) self.n = 0;
    if (sender.n && ps->x_failed.n && ifind_span(ps->x_failed, sender)) sender.n = 0;
    if (ifind(p, region_end, "final-recipient:")) {
        dsn_scan(ps, p, region_end, SKIP);
        if (ps->r->n_recipients == first + 1 && !ps->c->rc[first].diagnostic.n)
            sole_reason(ps, &ps->c->rc[first]);
        if (ps->r->n_recipients > first) return;
    }

    /* per-recipient source ranges, kept in the arena while the scan runs; every recipient
     * line holds an '@', which bounds how many the region can name */
    {
        size_t slots = 0, need, align;
        const char *x = p;
        while (slots < ps->L.max_recipients && (x = memchr(x, '@', (size_t)(region_end - x))) != NULL) {
            slots++;
            x++;
        }
        if (!slots) return;
        need = 3 * sizeof(char *) * slots;
        align = (sizeof(char *) - ((size_t)(ps->c->arena + ps->aused) % sizeof(char *))) %
                sizeof(char *);
        if (ps->alimit - ps->aused < need + align) {
            ps->r->truncated = 1;
            return;
        }
        ps->aused += align;
        bs = (const char **)(void *)(ps->c->arena + ps->aused);
        ps->aused += need;
        be = bs + slots;
        ls = be + slots;
        memset((void *)bs, 0, need);
        max_new = slots;
    }

    b.rc = -1;
    b.mode = 0;
    b.lines = 0;
    b.s = b.e = NULL;
    q = p;
    while (next_line(&q, region_end, &s, &e)) {
        bm_span a;
        const char *rest;
        int lead, smtp;
        if (blank(s, e) || separator(s, e)) {
            /* "Technical details:" or "The error ... was:" introduces what follows */
            if ((b.mode == 2 || b.mode == 3) && !introduces(b.s, b.e))
                close_block(&b, bs, be);
            continue;
        }
        if (rcpt_line(s, e, &a, &rest, &lead, &smtp) && !same_addr(a, self) &&
            !same_addr(a, sender)) {
            int k = find_rcpt(ps, a, first);
            if (k >= 0 && k - (int)first == b.rc) { /* the current recipient named again */
                if (b.mode == 1) {
                    b.s = s;
                    b.mode = 2;
                } else if (b.mode == 4) {
                    b.mode = 2;
                }
                if (b.mode == 3 && !is_ws(*s)) close_block(&b, bs, be);
                else if (b.mode) b.e = e;
                continue;
            }
            if (b.mode) close_block(&b, bs, be);
            if (k < 0) {
                if ((size_t)(ps->r->n_recipients - first) >= max_new || (k = add_rcpt(ps)) < 0) break;
                ps->c->rc[k].recipient = a;
                ls[k - (int)first] = s;
            }
            b.rc = k - (int)first;
            b.lines = 0;
            while (s < e && is_ws(*s)) s++;
            if (smtp || lead) {
                b.s = s;
                b.e = e;
                b.mode = rest < e ? 3 : 4;
            } else if (rest < e) {
                b.s = rest;
                b.e = e;
                b.mode = 3;
            } else {
                b.s = b.e = NULL;
                b.mode = 1;
            }
            continue;
        }
        if (b.mode && ++b.lines > MAX_BLOCK_LINES) {
            close_block(&b, bs, be);
            continue;
        }
        switch (b.mode) {
        case 1:
            b.s = s;
            b.e = e;
            b.mode = 2;
            break;
        case 4:
            b.e = e;
            b.mode = 2;
            break;
        case 2:
            b.e = e;
            break;
        case 3:
            if (is_ws(*s)) b.e = e;
            else close_block(&b, bs, be);
            break;
        }
    }
    if (b.mode) close_block(&b, bs, be);

    have_group = reply_group(p, region_end, &rgs, &rge);
    for (i = first; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        const char *ds = bs[i - first], *de = be[i - first];
        if (!ds || !has_code(ds, de)) {
            const char *gs, *ge;
            if (i - first < MAX_LINE_SEARCH && line_with_code(p, region_end, rc->recipient, &gs, &ge)) {
                ds = gs;
                de = ge;
            } else if (have_group) {
                ds = rgs;
                de = rge;
            } else if (!ds && ls[i - first]) {
                /* nothing follows the address: the lines before it give the reason; a line
                 * that only introduces the list ("The following recipients ...:") says none,
                 * so the paragraph above it is taken too */
                const char *x = ls[i - first], *top = x;
                int lines = 0, intros = 0;
                while (top > p && lines < MAX_PRECEDING) {
                    const char *y = top - 1, *ys;
                    if (y > p && *y == '\n' && y[-1] == '\r') y--;
                    ys = y;
                    while (ys > p && ys[-1] != '\n' && ys[-1] != '\r') ys--;
                    if (blank(ys, y) || separator(ys, y)) {
                        if (lines) break;
                    } else if (!lines && introduces(ys, y)) {
                        intros++;
                    } else {
                        lines++;
                    }
                    top = ys;
                }
                if (lines || intros) {
                    ds = top;
                    de = x;
                }
            }
        }
        if (ds && de > ds) {
            rc->diagnostic = join_lines(ps, ds, de);
            if (!rc->remote_mta.n) rc->remote_mta = remote_host(rc->diagnostic);
        }
    }
}

/* ---------- Amazon SES notifications (JSON, as SNS delivers them) ---------- */

/* Reads the JSON string at *pp (at its opening quote) into the arena. */
static bm_span json_string(P *ps, const char **pp, const char *end)
{
    const char *p = *pp + 1, *s = p;
    int esc = 0;
    size_t got, n = 0;
    char *o;
    while (p < end && *p != '"') {
        if (*p == '\\') {
            esc = 1;
            p++;
        }
        p++;
    }
    if (p > end) p = end;
    *pp = p < end ? p + 1 : end;
    if (!esc) return span(s, p);
    o = ar_begin(ps, (size_t)(p - s), &got);
    while (s < p && n < got) {
        if (*s != '\\' || s + 1 >= p) {
            o[n++] = *s++;
            continue;
        }
        s++;
        switch (*s) {
        case 'n': o[n++] = '\n'; break;
        case 't': o[n++] = '\t'; break;
        case 'r': o[n++] = '\r'; break;
        case 'u': {
            unsigned v = 0;
            int k;
            for (k = 1; k <= 4 && s + k < p && hexval((unsigned char)s[k]) >= 0; k++)
                v = v * 16 + (unsigned)hexval((unsigned char)s[k]);
            s += k - 1;
            if (v < 0x80) o[n++] = (char)v;
            else if (v < 0x800 && n + 2 <= got) {
                o[n++] = (char)(0xc0 | (v >> 6));
                o[n++] = (char)(0x80 | (v & 0x3f));
            } else if (n + 3 <= got) {
                o[n++] = (char)(0xe0 | (v >> 12));
                o[n++] = (char)(0x80 | ((v >> 6) & 0x3f));
                o[n++] = (char)(0x80 | (v & 0x3f));
            }
            break;
        }
        default: o[n++] = *s; break;
        }
        s++;
    }
    return ar_commit(ps, n);
}

/* The value after "key": in [p,end), or NULL. */
static const char *json_key(const char *p, const char *end, const char *key)
{
    size_t k = strlen(key);
    const char *start = p;
    while ((p = find_cs(p, end, key)) != NULL) {
        const char *x = p + k;
        if (p == start || p[-1] != '"' || x >= end || *x != '"') {
            p += k;
            continue;
        }
        x++;
        while (x < end && (is_ws(*x) || *x == '\r' || *x == '\n')) x++;
        if (x < end && *x == ':') {
            x++;
            while (x < end && (is_ws(*x) || *x == '\r' || *x == '\n')) x++;
            return x;
        }
        p += k;
    }
    return NULL;
}

/* End of the array or object that opens at p. */
static const char *json_close(const char *p, const char *end)
{
    int depth = 0;
    for (; p < end; p++) {
        if (*p == '"') {
            for (p++; p < end && *p != '"'; p++)
                if (*p == '\\') p++;
        } else if (*p == '[' || *p == '{') {
            depth++;
        } else if (*p == ']' || *p == '}') {
            if (--depth == 0) return p + 1;
        }
    }
    return end;
}

static bm_span json_get(P *ps, const char *p, const char *end, const char *key)
{
    const char *v = json_key(p, end, key);
    if (v && v < end && *v == '"') return json_string(ps, &v, end);
    return span(NULL, NULL);
}

static int ses_scan(P *ps, const char *p, const char *end)
{
    const char *v, *arr, *arr_end;
    bm_span type;
    int delivery;
    /* an SNS envelope carries the notification as a JSON string */
    if ((v = json_key(p, end, "Message")) != NULL && v < end && *v == '"') {
        bm_span inner = json_string(ps, &v, end);
        p = inner.p;
        end = inner.p + inner.n;
    }
    type = json_get(ps, p, end, "notificationType");
    if (!type.n) type = json_get(ps, p, end, "eventType");
    if (!type.n) return 0;
    if (ieq(type.p, type.n, "complaint")) {
        if (!(arr = json_key(p, end, "complainedRecipients")) || *arr != '[') return 0;
        arr_end = json_close(arr, end);
        ps->have_arf = 1;
        ps->r->feedback.feedback_type = json_get(ps, p, end, "complaintFeedbackType");
        ps->r->feedback.user_agent = json_get(ps, p, end, "userAgent");
        ps->r->feedback.arrival_date = json_get(ps, p, end, "arrivalDate");
        while ((v = json_key(arr, arr_end, "emailAddress")) != NULL && *v == '"') {
            int k = add_rcpt(ps);
            bm_span a = json_string(ps, &v, arr_end);
            if (k < 0) break;
            ps->c->rc[k].recipient = a;
            if (!ps->r->feedback.original_rcpt_to.n) ps->r->feedback.original_rcpt_to = a;
            arr = v;
        }
        return 1;
    }
    delivery = ieq(type.p, type.n, "delivery");
    if (!delivery && !ieq(type.p, type.n, "bounce")) return 0;
    ps->r->reporting_mta = strip_type(json_get(ps, p, end, "reportingMTA"));
    if (delivery) {
        bm_span resp = json_get(ps, p, end, "smtpResponse");
        const char *d = json_key(p, end, "delivery");
        if (!d || !(arr = json_key(d, end, "recipients")) || *arr != '[') return 0;
        arr_end = json_close(arr, end);
        for (v = arr + 1; v < arr_end; v++) {
            if (*v == '"') {
                int k = add_rcpt(ps);
                bm_span a = json_string(ps, &v, arr_end);
                if (k < 0) break;
                ps->c->rc[k].recipient = a;
                ps->c->rc[k].action = lit("delivered");
                ps->c->rc[k].diagnostic = resp;
                ps->c->rc[k].diagnostic_type = lit("smtp");
                v--;
            }
        }
        return 1;
    }
    if (!(arr = json_key(p, end, "bouncedRecipients")) || *arr != '[') return 0;
    arr_end = json_close(arr, end);
    for (v = arr + 1; v < arr_end; v++) {
        if (*v == '{') {
            const char *oe = json_close(v, arr_end);
            int k = add_rcpt(ps);
            bm_span d;
            if (k < 0) break;
            ps->c->rc[k].recipient = json_get(ps, v, oe, "emailAddress");
            ps->c->rc[k].action = json_get(ps, v, oe, "action");
            ps->c->rc[k].status = json_get(ps, v, oe, "status");
            d = json_get(ps, v, oe, "diagnosticCode");
            if (d.n) {
                const char *semi = memchr(d.p, ';', d.n < 40 ? d.n : 40);
                if (semi) {
                    ps->c->rc[k].diagnostic_type = span(d.p, semi);
                    d = trim(span(semi + 1, d.p + d.n));
                }
            }
            ps->c->rc[k].diagnostic = d;
            v = oe - 1;
        }
    }
    return 1;
}

/* ---------- what kind of message ---------- */

static int bounce_from(bm_span from)
{
    static const char *const words[] = {
        "mailer-daemon", "postmaster", "post_master", "mail delivery", "mail.delivery", "<>", NULL
    };
    return sfind_any(from, words);
}

static int bounce_subject(bm_span s)
{
    static const char *const words[] = {
        "undeliver", "undelivered", "delivery status notification", "failure notice",
        "returned mail", "mail delivery failed", "delivery failure", "non-delivery",
        "nondeliverable", "delivery has failed", "could not be delivered", "delivery notification",
        "mail system error", "failed delivery", "delivery failed", "returning message to sender",
        "failure delivery", NULL
    };
    return sfind_any(s, words);
}

/* Wording of a non-delivery notice, for bounces whose headers do not tell. */
static int bounce_text(bm_span t)
{
    static const char *const words[] = {
        "could not be delivered", "couldn't be delivered", "was not delivered", "undeliverable",
        "delivery has failed", "delivery failed", "delivery to the following recipient",
        "unable to deliver", "permanent error", "not reach the following", NULL
    };
    if (t.n > 4096) t.n = 4096;
    return sfind_any(t, words);
}

static int auto_reply_subject(bm_span s)
{
    static const char *const words[] = {
        "auto reply", "autoreply", "auto-reply", "automatic reply", "auto response",
        "autoresponse", "auto-response", "out of office", "out of the office", "vacation",
        "away from", "away until", "abwesenheit", "abwesend", "automatische antwort",
        "r\xc3\xa9ponse automatique", "reponse automatique", "absence", "respuesta autom",
        "fuera de la oficina", "risposta automatica", "fuori sede", "automatisch antwoord",
        "afwezig", "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82",
        "\xe8\x87\xaa\xe5\x8b\x95\xe5\xbf\x9c\xe7\xad\x94", "\xe8\x87\xaa\xe5\x8a\xa8\xe5\x9b\x9e\xe5\xa4\x8d",
        "\xe4\xb8\x8d\xe5\x9c\xa8", "\xeb\xb6\x80\xec\x9e\xac", NULL
    };
    return sfind_any(s, words);
}

/* Adds the address of a header value as the only recipient. */
static void rcpt_from_value(P *ps, bm_span v)
{
    bm_span a;
    int br, k;
    if (v.n && find_address(v.p, v.p + v.n, &a, &br) && (k = add_rcpt(ps)) >= 0)
        ps->c->rc[k].recipient = a;
}

/* Addresses of a list such as X-Failed-Recipients: a@b, c@d */
static void rcpts_from_list(P *ps, bm_span v)
{
    const char *p = v.p, *e;
    bm_span a;
    int br, k;
    if (!v.n) return;
    e = v.p + v.n;
    while (p < e && find_address(p, e, &a, &br)) {
        if (find_rcpt(ps, a, 0) < 0 && (k = add_rcpt(ps)) >= 0) ps->c->rc[k].recipient = a;
        p = a.p + a.n;
    }
}

static int single_address(bm_span v)
{
    bm_span a;
    int br;
    return v.n && find_address(v.p, v.p + v.n, &a, &br) && !memchr(a.p + a.n, '@', (size_t)(v.p + v.n - a.p - a.n));
}

/* The human-readable parts: an Amazon SES notification, or (when the message looks like a
 * bounce) the text an MTA writes about each recipient. */
/* Text of an HTML part: tags dropped (block ends become line ends), common entities decoded. */
static bm_span html_text(P *ps, bm_span h)
{
    static const char *const blocks[] = { "br", "p", "/p", "div", "/div", "tr", "/tr", "li", "/li",
                                          "h1", "h2", "h3", "/h1", "/h2", "/h3", "table", "/table",
                                          NULL };
    static const char *const ents[][2] = { { "&lt;", "<" }, { "&gt;", ">" }, { "&amp;", "&" },
                                           { "&nbsp;", " " }, { "&quot;", "\"" }, { "&#39;", "'" } };
    const char *p = h.p, *e = h.p + h.n;
    size_t got, n = 0;
    char *o = ar_begin(ps, h.n, &got);
    while (p < e && n < got) {
        if (*p == '<') {
            const char *t = p + 1, *k = memchr(p, '>', (size_t)(e - p));
            int i;
            if (!k) break;
            for (i = 0; blocks[i]; i++) {
                size_t bl = strlen(blocks[i]);
                if (istarts(t, (size_t)(k - t), blocks[i]) && (t + bl == k || !is_alnum(t[bl]))) {
                    o[n++] = '\n';
                    break;
                }
            }
            if (istarts(t, (size_t)(k - t), "style") || istarts(t, (size_t)(k - t), "script")) {
                const char *close = ifind(k, e, "</");
                if (close) k = memchr(close, '>', (size_t)(e - close));
                if (!k) break;
            }
            p = k + 1;
            continue;
        }
        if (*p == '&') {
            size_t i;
            for (i = 0; i < sizeof ents / sizeof ents[0]; i++) {
                size_t el = strlen(ents[i][0]);
                if (istarts(p, (size_t)(e - p), ents[i][0])) {
                    o[n++] = ents[i][1][0];
                    p += el;
                    break;
                }
            }
            if (i < sizeof ents / sizeof ents[0]) continue;
        }
        o[n++] = *p++;
    }
    return ar_commit(ps, n);
}

static void notices_scan(P *ps, int bounce)
{
    unsigned i;
    int texts = 0;
    for (i = 0; i < ps->n_notes; i++)
        if (!ps->notes[i].html) texts++;
    for (i = 0; i < ps->n_notes; i++) {
        notice *n = &ps->notes[i];
        bm_span t;
        if (n->html && texts) continue;
        t = body_text(ps, n->p, n->end, n->cte, ps->L.max_text);
        if (n->html) t = html_text(ps, t);
        if (i > 0 && ps->r->n_recipients) {
            /* a later text part that is a header block is the original message's headers */
            if (!ps->have_original && field_name(t.p, t.p + t.n)) orig_scan(ps, t.p, t.p + t.n);
            continue;
        }
        if (find_cs(t.p, t.p + t.n, "notificationType") && ses_scan(ps, t.p, t.p + t.n)) return;
        if (bounce || bounce_text(t)) text_scan(ps, t.p, t.p + t.n);
    }
}

static const notice *main_notice(P *ps)
{
    unsigned i;
    for (i = 0; i < ps->n_notes; i++)
        if (!ps->notes[i].html) return &ps->notes[i];
    return ps->n_notes ? &ps->notes[0] : NULL;
}

/* Whether a report recipient still needs a reason: no Diagnostic-Code, or one that is only an
 * exit code ("X-Unix; 77") and says nothing a reader or a rule can use. */
static int lacks_reason(const bm_recipient *rc)
{
    size_t i;
    for (i = 0; i < rc->diagnostic.n; i++)
        if (!is_digit(rc->diagnostic.p[i])) return 0;
    return 1;
}

/* Report recipients without a Diagnostic-Code take the reason the human-readable part gives
 * for the same address (or for the only recipient when both name one). */
static void supplement(P *ps)
{
    bm_result *r = ps->r;
    unsigned n = r->n_recipients, i, j;
    const notice *no = main_notice(ps);
    bm_span t;
    for (i = 0; i < n; i++)
        if (lacks_reason(&ps->c->rc[i])) break;
    if (i == n || !no) return;
    t = body_text(ps, no->p, no->end, no->cte, ps->L.max_text);
    if (no->html) t = html_text(ps, t);
    text_scan(ps, t.p, t.p + t.n);
    for (i = 0; i < n; i++) {
        bm_recipient *a = &ps->c->rc[i];
        if (!lacks_reason(a)) continue;
        for (j = n; j < r->n_recipients; j++) {
            bm_recipient *b = &ps->c->rc[j];
            if (same_addr(a->recipient, b->recipient) || same_addr(a->original_recipient, b->recipient) ||
                (n == 1 && r->n_recipients == 2))
                break;
        }
        if (j < r->n_recipients && ps->c->rc[j].diagnostic.n) {
            a->diagnostic = ps->c->rc[j].diagnostic;
            if (!a->remote_mta.n) a->remote_mta = ps->c->rc[j].remote_mta;
        } else if (n == 1) {
            sole_reason(ps, a);
        }
    }
    r->n_recipients = n;
}

/* A gateway's notice that names a recipient without a reply, enclosing the report of the MTA
 * that met the refusal: the reply of that report's session transcript ("<<< 550 5.1.1 <a@b>...
 * Invalid recipient") is the reason. */
static void enclosed_replies(P *ps)
{
    const char *p = ps->enclosed.p;
    const char *end = p + (ps->enclosed.n < ps->L.max_text ? ps->enclosed.n : ps->L.max_text);
    unsigned i;
    for (i = 0; i < ps->r->n_recipients && i < MAX_LINE_SEARCH; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        const char *s, *e;
        if (rc->diagnostic.n && has_code(rc->diagnostic.p, rc->diagnostic.p + rc->diagnostic.n)) continue;
        if (!line_with_code(p, end, rc->recipient, &s, &e)) continue;
        if (e - s > 3 && memcmp(s, "<<<", 3) == 0) s += 3;
        while (s < e && is_ws(*s)) s++;
        if (reply_code_at(s, e)) rc->diagnostic = join_lines(ps, s, e);
    }
}

/* A mailing list's refusal of a post from someone not subscribed (fml: "You are not a member
 * of this mailing list <list@example.org>."): the list named there is the recipient. */
static void list_refusal(P *ps)
{
    const notice *no = main_notice(ps);
    const char *q, *s, *e;
    bm_span t;
    if (!no) return;
    t = body_text(ps, no->p, no->end, no->cte, ps->L.max_text);
    if (no->html) t = html_text(ps, t);
    q = t.p;
    while (next_line(&q, t.p + t.n, &s, &e)) {
        bm_span a;
        int br, k;
        if ((ifind(s, e, "not a member") || ifind(s, e, "not member")) && find_address(s, e, &a, &br)) {
            if ((k = add_rcpt(ps)) >= 0) {
                ps->c->rc[k].recipient = a;
                ps->c->rc[k].diagnostic = trim(span(s, e));
            }
            return;
        }
    }
}

/* Each recipient's SMTP command, from the human-readable text: the part a text scan read (up to
 * the copy of the original message), else the main notice. */
static void smtp_commands_of(P *ps)
{
    bm_span t = ps->region;
    unsigned i;
    if (!t.n) {
        const notice *no = main_notice(ps);
        if (!no || no->html) return;
        t = body_text(ps, no->p, no->end, no->cte, ps->L.max_text);
    }
    for (i = 0; i < ps->r->n_recipients && i < MAX_LINE_SEARCH; i++)
        ps->c->rc[i].smtp_command = command_for(t.p, t.p + t.n, ps->c->rc[i].recipient);
}

/* Recipients that nothing else gives a reason for take the Status field's comment. */
static void comment_reasons(P *ps)
{
    unsigned i;
    for (i = 0; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        if (!rc->diagnostic.n) rc->diagnostic = rc->status_comment;
    }
}

/* The reason for recipients known only from headers (X-Failed-Recipients, the original To):
 * a reply that names them or any reply, else the text after the first line that introduces
 * something (ends with ':'), else the whole text. */
static void fallback_reason(P *ps)
{
    const char *p = ps->region.p, *end, *q = p, *s, *e, *gs, *ge, *rgs, *rge;
    bm_span text;
    unsigned i;
    if (!ps->region.n) return;
    end = p + ps->region.n;
    if (!reply_group(p, end, &rgs, &rge)) {
        rgs = p;
        while (next_line(&q, end, &s, &e)) {
            if (introduces(s, e)) {
                rgs = q;
                break;
            }
        }
        rge = end;
    }
    text = join_lines(ps, rgs, rge);
    for (i = 0; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        if (i < MAX_LINE_SEARCH && line_with_code(p, end, rc->recipient, &gs, &ge))
            rc->diagnostic = join_lines(ps, gs, ge);
        else
            rc->diagnostic = text;
    }
}

/* Drops recipients without an address; Original-Recipient stands in for a missing final one. */
static void compact(P *ps)
{
    unsigned i, o = 0;
    bm_recipient *rc = ps->c->rc;
    for (i = 0; i < ps->r->n_recipients; i++) {
        if (!rc[i].recipient.n) rc[i].recipient = rc[i].original_recipient;
        if (!rc[i].recipient.n) continue;
        if (o != i) rc[o] = rc[i];
        o++;
    }
    ps->r->n_recipients = o;
}

void bm_limits_default(bm_limits *lim)
{
    lim->max_input = 16u << 20;
    lim->max_header_line = 8u << 10;
    lim->max_decoded = 4u << 20;
    lim->max_text = 64u << 10;
    lim->max_diagnostic = 2u << 10;
    lim->max_headers = 256;
    lim->max_parts = 256;
    lim->max_depth = 32;
    lim->max_recipients = 1000;
    lim->max_x_headers = 64;
}

bm_ctx *bm_ctx_new(void)
{
    return calloc(1, sizeof(bm_ctx));
}

void bm_ctx_free(bm_ctx *ctx)
{
    if (!ctx) return;
    free(ctx->arena);
    free(ctx->rc);
    free(ctx->xh);
    free(ctx);
}

const bm_result *bm_parse(bm_ctx *ctx, const char *msg, size_t len, const bm_limits *lim)
{
    P ps;
    bm_result *r;
    size_t need;
    if (!ctx) return NULL;
    memset(&ps, 0, sizeof ps);
    if (lim) ps.L = *lim;
    else bm_limits_default(&ps.L);
    if (ps.L.max_recipients < 1) ps.L.max_recipients = 1;
    if (ps.L.max_depth > MAX_DEPTH) ps.L.max_depth = MAX_DEPTH; /* the walk recurses per level */
    r = &ctx->res;
    memset(r, 0, sizeof *r);
    r->recipients = ctx->rc;
    r->original.x_headers = ctx->xh;
    ps.c = ctx;
    ps.r = r;
    if (!msg) len = 0;
    if (len > ps.L.max_input) {
        len = ps.L.max_input;
        r->truncated = 1;
    }
    /* decoded text never outgrows its source; twice the input covers nested decoding */
    need = len * 2 + 65536;
    if (need > ps.L.max_decoded) need = ps.L.max_decoded;
    if (ctx->arena_cap < need) {
        char *a = malloc(need);
        if (a) {
            free(ctx->arena);
            ctx->arena = a;
            ctx->arena_cap = need;
        }
    }
    ps.alimit = ctx->arena_cap < need ? ctx->arena_cap : need;
    if (!msg) return r;

    walk_entity(&ps, msg, msg + len, 0, 1);

    if (r->n_recipients && !ps.have_arf) {
        r->kind = BM_DSN;
        supplement(&ps);
    } else if (ps.have_arf) {
        r->kind = BM_ARF;
        if (!r->n_recipients) rcpt_from_value(&ps, r->original.to);
    } else if (ps.apple_unsubscribe.n && istarts(ps.apple_unsubscribe.p, ps.apple_unsubscribe.n, "true")) {
        /* Apple Mail's unsubscribe request: the sender of it is the recipient who opts out */
        r->kind = BM_ARF;
        r->feedback.feedback_type = lit("opt-out");
        rcpt_from_value(&ps, r->from);
    } else if (ps.jmrp_rcpt.n && !ps.n_notes) {
        /* Microsoft's complaint notice (JMRP) encloses the message with its original recipient */
        int k = add_rcpt(&ps);
        r->kind = BM_ARF;
        r->feedback.feedback_type = lit("abuse");
        r->feedback.original_rcpt_to = ps.jmrp_rcpt;
        if (k >= 0) r->recipients[k].recipient = ps.jmrp_rcpt;
    } else {
        int autor = ps.x_autoreply || istarts(ps.auto_submitted.p, ps.auto_submitted.n, "auto-replied") ||
                    ieq(ps.precedence.p, ps.precedence.n, "auto_reply") || auto_reply_subject(r->subject);
        int bounce = ps.multipart_report || ps.x_failed.n || bounce_from(r->from) ||
                     bounce_subject(r->subject);
        if (autor && !bounce) {
            r->kind = BM_AUTO_REPLY;
            rcpt_from_value(&ps, r->from);
        } else {
            notices_scan(&ps, bounce);
            if (ps.enclosed.n) {
                /* a gateway that wraps another MTA's report in a notice of its own */
                if (r->n_recipients) enclosed_replies(&ps);
                else if (bounce) walk_entity(&ps, ps.enclosed.p, ps.enclosed.p + ps.enclosed.n, 1, 0);
            }
            if (!r->n_recipients && ps.list_manager) list_refusal(&ps);
            if (!r->n_recipients) {
                if (ps.x_failed.n) rcpts_from_list(&ps, ps.x_failed);
                else if (bounce && single_address(r->original.to)) rcpt_from_value(&ps, r->original.to);
                fallback_reason(&ps);
            }
            if (r->n_recipients) {
                r->kind = ps.have_arf ? BM_ARF : BM_DSN;
                if (sfind(r->subject, "delay")) { /* a warning: delivery is still being tried */
                    unsigned i;
                    for (i = 0; i < r->n_recipients; i++)
                        if (!r->recipients[i].action.n)
                            r->recipients[i].action = lit("delayed");
                }
            } else if (autor) {
                r->kind = BM_AUTO_REPLY;
                rcpt_from_value(&ps, r->from);
            }
        }
    }
    if (r->kind == BM_DSN) smtp_commands_of(&ps);
    comment_reasons(&ps);
    compact(&ps);
    if (r->kind == BM_DSN && !r->n_recipients) r->kind = BM_UNKNOWN;
    return r;
}
