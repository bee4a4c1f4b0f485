/* MIME structure of a bounce message: the header block of each entity, multiparts, transfer
 * encodings, header values unfolded and their RFC 2047 encoded words decoded, the text of HTML
 * parts. Each part goes to the scan its type calls for (report.c) or is kept as a notice for the
 * text scan (textbounce.c). */
#include "scan.h"

#include <string.h>

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
bm_span bm_body_text(P *ps, const char *p, const char *end, cte_t cte, size_t max)
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
        o = bm_ar_begin(ps, out < max ? out : max, &got);
    }
    if (cte == CTE_BASE64) got = b64_decode(p, n, o, got);
    else got = qp_decode(p, n, o, got);
    return bm_ar_commit(ps, got);
}

/* ---------- header values: unfolding and RFC 2047 encoded words ---------- */

/* The value being written. Encoded words are decoded into run first, one run of adjacent words
 * in one charset at a time, and converted to UTF-8 together when the run ends: a character may
 * be split over two words, as mailers split UTF-8 or ISO-2022-JP text. */
#define WORD_RUN 1024

typedef struct wbuf {
    P *ps;
    char *p;
    size_t n, cap;
    char run[WORD_RUN];
    size_t run_n;
    bm_span run_cs;
} wbuf;

/* Ends the run of encoded words: its bytes, as UTF-8, go to the value. */
static void run_flush(wbuf *w)
{
    if (!w->run_n) return;
    if (bm_charset_needed(w->run_cs, w->run, w->run_n)) {
        w->n += bm_to_utf8(w->ps, w->run_cs, w->run, w->run_n, w->p + w->n, w->cap - w->n);
    } else {
        size_t k = w->run_n < w->cap - w->n ? w->run_n : w->cap - w->n;
        memcpy(w->p + w->n, w->run, k);
        w->n += k;
    }
    w->run_n = 0;
}

static void wput(wbuf *w, int c)
{
    if (w->run_n) run_flush(w);
    if (w->n < w->cap) w->p[w->n++] = (char)c;
}

/* A decoded byte of the current encoded word (run_start set its charset). */
static void run_put(wbuf *w, int c)
{
    if (w->run_n == WORD_RUN) run_flush(w);
    w->run[w->run_n++] = (char)c;
}

/* An encoded word in charset cs begins: a run in another charset ends. */
static void run_start(wbuf *w, bm_span cs)
{
    if (w->run_n && !same_addr(cs, w->run_cs)) run_flush(w);
    w->run_cs = cs;
}

/* Where the encoded text of a word stops: at the first "?=", white space or line end, or at
 * e - 1. A word that never closes would otherwise make every later "=?" rescan the rest of the
 * value (quadratic in a long header), so the stop found last is kept: words are tried left to
 * right, and a later word whose text starts before that stop ends there too. */
typedef struct word_stop {
    const char *from, *at; /* [from, at) holds no stop; NULL before the first search */
} word_stop;

static int stops_text(const char *x, const char *e)
{
    return x + 1 >= e || (x[0] == '?' && x[1] == '=') || is_ws(*x) || *x == '\r' || *x == '\n';
}

static const char *text_stop(word_stop *ws, const char *t, const char *e)
{
    const char *x = t;
    if (ws->from && t >= ws->from && t <= ws->at) return ws->at;
    while (!stops_text(x, e)) x++;
    ws->from = t;
    ws->at = x;
    return x;
}

/* Decodes the encoded word at s (=?cs?X?text?=) into w; returns its length, 0 if s holds none
 * (then nothing was written). */
static size_t encoded_word(const char *s, const char *e, wbuf *w, word_stop *stop)
{
    const char *q = s + 2, *t, *te;
    bm_span cs;
    int enc;
    while (q < e && *q != '?' && !is_ws(*q) && q - s < 66) q++;
    if (q >= e || *q != '?' || q == s + 2 || q + 3 >= e || q[2] != '?') return 0;
    enc = lc((unsigned char)q[1]);
    if (enc != 'b' && enc != 'q') return 0;
    t = q + 3;
    te = text_stop(stop, t, e);
    if (te + 1 >= e || te[0] != '?' || te[1] != '=') return 0;
    cs = span(s + 2, q);
    run_start(w, cs);
    if (enc == 'b') {
        char tmp[48];
        size_t i = 0;
        while (i < (size_t)(te - t)) {
            size_t chunk = (size_t)(te - t) - i, k, got;
            if (chunk > 64) chunk = 64;
            got = b64_decode(t + i, chunk, tmp, sizeof tmp);
            for (k = 0; k < got; k++) run_put(w, (unsigned char)tmp[k]);
            i += chunk;
        }
    } else {
        const char *x = t;
        while (x < te) {
            int h, l;
            if (*x == '_') {
                run_put(w, ' ');
                x++;
            } else if (*x == '=' && x + 2 < te + 1 && (h = hexval((unsigned char)x[1])) >= 0 &&
                       (l = hexval((unsigned char)x[2])) >= 0) {
                run_put(w, h * 16 + l);
                x += 3;
            } else {
                run_put(w, (unsigned char)*x);
                x++;
            }
        }
    }
    return (size_t)(te + 2 - s);
}

