/* MTAs' plain-text bounces (Postfix, Exim, Sendmail, qmail, Exchange ...): which lines name a
 * recipient, the reason given for each, the SMTP command each reply answered, and the reasons
 * the text adds to a report's recipients. */
#include "scan.h"

#include <string.h>

#include "reply.h"

#define MAX_BLOCK_LINES 40 /* lines of text taken as one recipient's reason */
#define MAX_PRECEDING 3    /* lines before a recipient line used when nothing follows it */
#define MAX_LINE_SEARCH 64 /* recipients whose address is looked up again in the whole text */

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

/* A separator with no words in it ("-----", "=====") rather than a heading written as one
 * ("----- Non-delivered information -----"). */
static int plain_rule(const char *s, const char *e)
{
    if (!separator(s, e)) return 0;
    for (; s < e; s++)
        if (!is_ws(*s) && !in_set(*s, "-=*_#|")) return 0;
    return 1;
}

/* A line after which an MTA appends the message it could not deliver. */
static int original_marker(const char *s, const char *e)
{
    static const char *const starts[] = {
        "original message", "original mail", "returned message", "unsent message",
        "undelivered message", "message headers follow", "message text follows",
        "the header of the original", "headers of the original", "this is a copy of",
        "below this line is a copy", "enclosed is a copy", "below is a copy",
        "included is a copy", "a copy of the original",
        /* GroupWise's Internet agent */
        "possibly truncated original message", NULL
    };
    int i;
    while (s < e && (is_ws(*s) || in_set(*s, "-=*_|"))) s++;
    while (e > s && (is_ws(e[-1]) || in_set(e[-1], "-=*_|"))) e--;
    if (e - s > 100 || e == s) return 0;
    {
        size_t nl = bm_field_name(s, e);
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

static const char *const rcpt_lead_ends[] = {
    "to:", " to", "recipient:", "recipients:", "recipient(s):", "address:", "addresses:",
    "address(es):", "userid:", "user:", "failed:", "errors:", NULL
};

/* Words before a colon that say why the address after it failed: "Unknown user: a@b",
 * "Delivery failed 10 attempts: a@b" (IMail), "Mailbox full: a@b". */
static int failure_lead(const char *s, const char *e)
{
    static const char *const words[] = {
        "unknown", "fail", "invalid", "no such", "not found", "undeliver", "unable", "could not",
        "couldn't", "rejected", "refused", "full", "quota", "denied", "error", "disabled",
        "not exist", "n't exist", "unavailable", NULL
    };
    while (e > s && is_ws(e[-1])) e--;
    return e > s && e[-1] == ':' && e - s <= 80 && bm_sfind_any(span(s, e), words);
}

/* Whether a line names a recipient. *addr is the address, *rest what follows it, *lead whether
 * words stand before it, *smtp whether the line is an MTA's "550 <a@b>... reason". */
static int rcpt_line(const char *s, const char *e, bm_span *addr, const char **rest, int *lead,
                     int *smtp)
{
    const char *t = s, *pe, *post;
    int br, i;
    if (!memchr(s, '@', (size_t)(e - s))) return 0;
    while (t < e && is_ws(*t)) t++;
    if (e - t >= 2 && t[0] == '>' && t[1] != '>') return 0; /* a quoted line ("> a@b wrote:") */
    while (t < e && (is_ws(*t) || *t == '*' || *t == '-' || *t == '>' || *t == '|')) t++;
    if (!bm_find_address(t, e, addr, &br)) return 0;
    /* CommuniGate Pro puts the address in single quotes ("Failed to deliver to 'a@b'"), where
     * the quote would read as the local part's first character */
    if (!br && addr->n > 1 && addr->p[0] == '\'' && addr->p + addr->n < e && addr->p[addr->n] == '\'') {
        addr->p++;
        addr->n--;
    }
    pe = addr->p - (br ? 1 : 0);
    post = addr->p + addr->n + (br ? 1 : 0);
    if (pe > t && (pe[-1] == '"' || pe[-1] == '\'') && post < e && *post == pe[-1]) { /* "a@b":, '<a@b>' */
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
            if (ieq(t, n, "to:") || ieq(t, n, "cc:") || bm_ifind(t, pe, "://")) return 0;
            for (i = 0; rcpt_lead_ends[i]; i++)
                if (sends(t, n, rcpt_lead_ends[i])) break;
            if (!rcpt_lead_ends[i] && !failure_lead(t, pe)) return 0;
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
                  (bm_find_address(post, k + 1, &a2, &b2) && same_addr(a2, *addr)))) {
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
    char *o = bm_ar_begin(ps, (size_t)(e - s) < ps->L.max_diagnostic ? (size_t)(e - s)
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
    return bm_ar_commit(ps, n);
}

/* "host mx.example.com [192.0.2.1]" or "mx.example.com[192.0.2.1] said" in a reason. */
static bm_span remote_host(bm_span d)
{
    const char *p = d.p, *e, *h;
    if (!d.n) return d;
    e = d.p + d.n;
    while ((h = bm_ifind(p, e, "host ")) != NULL) {
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
    int gap;          /* a blank line came while waiting for the first line */
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
    while (bm_next_line(&q, end, &s, &e)) {
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

/* A line that names the domain d as a word of its own (not inside a longer name) and carries a
 * reply code. */
static int line_naming_domain(const char *p, const char *end, bm_span d, const char **ls, const char **le)
{
    const char *x;
    for (x = p; x + d.n <= end; x++) {
        const char *s, *e;
        if ((x > p && (domain_char((unsigned char)x[-1]) || x[-1] == '@')) ||
            (x + d.n < end && domain_char((unsigned char)x[d.n]) && x[d.n] != '.') ||
            !same_addr(span(x, x + d.n), d))
            continue;
        for (s = x; s > p && s[-1] != '\n' && s[-1] != '\r'; s--)
            ;
        for (e = x; e < end && *e != '\n' && *e != '\r'; e++)
            ;
        if (has_code(s, e)) {
            while (s < e && is_ws(*s)) s++;
            *ls = s;
            *le = e;
            return 1;
        }
        x = e;
    }
    return 0;
}

/* The domain of recipient i, where no other recipient of this scan (from first on) has it. */
static bm_span own_domain(P *ps, unsigned first, unsigned i)
{
    bm_span a = ps->c->rc[i].recipient, d;
    const char *at = a.n ? memchr(a.p, '@', a.n) : NULL;
    unsigned k;
    if (!at || at + 1 >= a.p + a.n) return span(NULL, NULL);
    d = span(at + 1, a.p + a.n);
    for (k = first; k < ps->r->n_recipients; k++) {
        bm_span b = ps->c->rc[k].recipient;
        const char *bt = (k != i && b.n) ? memchr(b.p, '@', b.n) : NULL;
        if (bt && same_addr(span(bt + 1, b.p + b.n), d)) return span(NULL, NULL);
    }
    return d;
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
        for (lines = 0; lines < 16 && bm_next_line(&q, window, &ls, &le) && !blank(ls, le); lines++) {
            if ((k = bm_ifind(ls, le, "in reply to ")) != NULL && (c = command_at(k + 12, window)).n) return c;
            if ((k = bm_ifind(ls, le, "remote mail server after ")) != NULL && (c = command_at(k + 25, window)).n)
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
    while (bm_next_line(&q, end, &s, &e)) {
        if (!after) {
            after = bm_ifind(s, e, "transcript of session follows") != NULL;
        } else if (!blank(s, e) && !separator(s, e)) {
            if (!*ts) *ts = s;
            *te = e;
        } else if (*ts) {
            break;
        }
    }
    return *ts != NULL;
}

/* Whether a line is a header field that holds message identifiers, not addresses. */
static int id_field_line(const char *s, const char *e)
{
    static const char *const names[] = { "message-id:", "in-reply-to:", "references:", "content-id:", NULL };
    size_t i;
    for (i = 0; names[i]; i++)
        if (istarts(s, (size_t)(e - s), names[i])) return 1;
    return 0;
}

/* Sendmail's "(expanded from: <a@b>)" under an address an alias led to: a@b is the address the
 * sender used, as a report's Original-Recipient would give it. */
static void expanded_from(bm_recipient *rc, const char *s, const char *e)
{
    const char *x = bm_ifind(s, e, "expanded from:"), *lt, *gt;
    if (!x || rc->original_recipient.n) return;
    x += strlen("expanded from:");
    while (x < e && is_ws(*x)) x++;
    if (x >= e || *x != '<' || !(gt = memchr(x, '>', (size_t)(e - x)))) return;
    lt = x + 1;
    if (gt > lt && memchr(lt, '@', (size_t)(gt - lt))) {
        rc->original_recipient = span(lt, gt);
        rc->original_is_address = 1;
    }
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

/* Whether every line from s to e is a header field ("Subject: x", "To: a@b"): the summary of the
 * message a bounce quotes, which names the recipient but gives no reason. */
static int only_fields(const char *s, const char *e)
{
    const char *q = s, *ls, *le;
    while (bm_next_line(&q, e, &ls, &le)) {
        size_t nl, i;
        if (blank(ls, le)) continue;
        while (ls < le && is_ws(*ls)) ls++;
        if (!(nl = bm_field_name(ls, le))) return 0;
        /* a header's name, not an address before a reply ("a@b: 550 ...") */
        for (i = 0; i < nl; i++)
            if (!is_alnum(ls[i]) && ls[i] != '-') return 0;
    }
    return 1;
}

/* The paragraph of the text that names addr: the line of its first mention, the lines after it
 * up to a blank or decoration line and a few before it; none where it says nothing beyond the
 * address. Text bounces that quote the recipient inside a sentence ("your mail to "a@b" could
 * not be delivered, because ...") give their reason there. */
static bm_span mention_paragraph(P *ps, bm_span addr)
{
    const char *p = ps->region.p, *end = p + ps->region.n, *s, *e, *q, *ls, *le, *x, *at, *a;
    int lines, words = 0;
    if (!ps->region.n || !(at = find_mention(p, p, end, addr, &s, &e))) return span(NULL, NULL);
    a = at - (memchr(addr.p, '@', addr.n) ? (const char *)memchr(addr.p, '@', addr.n) - addr.p : 0);
    for (lines = 0; s > p && lines < MAX_PRECEDING; lines++) {
        const char *y = s - 1, *ys;
        if (y > p && *y == '\n' && y[-1] == '\r') y--;
        for (ys = y; ys > p && ys[-1] != '\n' && ys[-1] != '\r'; ys--)
            ;
        if (blank(ys, y) || separator(ys, y)) break;
        s = ys;
    }
    q = e < end && *e == '\r' ? e + 1 : e;
    if (q < end && *q == '\n') q++;
    for (lines = 0; lines < MAX_BLOCK_LINES && bm_next_line(&q, end, &ls, &le); lines++) {
        bm_span other;
        const char *rest;
        int lead, smtp;
        if (blank(ls, le) || separator(ls, le)) break;
        /* the next recipient's line ends this one's paragraph (Exim lists an alias's pipe, "pipe
         * to |cmd / generated by a@b / local delivery failed", and the next address under it) */
        if (rcpt_line(ls, le, &other, &rest, &lead, &smtp) && !same_addr(other, addr)) break;
        e = le;
    }
    for (x = s; x < e; x++) {
        if (x == a) x += addr.n;
        if (x < e && (is_alnum(*x) || (unsigned char)*x >= 0x80)) words++;
    }
    return words >= 8 && !only_fields(s, e) ? join_lines(ps, s, e) : span(NULL, NULL);
}

/* The sender's own addresses, which the text of a bounce names too: the bounce goes back to the
 * sender (its To), the copy of the original gives them (From, Sender, Reply-To, Return-Path), and
 * the MTA signs it (its From). Those X-Failed-Recipients lists are recipients after all. */
static unsigned sender_addresses(P *ps, bm_span senders[6])
{
    bm_span sides[6];
    unsigned k, n = 0;
    sides[0] = ps->to;
    sides[1] = ps->r->original.from;
    sides[2] = ps->orig_sender;
    sides[3] = ps->orig_reply_to;
    sides[4] = ps->orig_return_path;
    sides[5] = ps->r->from;
    for (k = 0; k < 6; k++) {
        bm_span a = sides[k].n ? bm_value_address(sides[k]) : sides[k];
        if (!a.n || !memchr(a.p, '@', a.n)) continue;
        if (ps->x_failed.n && bm_ifind_span(ps->x_failed, a)) continue;
        senders[n++] = a;
    }
    return n;
}

/* Whether a is one of the sender's own addresses. */
static int sender_side(bm_span a, const bm_span *senders, unsigned n)
{
    unsigned i;
    for (i = 0; i < n; i++)
        if (same_addr(a, senders[i])) return 1;
    return 0;
}

/* Whether the line at p says "<name> mailing list": the first line of Mailman's footer. */
static int list_footer(const char *p, const char *end)
{
    static const char tail[] = " mailing list";
    const char *s, *e;
    if (!bm_next_line(&p, end, &s, &e)) return 0;
    while (e > s && is_ws(e[-1])) e--;
    return (size_t)(e - s) > sizeof tail - 1 && sends(s, (size_t)(e - s), tail);
}

/* Whether the line from s shows a in an RCPT TO command ("hMailServer sent: RCPT TO:<a@b>",
 * "in reply to RCPT TO:<a@b>"): a recipient, even where it is one of the sender's addresses too
 * (spam that forged a list's address as its sender and was sent to that list). */
static int rcpt_command(const char *s, bm_span a)
{
    return bm_ifind(s, a.p, "rcpt to:") != NULL;
}

/* A bounce that a person forwarded, quoted in full ("> The original message was received at
 * ...", as mail clients quote what they forward or answer): its quoted lines without one level
 * of quoting, where they are most of the text; else the text as it is. The lines left out are
 * the forwarder's own, with the client's "----- Original Message -----" block, which would end
 * the bounce's text before it starts. Quoted lines are never recipients otherwise (rcpt_line). */
bm_span bm_unquote_forwarded(P *ps, bm_span t)
{
    static const char *const forwarded[] = { "original message", "forwarded message", "begin forwarded", NULL };
    const char *q = t.p, *end = t.p + t.n, *s, *e;
    unsigned lines = 0, quoted = 0;
    int marked = 0;
    size_t got, n = 0;
    char *out;
    while (bm_next_line(&q, end, &s, &e)) {
        while (s < e && is_ws(*s)) s++;
        if (s == e) continue;
        lines++;
        if (*s == '>') quoted++;
        else if (!quoted && bm_sfind_any(span(s, e), forwarded)) marked = 1;
    }
    /* a forward marker above the quote: a bounce that quotes the message it returns is no forward */
    if (!marked || quoted < 8 || quoted * 2 < lines) return t;
    out = bm_ar_begin(ps, t.n, &got);
    if (got < t.n) return t;
    for (q = t.p; bm_next_line(&q, end, &s, &e);) {
        while (s < e && is_ws(*s)) s++;
        if (s == e || *s != '>') continue;
        if (++s < e && *s == ' ') s++;
        memcpy(out + n, s, (size_t)(e - s));
        n += (size_t)(e - s);
        if (n < got) out[n++] = '\n';
    }
    return bm_ar_commit(ps, n);
}

void bm_text_scan(P *ps, const char *p, const char *end)
{
    const char *q = p, *s, *e, *region_end = end;
    const char **bs, **be, **ls;
    unsigned first = ps->r->n_recipients, i;
    size_t max_new;
    const char *rgs, *rge = NULL;
    int have_group, id_field;
    block b;
    bm_span senders[6];
    unsigned n_senders;

    /* the region up to the copy of the original message, or up to the footer a mailing list
     * appends when the bounce reached a list (Mailman's rule line, "<name> mailing list", the
     * list's address) */
    while (bm_next_line(&q, end, &s, &e)) {
        if (separator(s, e) && list_footer(q, end)) {
            region_end = s;
            break;
        }
        if (original_marker(s, e)) {
            region_end = s;
            if (!ps->have_original) {
                const char *q2 = q, *s2, *e2, *at = q;
                while (bm_next_line(&q2, end, &s2, &e2) && (blank(s2, e2) || separator(s2, e2)))
                    at = q2;
                if (at < end && bm_field_name(at, end)) bm_orig_scan(ps, at, end);
            }
            break;
        }
    }
    ps->region = span(p, region_end);
    n_senders = sender_addresses(ps, senders);
    if (bm_ifind(p, region_end, "final-recipient:")) {
        bm_dsn_scan(ps, p, region_end, SKIP);
        /* fields without a Diagnostic-Code: the paragraph of the text that names the recipient
         * ("<a@b>: host x said: 550 ..." above a report written inline), else the text's replies */
        for (i = first; i < ps->r->n_recipients; i++)
            if (!ps->c->rc[i].diagnostic.n) ps->c->rc[i].diagnostic = mention_paragraph(ps, ps->c->rc[i].recipient);
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

    id_field = 0;
    b.rc = -1;
    b.mode = 0;
    b.gap = 0;
    b.lines = 0;
    b.s = b.e = NULL;
    q = p;
    while (bm_next_line(&q, region_end, &s, &e)) {
        bm_span a;
        const char *rest;
        int lead, smtp, id_value = id_field;
        /* a message identifier folded onto the line under its field ("Message-ID:\n  <x@y>")
         * looks like an address in brackets, and names no one */
        id_field = id_field_line(s, e) || (id_value && is_ws(*s));
        if (id_value && is_ws(*s)) continue;
        if (blank(s, e) || separator(s, e)) {
            /* "Technical details:" or "The error ... was:" introduces what follows */
            if ((b.mode == 2 || b.mode == 3) && !introduces(b.s, b.e))
                close_block(&b, bs, be);
            /* an address with nothing under it before the list's closing rule gives no reason
             * (Courier's "<a@b>:" for a delivery that failed without a reply); the paragraph
             * after the rule is the notice's own text. A heading written as a rule ("-----
             * Non-delivered information -----") introduces the reason instead. */
            if (b.mode == 1 && plain_rule(s, e)) close_block(&b, bs, be);
            if (b.mode == 1) b.gap = 1;
            continue;
        }
        if (rcpt_line(s, e, &a, &rest, &lead, &smtp) &&
            (!sender_side(a, senders, n_senders) || rcpt_command(s, a))) {
            int k = bm_find_rcpt(ps, a, first);
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
                if ((size_t)(ps->r->n_recipients - first) >= max_new || (k = bm_add_rcpt(ps)) < 0) break;
                ps->c->rc[k].recipient = a;
                ls[k - (int)first] = s;
            }
            b.rc = k - (int)first;
            b.lines = 0;
            b.gap = 0;
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
            /* a paragraph after a blank line that sends the reader to the postmaster is no
             * reason (Netscape Messaging Server's "Please reply to Postmaster@... if you feel
             * this message to be in error"): its reason stands above the address */
            if (b.gap && !introduces(s, e) && !has_code(s, e) && bm_ifind(s, e, "postmaster")) {
                close_block(&b, bs, be);
                break;
            }
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
            /* an indented line continues the recipient's line; so does the line after one that
             * ends with ':' (Dovecot's rejection: "Your message to <a@b> was automatically
             * rejected:" and its reason on the next line) */
            if (is_ws(*s) || introduces(b.s, b.e)) b.e = e;
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
            bm_span domain = own_domain(ps, first, i);
            if (i - first < MAX_LINE_SEARCH && line_with_code(p, region_end, rc->recipient, &gs, &ge)) {
                ds = gs;
                de = ge;
            } else if (domain.n && i - first < MAX_LINE_SEARCH && line_naming_domain(p, region_end, domain, &gs, &ge)) {
                /* a transcript that names the domain only ("554 5.0.0 MX list for example.org.
                 * points back to mx.example.com", Sendmail) */
                ds = gs;
                de = ge;
            } else if (have_group && (!ls[i - first] || ps->r->n_recipients - first == 1)) {
                /* the text's first replies, for a recipient it gives no line of its own, or the
                 * only one: not another recipient's reply for one whose own line says nothing */
                ds = rgs;
                de = rge;
            } else if (!ds && ls[i - first]) {
                /* nothing follows the address: the lines before it give the reason; a line
                 * that only introduces the list ("The following recipients ...:") says none,
                 * so the paragraph above it is taken too */
                const char *x = ls[i - first], *top = x;
                int lines = 0, intros = 0;
                while (top > p && lines < MAX_PRECEDING) {
                    const char *y = top - 1, *ys, *rest;
                    bm_span other;
                    int lead, smtp;
                    if (y > p && *y == '\n' && y[-1] == '\r') y--;
                    ys = y;
                    while (ys > p && ys[-1] != '\n' && ys[-1] != '\r') ys--;
                    /* another recipient's line and what stands under it are that one's */
                    if (rcpt_line(ys, y, &other, &rest, &lead, &smtp) && !same_addr(other, rc->recipient)) {
                        lines = intros = 0;
                        break;
                    }
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
            expanded_from(rc, ds, de);
        }
    }
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

/* Sendmail's report gives only the first line of a reply that went on over several
 * ("Diagnostic-Code: SMTP; 550-Verification failed for <a@b>"), and its transcript the whole
 * reply ("<<< 550-Verification failed for <a@b>", "<<< 550-Unrouteable address", "<<< 550
 * Sender verify failed"): the reply is completed from the transcript, where the words that
 * decide often stand in its last line. A reply's first line ends its code with '-'. */
static int first_of_lines(const bm_recipient *rc)
{
    const char *d = rc->diagnostic.p;
    return rc->diagnostic.n >= 5 && is_digit(d[0]) && is_digit(d[1]) && is_digit(d[2]) && d[3] == '-';
}

static void whole_reply(P *ps, bm_recipient *rc, bm_span t)
{
    const char *d = rc->diagnostic.p, *x, *end = t.p + t.n, *q, *s, *e;
    size_t n = rc->diagnostic.n, got, o = 0;
    char *out;
    if (!t.n) return;
    for (x = t.p; x + 4 + n <= end; x++)
        if (memcmp(x, "<<< ", 4) == 0 && memcmp(x + 4, d, n) == 0) break;
    if (x + 4 + n > end) return;
    out = bm_ar_begin(ps, ps->L.max_diagnostic, &got);
    if (got < n) return;
    memcpy(out, d, n);
    o = n;
    q = x + 4 + n;
    while (q < end && *q != '\n') q++;
    if (q < end) q++;
    /* the lines of the same reply that follow: "<<< 550-..." and the last, "<<< 550 ..." */
    while (bm_next_line(&q, end, &s, &e)) {
        if (e - s < 8 || memcmp(s, "<<< ", 4) != 0 || memcmp(s + 4, d, 3) != 0 || (s[7] != '-' && s[7] != ' ')) break;
        if ((size_t)(e - s) - 8 + 1 > got - o) break;
        out[o++] = ' ';
        memcpy(out + o, s + 8, (size_t)(e - s) - 8);
        o += (size_t)(e - s) - 8;
        if (s[7] == ' ') break;
    }
    rc->diagnostic = bm_ar_commit(ps, o);
}

/* Postfix's local delivery writes only the system's error in its report ("x-unix;
 * input/output error") and the whole sentence in its text ("cannot update mailbox ... error
 * writing message: File too large"). */
static int local_diagnostic(const bm_recipient *rc)
{
    return ieq(rc->diagnostic_type.p, rc->diagnostic_type.n, "x-unix");
}

/* Report recipients without a Diagnostic-Code take the reason the human-readable part gives
 * for the same address (or for the only recipient when both name one); a local delivery's
 * report takes it where the text says more. */
void bm_supplement(P *ps)
{
    bm_result *r = ps->r;
    unsigned n = r->n_recipients, i, j;
    notice *no = bm_main_notice(ps);
    bm_span t;
    int text_says_more = 0;
    for (i = 0; i < n; i++)
        if (lacks_reason(&ps->c->rc[i]) || local_diagnostic(&ps->c->rc[i]) || first_of_lines(&ps->c->rc[i]))
            break;
    if (i == n || !no) return;
    t = bm_notice_text(ps, no);
    for (i = 0; i < n; i++) {
        if (first_of_lines(&ps->c->rc[i])) whole_reply(ps, &ps->c->rc[i], t);
        if (lacks_reason(&ps->c->rc[i]) || local_diagnostic(&ps->c->rc[i])) text_says_more = 1;
    }
    if (!text_says_more) return;
    bm_text_scan(ps, t.p, t.p + t.n);
    for (i = 0; i < n; i++) {
        bm_recipient *a = &ps->c->rc[i];
        int local = !lacks_reason(a) && local_diagnostic(a);
        if (!lacks_reason(a) && !local) continue;
        for (j = n; j < r->n_recipients; j++) {
            bm_recipient *b = &ps->c->rc[j];
            if (same_addr(a->recipient, b->recipient) || same_addr(a->original_recipient, b->recipient) ||
                (n == 1 && r->n_recipients == 2))
                break;
        }
        if (j < r->n_recipients && ps->c->rc[j].diagnostic.n > (local ? a->diagnostic.n : 0)) {
            a->diagnostic = ps->c->rc[j].diagnostic;
            if (!a->remote_mta.n) a->remote_mta = ps->c->rc[j].remote_mta;
            continue;
        }
        if (local) continue;
        if (n == 1) sole_reason(ps, a);
        if (lacks_reason(a)) {
            bm_span d = mention_paragraph(ps, a->recipient);
            if (d.n) a->diagnostic = d;
        }
    }
    r->n_recipients = n;
}

/* An address in [p,end) whose local part is local (no '@'), or none. */
static bm_span address_of_local(const char *p, const char *end, bm_span local)
{
    bm_span a;
    int br;
    while (p < end && bm_find_address(p, end, &a, &br)) {
        const char *at = memchr(a.p, '@', a.n);
        if (at && same_addr(span(a.p, at), local)) return a;
        p = a.p + a.n;
    }
    return span(NULL, NULL);
}

void bm_complete_local(P *ps)
{
    bm_span text = ps->region;
    unsigned i;
    for (i = 0; i < ps->r->n_recipients && i < MAX_LINE_SEARCH; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        bm_span a = span(NULL, NULL);
        if (!rc->recipient.n || memchr(rc->recipient.p, '@', rc->recipient.n) || rc->original_is_address)
            continue;
        if (ps->x_failed.n) a = address_of_local(ps->x_failed.p, ps->x_failed.p + ps->x_failed.n, rc->recipient);
        if (!a.n && !text.n && bm_main_notice(ps)) text = bm_notice_text(ps, bm_main_notice(ps));
        if (!a.n && text.n) a = address_of_local(text.p, text.p + text.n, rc->recipient);
        if (!a.n && ps->r->original.to.n)
            a = address_of_local(ps->r->original.to.p, ps->r->original.to.p + ps->r->original.to.n, rc->recipient);
        if (a.n) rc->recipient = a;
    }
}

/* A mailing list's refusal of a post from someone not subscribed (fml: "You are not a member
 * of this mailing list <list@example.org>."): the list named there is the recipient. */
void bm_list_refusal(P *ps)
{
    notice *no = bm_main_notice(ps);
    const char *q, *s, *e;
    bm_span t;
    if (!no) return;
    t = bm_notice_text(ps, no);
    q = t.p;
    while (bm_next_line(&q, t.p + t.n, &s, &e)) {
        bm_span a;
        int br, k;
        if ((bm_ifind(s, e, "not a member") || bm_ifind(s, e, "not member")) && bm_find_address(s, e, &a, &br)) {
            if ((k = bm_add_rcpt(ps)) >= 0) {
                ps->c->rc[k].recipient = a;
                ps->c->rc[k].diagnostic = trim(span(s, e));
            }
            return;
        }
    }
}

/* Each recipient's SMTP command, from the human-readable text: the part a text scan read (up to
 * the copy of the original message), else the main notice. */
void bm_smtp_commands_of(P *ps)
{
    bm_span t = ps->region;
    unsigned i;
    if (!t.n) {
        notice *no = bm_main_notice(ps);
        if (!no || no->html) return;
        t = bm_notice_text(ps, no);
    }
    for (i = 0; i < ps->r->n_recipients && i < MAX_LINE_SEARCH; i++)
        ps->c->rc[i].smtp_command = command_for(t.p, t.p + t.n, ps->c->rc[i].recipient);
}

void bm_mentioned_recipient(P *ps)
{
    const char *p = ps->region.p, *end;
    bm_span senders[6], a;
    unsigned n_senders;
    int br, k;
    if (!ps->region.n) return;
    end = p + ps->region.n;
    n_senders = sender_addresses(ps, senders);
    while (p < end && bm_find_address(p, end, &a, &br)) {
        const char *ls = a.p;
        while (ls > ps->region.p && ls[-1] != '\n' && ls[-1] != '\r') ls--;
        while (ls < a.p && is_ws(*ls)) ls++;
        p = a.p + a.n;
        if (sender_side(a, senders, n_senders) || (ls < a.p && *ls == '>') || bm_ifind(ls, a.p, "://"))
            continue;
        if ((k = bm_add_rcpt(ps)) >= 0) ps->c->rc[k].recipient = a;
        return;
    }
}

/* The reason for recipients known only from headers (X-Failed-Recipients, the original To):
 * a reply that names them, else the paragraph that mentions them where the text has no reply,
 * else the first group of replies, else the text after the first line that introduces something
 * (ends with ':'), else the whole text. */
void bm_fallback_reason(P *ps)
{
    const char *p = ps->region.p, *end, *q = p, *s, *e, *gs, *ge, *rgs, *rge;
    bm_span text = span(NULL, NULL);
    unsigned i;
    int group;
    if (!ps->region.n) return;
    end = p + ps->region.n;
    group = reply_group(p, end, &rgs, &rge);
    for (i = 0; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        bm_span d;
        if (i < MAX_LINE_SEARCH && line_with_code(p, end, rc->recipient, &gs, &ge)) {
            rc->diagnostic = join_lines(ps, gs, ge);
            continue;
        }
        if (!group && i < MAX_LINE_SEARCH && (d = mention_paragraph(ps, rc->recipient)).n) {
            rc->diagnostic = d;
            continue;
        }
        if (!text.p) { /* the reply group, else what the first line that ends with ':' introduces */
            if (!group) {
                rgs = p;
                while (bm_next_line(&q, end, &s, &e)) {
                    if (introduces(s, e)) {
                        rgs = q;
                        break;
                    }
                }
                rge = end;
            }
            text = join_lines(ps, rgs, rge);
        }
        rc->diagnostic = text;
    }
}