/* A field value unfolded (line breaks and the white space after them become one space),
 * trimmed, encoded words decoded; copied into the arena only when it has to change. Only a
 * value of more than one line (hiter.folded) can hold a line break. */
bm_span bm_clean_value(P *ps, bm_span raw, int multiline, int words)
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
        /* a byte of base64 text decodes to 3/4 of a byte, which is at most 3 bytes of UTF-8 */
        size_t want = raw.n * 3 < ps->L.max_header_line ? raw.n * 3 : ps->L.max_header_line;
        w.ps = ps;
        w.p = bm_ar_begin(ps, want, &w.cap);
        w.n = 0;
        w.run_n = 0;
    }
    {
        const char *x = s;
        int after_word = 0; /* nothing but white space was written since an encoded word */
        word_stop stop = { NULL, NULL };
        while (x < e && w.n < w.cap) {
            size_t used;
            if (*x == '\r' || *x == '\n' || is_ws(*x)) {
                const char *y = x, *z;
                int folded = 0;
                while (y < e && (*y == '\r' || *y == '\n' || is_ws(*y))) y++;
                /* white space between two encoded words is dropped */
                if (words && after_word && y + 1 < e && y[0] == '=' && y[1] == '?' &&
                    (used = encoded_word(y, e, &w, &stop)) != 0) {
                    x = y + used;
                    continue;
                }
                for (z = x; z < y; z++)
                    if (*z == '\r' || *z == '\n') folded = 1;
                if (folded) wput(&w, ' ');
                else
                    for (z = x; z < y; z++) wput(&w, *z);
                x = y;
                after_word = 0;
                continue;
            }
            if (words && *x == '=' && x + 1 < e && x[1] == '?' && (used = encoded_word(x, e, &w, &stop)) != 0) {
                x += used;
                after_word = 1;
                continue;
            }
            wput(&w, *x++);
            after_word = 0;
        }
        run_flush(&w);
        if (x < e) ps->r->truncated = 1;
    }
    /* do not end inside a UTF-8 sequence when truncated */
    if (w.n == w.cap && w.n) {
        size_t k = w.n;
        while (k > 0 && ((unsigned char)w.p[k - 1] & 0xc0) == 0x80) k--;
        if (k > 0 && ((unsigned char)w.p[k - 1] & 0xc0) == 0xc0) w.n = k - 1;
    }
    return bm_ar_commit(ps, w.n);
}

/* ---------- Content-Type ---------- */

typedef struct ctype {
    bm_span type;     /* "type/subtype" */
    bm_span boundary;
    bm_span charset;
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
        else if (ieq(n, (size_t)(ne - n), "charset")) ct->charset = span(v, ve);
        else if (ieq(n, (size_t)(ne - n), "filename") || ieq(n, (size_t)(ne - n), "name") ||
                 ieq(n, (size_t)(ne - n), "filename*"))
            ct->attachment = 1;
    }
}

static int type_is(bm_span t, const char *lit) { return ieq(t.p, t.n, lit); }

/* ---------- MIME structure ---------- */

static void add_notice(P *ps, const char *p, const char *end, cte_t cte, int html, bm_span charset)
{
    notice *n;
    if (ps->n_notes >= MAX_NOTICES) return;
    n = &ps->notes[ps->n_notes++];
    n->p = p;
    n->end = end;
    n->cte = cte;
    n->html = html;
    n->charset = charset;
    n->have_text = 0;
}

/* The first plain-text notice (else the first HTML one): the part that says what the message is. */
notice *bm_main_notice(P *ps)
{
    unsigned i;
    for (i = 0; i < ps->n_notes; i++)
        if (!ps->notes[i].html) return &ps->notes[i];
    return ps->n_notes ? &ps->notes[0] : NULL;
}

/* A notice's text: transfer encoding undone, in UTF-8, HTML tags dropped; max_text of it.
 * Decoded once a parse, however many scans read it. */
bm_span bm_notice_text(P *ps, notice *n)
{
    if (!n->have_text) {
        bm_span t = bm_body_text(ps, n->p, n->end, n->cte, ps->L.max_text);
        t = bm_text_utf8(ps, n->charset, t);
        n->text = n->html ? bm_html_text(ps, t) : t;
        n->have_text = 1;
    }
    return n->text;
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
            bm_walk_entity(ps, part, pe, depth + 1, 0);
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
        bm_walk_entity(ps, part, end, depth + 1, 0);
    } else if (!found) {
        add_notice(ps, p, end, CTE_OTHER, 0, span(NULL, NULL));
    }
}

void bm_walk_entity(P *ps, const char *p, const char *end, unsigned depth, int top)
{
    hiter it;
    bm_span name, raw, ctraw = {NULL, 0}, cteraw = {NULL, 0}, dispraw = {NULL, 0};
    ctype ct;
    cte_t cte;
    unsigned fields = 0;
    const char *body;
    memset(&ct, 0, sizeof ct);
    bm_hinit(&it, p, end, STRICT);
    while (bm_hnext(&it, &name, &raw)) {
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
                ps->r->from = bm_clean_value(ps, raw, it.folded, 1);
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
                ps->r->subject = bm_clean_value(ps, raw, it.folded, 1);
            break;
        case 't':
            if (ieq(name.p, name.n, "to") && !ps->to.n) ps->to = bm_clean_value(ps, raw, it.folded, 1);
            break;
        case 'x':
            if (ieq(name.p, name.n, "x-failed-recipients")) {
                if (!ps->x_failed.n) ps->x_failed = bm_clean_value(ps, raw, it.folded, 0);
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
            add_notice(ps, body, end, cte, 0, ct.charset);
        } else if (depth >= ps->L.max_depth) {
            ps->r->truncated = 1;
        } else {
            walk_multipart(ps, body, end, ct.boundary, depth);
        }
    } else if (type_is(ct.type, "message/delivery-status") ||
               type_is(ct.type, "message/global-delivery-status") ||
               type_is(ct.type, "text/delivery-status")) {
        bm_span t = bm_body_text(ps, body, end, cte, ps->L.max_input);
        /* a part so labelled that holds the human-readable text instead */
        if (!bm_dsn_scan(ps, t.p, t.p + t.n, CONTINUE) && trim(t).n) add_notice(ps, body, end, cte, 0, ct.charset);
    } else if (type_is(ct.type, "message/disposition-notification") ||
               type_is(ct.type, "message/global-disposition-notification")) {
        bm_span t = bm_body_text(ps, body, end, cte, ps->L.max_text);
        bm_mdn_scan(ps, t.p, t.p + t.n);
    } else if (type_is(ct.type, "message/feedback-report")) {
        bm_span t = bm_body_text(ps, body, end, cte, ps->L.max_text);
        bm_arf_scan(ps, t.p, t.p + t.n);
    } else if (type_is(ct.type, "message/rfc822") || type_is(ct.type, "message/global") ||
               type_is(ct.type, "text/rfc822-headers") ||
               type_is(ct.type, "message/rfc822-headers") ||
               type_is(ct.type, "message/global-headers")) {
        if (!ps->have_original) {
            bm_span t = bm_body_text(ps, body, end, cte, ps->L.max_input);
            if (!ps->enclosed.n) ps->enclosed = t;
            bm_orig_scan(ps, t.p, t.p + t.n);
        }
    } else if (!ct.type.n || type_is(ct.type, "text/plain")) {
        add_notice(ps, body, end, cte, 0, ct.charset);
    } else if (type_is(ct.type, "text/html") && !ct.attachment) {
        add_notice(ps, body, end, cte, 1, ct.charset);
    }
}

/* Text of an HTML part: tags dropped (block ends become line ends), common entities decoded. */
bm_span bm_html_text(P *ps, bm_span h)
{
    static const char *const blocks[] = { "br", "p", "/p", "div", "/div", "tr", "/tr", "li", "/li",
                                          "h1", "h2", "h3", "/h1", "/h2", "/h3", "table", "/table",
                                          NULL };
    static const char *const ents[][2] = { { "&lt;", "<" }, { "&gt;", ">" }, { "&amp;", "&" },
                                           { "&nbsp;", " " }, { "&quot;", "\"" }, { "&#39;", "'" } };
    const char *p = h.p, *e = h.p + h.n;
    size_t got, n = 0;
    char *o = bm_ar_begin(ps, h.n, &got);
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
                const char *close = bm_ifind(k, e, "</");
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
    return bm_ar_commit(ps, n);
}
