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
        /* qmail-send's double bounce, above the bounce that bounced */
        "below this line is the original bounce",
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
    /* "The first 50 lines of your original message follow:" (rapidsite.net's notice) */
    return bm_ifind(s, e, "original message follow") != NULL;
}

/* A line that announces what follows: it ends with ':', or says only that the message could
 * not be delivered. */
static int introduces(const char *s, const char *e)
{
    static const char *const headings[] = { "couldn't be delivered.", "could not be delivered.", NULL };
    size_t i, n;
    while (e > s && is_ws(e[-1])) e--;
    if (e > s && e[-1] == ':') return 1;
    /* ... or with ':' inside the parenthesis that gives a bilingual template's English (masqmail's
     * "(This error message may give you a hint about what caused the delay:)") */
    if (e - s >= 3 && e[-1] == ')' && e[-2] == ':' && memchr(s, '(', (size_t)(e - s - 2))) return 1;
    /* Exchange Online's "Your message to a@b couldn't be delivered.", its reason on the lines
     * below ("b wasn't found at example.org.") */
    for (i = 0; headings[i]; i++)
        if ((size_t)(e - s) >= (n = strlen(headings[i])) && istarts(e - n, n, headings[i])) return 1;
    return 0;
}

/* 3-digit reply code at p (2xx, 4xx, 5xx) followed by a space, '-' or the end. */
static int reply_code_at(const char *p, const char *e)
{
    return e - p >= 3 && (p[0] == '2' || p[0] == '4' || p[0] == '5') && is_digit(p[1]) &&
           is_digit(p[2]) && (e - p == 3 || p[3] == ' ' || p[3] == '-' || p[3] == ':');
}

/* Whether text holds an SMTP reply code or an enhanced status code; with success 0, one of a
 * failure (4xx, 5xx), not a "221 2.0.0 Bye". */
static int code_in(const char *p, const char *e, int success)
{
    const char *x;
    for (x = p; x < e; x++) {
        if (!is_digit(*x) || (x > p && (is_alnum(x[-1]) || x[-1] == '.'))) continue;
        if (((*x == '2' && success) || *x == '4' || *x == '5') && e - x >= 3 && is_digit(x[1]) &&
            is_digit(x[2]) && (e - x == 3 || !is_alnum(x[3]))) {
            if (e - x == 3 || x[3] != '.') return 1;
        }
        if ((*x == '4' || *x == '5') && e - x >= 5 && x[1] == '.' && is_digit(x[2])) return 1;
    }
    return 0;
}

static int has_code(const char *p, const char *e) { return code_in(p, e, 1); }

static const char *const rcpt_lead_ends[] = {
    "to:", " to", "recipient:", "recipients:", "recipient(s):", "address:", "addresses:",
    "address(es):", "userid:", "user:", "failed:", "errors:",
    /* Exim's line under a pipe or file delivery an alias led to ("  pipe to |cmd", "    generated
     * by a@b", "    local delivery failed") */
    "generated by", NULL
};

static const char *const help_leads[] = {
    "write to", "reply to", "directed to", "complaints to", "questions to", "report it to", "forward it to",
    /* ezmlm's refusal to a non-subscriber: "If you are a subscriber, please forward this message
     * to list-owner@... to get your new address included" */
    "forward this message to", "forward the message to", "forward your message to",
    /* Plesk's qmail: "No E-mail address is configured at this address Please check the spelling
     * of the email address or send to custserv@..." */
    "or send to", "please send to", NULL
};

/* Whether the text before an address on its line, [s,e), ends in words that say where to ask
 * for help ("Please reply to <postmaster@...>"). */
static int help_address(const char *s, const char *e)
{
    int i;
    while (e > s && (is_ws(e[-1]) || e[-1] == '<' || e[-1] == '"')) e--;
    for (i = 0; help_leads[i]; i++)
        if (sends(s, (size_t)(e - s), help_leads[i])) return 1;
    return 0;
}

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
            /* where to ask for help, not where the mail went (masqmail's "If you need help, write
             * to <postmaster@...>", Mailman's "Any questions or comments should be directed to") */
            if (help_address(t, pe)) return 0;
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

/* Whether [s,e) is one line that only labels an address with a word or two ("Recipient: a@b",
 * "Failed address: <a@b>"), with nothing after it. */
static int label_only(const char *s, const char *e)
{
    bm_span a;
    const char *rest, *x;
    int lead, smtp, words = 0;
    if (memchr(s, '\n', (size_t)(e - s)) || !rcpt_line(s, e, &a, &rest, &lead, &smtp) || !lead || rest < e)
        return 0;
    for (x = s; x < a.p; x++)
        if (is_alnum(*x) && (x == s || !is_alnum(x[-1]))) words++;
    return words <= 2;
}

/* Joins the lines of [s,e) with single spaces into the arena. */
bm_span bm_join_lines(P *ps, const char *s, const char *e)
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
    size_t indent;    /* the recipient line's indentation */
    int deeper;       /* its first line of reason was indented deeper than it */
    int output;       /* the block goes on into what a transport wrote (output_heading) */
} block;

/* Whether the next line that is not blank, from q on, opens Gmail's technical details: its
 * older "Technical details of temporary failure:", its newer "The response was:" (a line of
 * decoration, "LEARN MORE", may stand before it where the notice was read as text). */
static int details_follow(const char *q, const char *end)
{
    static const char *const headings[] = { "technical details", "the response was", NULL };
    const char *s, *e;
    int lines = 0, i;
    while (lines < 2 && bm_next_line(&q, end, &s, &e)) {
        if (blank(s, e)) continue;
        while (s < e && is_ws(*s)) s++;
        for (i = 0; headings[i]; i++)
            if (istarts(s, (size_t)(e - s), headings[i])) return 1;
        /* a line that announces them (masqmail's "This error message may give you a hint about
         * what caused the delay:") */
        if (introduces(s, e)) return 1;
        lines++;
    }
    return 0;
}

/* Gmail's delay notice says under the address that it retries ("Message will be retried for 2
 * more day(s)", "Gmail will retry for 45 more hours"; masqmail's "Delivery will be tried again,
 * until ..."), and the cause in the details after it: the
 * cause, not the retry, is the reason. Where the entry's lines so far say only that and the
 * details follow from the line at from on, the entry waits for its first line again. */
static int skip_retry(block *b, const char *from, const char *end)
{
    if ((b->mode != 2 && b->mode != 3) ||
        !(bm_ifind(b->s, b->e, "will be retried") || bm_ifind(b->s, b->e, "will retry") ||
          bm_ifind(b->s, b->e, "will be tried again")) ||
        !details_follow(from, end))
        return 0;
    b->mode = 1;
    b->s = b->e = NULL;
    b->gap = 0;
    return 1;
}

/* Whether the first line from s ends with a reply's code alone, or its code and status, its
 * words on the lines below: Postfix's "<a@b>: host x said: 421" or "said: 550 5.7.1" where a mail
 * client that quoted the bounce lost the indentation of the lines under it, which then go on to
 * the blank line. */
static int code_ends(const char *s, const char *e)
{
    const char *x = s, *t;
    while (x < e && *x != '\n' && *x != '\r') x++;
    while (x > s && is_ws(x[-1])) x--;
    /* a status after the code ("5.7.1"): digits and two dots back to a space */
    t = x;
    while (t > s && (is_digit(t[-1]) || t[-1] == '.')) t--;
    if (x - t >= 5 && t > s && t[-1] == ' ' && (*t == '4' || *t == '5') && t[1] == '.' && is_digit(x[-1])) x = t - 1;
    return x - s >= 5 && x[-4] == ' ' && reply_code_at(x - 3, x);
}

/* The start of the last line of the lines s..e. */
static const char *last_line(const char *s, const char *e)
{
    const char *x = e;
    while (x > s && (x[-1] == '\n' || x[-1] == '\r')) x--;
    while (x > s && x[-1] != '\n' && x[-1] != '\r') x--;
    return x;
}

/* Whether the line [ls,le) breaks off a sentence that [s,e) goes on with: it ends with a word,
 * and the next line, at the margin, starts with a small letter (Gmail's "Your message wasn't
 * delivered to a@b because the domain" over "example.org couldn't be found.", wrapped where a
 * paste kept the web view's line breaks). */
static int wraps_sentence(const char *ls, const char *le, const char *s, const char *e)
{
    while (le > ls && is_ws(le[-1])) le--;
    return le > ls && is_alnum(le[-1]) && !is_digit(le[-1]) && s < e && *s >= 'a' && *s <= 'z';
}

/* Whether what follows an address is only the time of the attempt: Exchange 2000 and 2003 list
 * "a@b on 7/11/2001 9:20 AM" and give the reason in the lines below it. */
static int delivery_time(const char *s, const char *e)
{
    const char *x;
    while (s < e && is_ws(*s)) s++;
    while (e > s && is_ws(e[-1])) e--;
    if (e - s >= 48 || !istarts(s, (size_t)(e - s), "on ") || !memchr(s, ':', (size_t)(e - s))) return 0;
    for (x = s; x < e && !is_digit(*x); x++)
        ;
    return x < e;
}

/* Whether [s,e) goes on with a multi-line reply that the line [ls,le) began: that line holds a
 * failure code and '-' ("remote server said: 550-5.7.1 ..."), and this one starts with the same
 * code and '-' or ' ' ("550-5.7.1 likely unsolicited mail", "550 5.7.1 more information."). */
static int continues_reply(const char *ls, const char *le, const char *s, const char *e)
{
    const char *x;
    if (!bm_reply_continues(s, e)) return 0;
    for (x = ls; le - x >= 4; x++)
        if (x[3] == '-' && memcmp(x, s, 3) == 0 && (x == ls || !is_alnum(x[-1]))) return 1;
    return 0;
}

/* A line of an SMTP session's transcript: ">>> RCPT TO:<a@b>", "<<< 550 ...". */
static int session_line(const char *s, const char *e)
{
    return e - s >= 4 && (memcmp(s, ">>> ", 4) == 0 || memcmp(s, "<<< ", 4) == 0);
}

/* Whether a line opens another session of Sendmail's transcript ("... while talking to host:"):
 * the entry above it ends there. */
static int session_opens(const char *s, const char *e)
{
    return e - s > 4 && memcmp(s, "... ", 4) == 0 && bm_ifind(s, e, "while talking to") != NULL;
}

/* The number of white-space bytes a line starts with. */
static size_t indentation(const char *s, const char *e)
{
    const char *x = s;
    while (x < e && is_ws(*x)) x++;
    return (size_t)(x - s);
}

/* Ends the current recipient's lines; b->rc counts from the first recipient of the scan. */
static void close_block(block *b, const char **bs, const char **be)
{
    if (b->rc >= 0 && b->e > b->s) {
        /* a later mention replaces an earlier one that had no reply code */
        if (!bs[b->rc] || b->output || (!has_code(bs[b->rc], be[b->rc]) && has_code(b->s, b->e))) {
            bs[b->rc] = b->s;
            be[b->rc] = b->e;
        }
    }
    b->mode = 0;
    b->rc = -1;
    b->output = 0;
}

/* A recipient's entry begins at its line [s,e): nothing counted under it yet. */
static void start_entry(block *b, int rc, const char *s, const char *e)
{
    b->rc = rc;
    b->lines = 0;
    b->gap = 0;
    b->indent = indentation(s, e);
    b->deeper = 0;
}

/* Exim's heading over what a pipe or a local transport wrote as it failed (return_output: "The
 * following text was generated during the delivery attempt:", then "------ a@b ------" and the
 * text): that text says why, where the entry's own line says only "local delivery failed". */
static int output_heading(const char *s, const char *e)
{
    while (s < e && is_ws(*s)) s++;
    while (e > s && is_ws(e[-1])) e--;
    return e - s > 14 && memcmp(s, "------ ", 7) == 0 && memcmp(e - 7, " ------", 7) == 0;
}

/* A line that opens with an enhanced status of a failure ("5.1.1 szn; User hasn't got the
 * service mapped"): a reply written without its code. */
static int status_lead(const char *t, const char *e)
{
    const char *x = t;
    while (x < e && !is_ws(*x) && *x != ';' && *x != ':' && *x != ',') x++;
    return x - t >= 5 && (t[0] == '4' || t[0] == '5') && bm_has_status(t, (size_t)(x - t));
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
        if ((reply_code_at(t, e) || status_lead(t, e)) && t[0] != '2') {
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

/* A line that names the address and carries a reply code, or Sendmail's own words for it: the
 * address and "..." before them ("a@b... Deferred: Connection timed out with b.", what its
 * transcript says where no reply came). */
static int line_with_code(const char *p, const char *end, bm_span addr, const char **ls,
                          const char **le)
{
    const char *s, *e, *from = p, *at, *aat = addr.n ? memchr(addr.p, '@', addr.n) : NULL;
    while (aat && (at = find_mention(p, from, end, addr, &s, &e)) != NULL) {
        const char *x = at + (addr.p + addr.n - aat);
        if (x < e && *x == '>') x++;
        if (has_code(s, e) || (e - x > 3 && memcmp(x, "...", 3) == 0)) {
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

/* The command the recipient's reply answered, where the text says it: a command named in one of
 * bounce_command_frames ("(in reply to end of DATA command)") in a paragraph that names the
 * recipient, or the ">>> DATA" line before the line of Sendmail's transcript ("<<< 550 ...") that
 * names it. */
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
            const bounce_command_words *cw;
            size_t f;
            for (f = 0; bounce_command_frames[f][0] != NULL; f++)
                if ((k = bm_ifind(ls, le, bounce_command_frames[f][0])) != NULL &&
                    (c = command_at(k + strlen(bounce_command_frames[f][0]), window)).n)
                    return c;
            /* the sentences that name a step (Postfix's "host x refused to talk to me: 554 ...",
             * a refused greeting; qmail-remote's "does not like recipient") */
            for (cw = bounce_command_sentences; cw->words != NULL; cw++)
                if (bm_ifind(ls, le, cw->words)) return lit(bounce_command_names[cw->command - 1]);
        }
        from = e;
    }
    return span(p, p);
}

/* The command of a session transcript that the recipient's reason answered (">>> MAIL
 * From:<s@x>" and under it "<<< 550 ...", where the reason is that reply): a refusal of MAIL
 * names no recipient, and it is the command of every recipient it refused. A failure right under
 * Sendmail's "... while talking to host:", no command sent yet, answered the greeting. A report
 * may hold other recipients' failures besides (a domain with no MX names no session): only a
 * reply the reason quotes counts. Empty where none. */
static bm_span transcript_command_of(const char *p, const char *end, bm_span reason)
{
    const char *q = p, *s, *e, *cs = NULL, *ce = NULL;
    int opened = 0;
    while (bm_next_line(&q, end, &s, &e)) {
        if ((cs || opened) && e - s > 5 && memcmp(s, "<<< ", 4) == 0 && (s[4] == '4' || s[4] == '5') &&
            bm_ifind_span(reason, span(s + 4, e - s - 4 > 24 ? s + 28 : e)))
            return cs ? command_at(cs + 3, ce) : lit(bounce_command_names[BOUNCE_COMMAND_CONNECT - 1]);
        cs = NULL;
        opened = session_opens(s, e);
        if (e - s > 3 && memcmp(s, ">>>", 3) == 0) {
            cs = s;
            ce = e;
        }
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

/* Whether a line names a recipient other than addr: where one recipient's lines end. */
static int names_another(const char *s, const char *e, bm_span addr)
{
    bm_span other;
    const char *rest;
    int lead, smtp;
    return rcpt_line(s, e, &other, &rest, &lead, &smtp) && !same_addr(other, addr);
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
        rc->diagnostic = bm_join_lines(ps, gs, ge);
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

/* The last resort for a report's only recipient whose text neither quotes a reply nor names
 * it: the paragraph of the first line that announces what follows, and the paragraph it
 * announces (GNU Mailutils' Sieve reject: "Message was refused by recipient's mail filtering
 * program. Reason given was as follows:", then the reason). Header fields announced ("Below is
 * the original mail information:") are no reason. */
static void announced_reason(P *ps, bm_recipient *rc)
{
    const char *p = ps->region.p, *end = p + ps->region.n, *q = p, *s, *e, *para = p, *ts = NULL,
               *as = NULL, *te = NULL;
    int state = 0; /* 0 before the announcing line, 1 after it, 2 in what it announces */
    if (!ps->region.n) return;
    while (bm_next_line(&q, end, &s, &e)) {
        if (blank(s, e) || separator(s, e)) {
            if (state == 2) break;
            if (state == 0) para = q;
        } else if (state == 0) {
            if (introduces(s, e)) {
                ts = para;
                state = 1;
            }
        } else {
            if (state == 1) as = s;
            te = e;
            state = 2;
        }
    }
    if (state == 2 && !only_fields(as, te)) rc->diagnostic = bm_join_lines(ps, ts, te);
}

/* The paragraph of the text that names addr: the line of its first mention, the lines after it
 * up to a blank or decoration line and a few before it; none where it says nothing beyond the
 * address. Text bounces that quote the recipient inside a sentence ("your mail to "a@b" could
 * not be delivered, because ...") give their reason there. Sendmail's list of failed addresses
 * names the address an alias led from last, in an indented note under the entry (""|cmd"",
 * "    (reason: ...)", "    (expanded from: <a@b>)"): the entry is the lines from its head at
 * the margin down to that note. */
static bm_span mention_paragraph(P *ps, bm_span addr)
{
    const char *p = ps->region.p, *end = p + ps->region.n, *s, *e, *q, *ls, *le, *x, *at, *a, *own;
    int lines, words = 0, note, past_summary = 0;
    if (!ps->region.n || !(at = find_mention(p, p, end, addr, &s, &e))) return span(NULL, NULL);
    a = at - (memchr(addr.p, '@', addr.n) ? (const char *)memchr(addr.p, '@', addr.n) - addr.p : 0);
    own = s;
    x = s + indentation(s, e);
    note = x > s && x < e && *x == '(';
    for (lines = 0; s > p && lines < MAX_PRECEDING; lines++) {
        const char *y = s - 1, *ys;
        if (y > p && *y == '\n' && y[-1] == '\r') y--;
        for (ys = y; ys > p && ys[-1] != '\n' && ys[-1] != '\r'; ys--)
            ;
        if (blank(ys, y) || separator(ys, y)) break;
        /* the lines between the previous recipient's line and this one are that recipient's */
        if (names_another(ys, y, addr)) {
            s = own;
            break;
        }
        s = ys;
        if (note && !is_ws(*ys)) break;
    }
    q = e < end && *e == '\r' ? e + 1 : e;
    if (q < end && *q == '\n') q++;
    for (lines = 0; lines < MAX_BLOCK_LINES && bm_next_line(&q, end, &ls, &le); lines++) {
        if (blank(ls, le) || separator(ls, le)) {
            /* the address in a summary of the message that ends a paragraph a sentence opens
             * ("To: a@b", "Subject: ...", "Date: ..."): the reason is the paragraph after it
             * (MailScanner's "Our e-mail content detector has just been triggered by a message you
             * sent:", the summary, then "One or more of the attachments ... are on the list of
             * unacceptable attachments for this site"); not a report's fields */
            if (note || past_summary || !blank(ls, le) || !only_fields(own, e) || only_fields(s, e)) break;
            while (bm_next_line(&q, end, &ls, &le) && blank(ls, le))
                ;
            if (blank(ls, le) || separator(ls, le) || names_another(ls, le, addr)) break;
            past_summary = 1;
        }
        /* a quoted line is another message's, not the notice's own words */
        x = ls + indentation(ls, le);
        if (past_summary && x < le && *x == '>') break;
        /* the next recipient's line ends this one's paragraph (Exim lists an alias's pipe, "pipe
         * to |cmd / generated by a@b / local delivery failed", and the next address under it) */
        if (names_another(ls, le, addr) || (note && !is_ws(*ls))) break;
        e = le;
    }
    for (x = s; x < e; x++) {
        if (x == a) x += addr.n;
        if (x < e && (is_alnum(*x) || (unsigned char)*x >= 0x80)) words++;
    }
    return words >= 8 && !only_fields(s, e) ? bm_join_lines(ps, s, e) : span(NULL, NULL);
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

/* Whether the address is the argument of a MAIL command the line quotes: the envelope sender
 * (Exim's "Delay reason: SMTP error from remote mail server after MAIL FROM:<s@x>:"), whatever
 * the bounce's own To says. */
static int mail_command(const char *s, bm_span a)
{
    const char *x = a.p;
    while (x > s && (x[-1] == '<' || is_ws(x[-1]))) x--;
    return x - s >= 10 && istarts(x - 10, 10, "mail from:");
}

/* Whether a line is a mail client's mark above a message it forwards or quotes: the clients'
 * lines in the languages they come in (Thunderbird's "-------- Weitergeleitete Nachricht
 * --------", Outlook's "-----Ursprüngliche Nachricht-----", Apple Mail's "Begin forwarded
 * message:" and Czech "Začátek přeposílané zprávy:", Gmail's "---------- Forwarded message
 * ---------"); words after a capital letter outside ASCII are listed from their second letter. */
int bm_forward_marker(bm_span line)
{
    static const char *const markers[] = {
        "original message", "forwarded message", "begin forwarded",
        "weitergeleitete nachricht", "original-nachricht", "urspr\xc3\xbcngliche nachricht",
        "message transf\xc3\xa9r\xc3\xa9", "message original", "message r\xc3\xa9" "exp\xc3\xa9" "di\xc3\xa9",
        "mensaje reenviado", "mensaje original", "messaggio inoltrato", "messaggio originale",
        "mensagem encaminhada", "mensagem original", "doorgestuurd bericht", "oorspronkelijk bericht",
        "p\xc5\x99" "eposlan\xc3\xa1 zpr\xc3\xa1va", "p\xc5\x99" "epos\xc3\xadlan\xc3\xa9 zpr\xc3\xa1vy",
        "p\xc5\xafvodn\xc3\xad zpr\xc3\xa1va",
        "przekazana wiadomo\xc5\x9b\xc4\x87", "oryginalna wiadomo\xc5\x9b\xc4\x87",
        /* Russian "Пересланное сообщение", "Исходное сообщение" */
        "\xd0\xb5\xd1\x80\xd0\xb5\xd1\x81\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xbd\xd0\xbe\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5",
        "\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\xd0\xbe\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5",
        NULL
    };
    const char *p = line.p, *e = line.p + line.n;
    while (p < e && (is_ws(*p) || *p == '>')) p++;
    while (e > p && is_ws(e[-1])) e--;
    /* a line of its own: set off by dashes or ending with ':', not a sentence that says "the
     * original message was received at" */
    if (e == p || e - p > 80 || (*p != '-' && *p != '=' && e[-1] != ':')) return 0;
    /* a notice's line above the copy it returns speaks to the sender ("The first 50 lines of
     * your original message follow:"); a mail client's marker never does */
    if (bm_ifind(p, e, "your ")) return 0;
    /* nor does it announce what comes below (Sendmail's "----- Original message follows -----") */
    if (bm_ifind(p, e, "follow")) return 0;
    return bm_sfind_any(span(p, e), markers);
}

/* A bounce that a person forwarded, quoted in full ("> The original message was received at
 * ...", as mail clients quote what they forward or answer): its quoted lines without one level
 * of quoting, where they are most of the text; else the text as it is. The lines left out are
 * the forwarder's own, with the client's "----- Original Message -----" block, which would end
 * the bounce's text before it starts. Quoted lines are never recipients otherwise (rcpt_line). */
bm_span bm_unquote_forwarded(P *ps, bm_span t)
{
    const char *q = t.p, *end = t.p + t.n, *s, *e;
    unsigned lines = 0, quoted = 0;
    int marked = 0;
    size_t got, n = 0;
    char *out;
    while (bm_next_line(&q, end, &s, &e)) {
        while (s < e && is_ws(*s)) s++;
        if (s == e) continue;
        lines++;
        /* the marker stands above the quote, or as its first lines (Apple Mail quotes its own) */
        if (*s == '>') {
            if (quoted++ < 3 && bm_forward_marker(span(s, e))) marked = 1;
        } else if (!quoted && bm_forward_marker(span(s, e))) {
            marked = 1;
        }
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
    b.output = 0;
    b.indent = 0;
    b.deeper = 0;
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
        if (output_heading(s, e) && rcpt_line(s, e, &a, &rest, &lead, &smtp)) {
            int k = bm_find_rcpt(ps, a, first);
            if (k >= 0) {
                /* the entry's reason, then the output under the heading, as one */
                if (b.mode) close_block(&b, bs, be);
                start_entry(&b, k - (int)first, s, e);
                b.s = bs[b.rc];
                b.e = b.s ? be[b.rc] : NULL;
                b.mode = b.s ? 4 : 1;
                b.output = 1;
                continue;
            }
        }
        if (blank(s, e) || separator(s, e)) {
            if (skip_retry(&b, q, region_end)) continue;
            /* "Technical details:" or "The error ... was:" introduces what follows; so does
             * Openwave InterMail's "a@b; Failed; 5.3.0 (...)", its remote MTA's reply in the
             * paragraphs below ("Remote MTA mx.example.org: SMTP diagnostic: 550 ...") */
            if ((b.mode == 2 || b.mode == 3) && !introduces(b.s, b.e) &&
                !(b.mode == 3 && istarts(b.s, (size_t)(b.e - b.s), "failed;")))
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
            (!sender_side(a, senders, n_senders) || rcpt_command(s, a)) && !mail_command(s, a)) {
            int k = bm_find_rcpt(ps, a, first);
            if (k >= 0 && k - (int)first == b.rc) { /* the current recipient named again */
                if (b.mode == 1) {
                    b.s = s;
                    b.mode = 2;
                } else if (b.mode == 4) {
                    b.mode = 2;
                }
                /* at the margin it starts another entry, unless the line above announced what
                 * follows (Exchange Online: "Your message to a@b couldn't be delivered.", then
                 * "a@b's mailbox is full."), or the line above ended with the reply's code alone
                 * (a wrapped Postfix entry: "said: 550 5.7.1", then "<a@b>: Recipient address
                 * rejected: ...") */
                if (b.mode == 3 && !is_ws(*s) && !introduces(b.s, b.e) && !code_ends(last_line(b.s, b.e), b.e))
                    close_block(&b, bs, be);
                else if (b.mode) b.e = e;
                continue;
            }
            if (b.mode) close_block(&b, bs, be);
            if (k < 0) {
                if ((size_t)(ps->r->n_recipients - first) >= max_new || (k = bm_add_rcpt(ps)) < 0) break;
                ps->c->rc[k].recipient = a;
                ls[k - (int)first] = s;
            }
            start_entry(&b, k - (int)first, s, e);
            while (s < e && is_ws(*s)) s++;
            if (smtp || lead) {
                b.s = s;
                b.e = e;
                b.mode = rest < e ? 3 : 4;
            } else if (rest < e && !delivery_time(rest, e)) {
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
            /* the returned message's subject between the address and the reply (SmarterMail's
             * "Delivery has failed to these recipients:", a@b, "Subject: ...", then "Remote
             * Server returned: '550 ...'") is no reason: the paragraph after it is */
            if (istarts(s, (size_t)(e - s), "subject:")) break;
            b.s = s;
            b.e = e;
            b.mode = 2;
            b.deeper = !b.gap && indentation(s, e) > b.indent;
            break;
        case 4:
            b.e = e;
            b.mode = 2;
            break;
        case 2:
            /* under an address whose lines are indented deeper (Exim's list), a line no deeper
             * is the next entry; one that starts left of the address itself is a line of the
             * entry wrapped by a mail client that quoted or forwarded the bounce. A line of the
             * session at the margin goes on with the entry (Courier's "<a@b>:", "    [host]:",
             * then ">>> RCPT TO:<a@b>" and "<<< 550 ..."); the line that opens Sendmail's next
             * session ends it. */
            if ((b.deeper && indentation(s, e) <= b.indent && (indentation(s, e) > 0 || b.indent == 0) &&
                 !session_line(s, e)) || session_opens(s, e)) {
                close_block(&b, bs, be);
                break;
            }
            b.e = e;
            break;
        case 3:
            /* a line indented deeper continues the recipient's line; so does a line that ends
             * with ':' under a line that gives no reply, and the line after it (Dovecot's
             * rejection: "Your message to <a@b> was automatically rejected:" and its reason on
             * the next line; "The following message to <a@b> was undeliverable." above "The
             * reason for the problem:" and the reason). One no deeper than the recipient's starts
             * another entry (Exim's "  pipe to |cmd" under "  a@b" and its lines), and so does
             * Sendmail's "... while talking to host:", which opens another session. Postfix's
             * "<a@b>: host mx[ip] said: 550 ..." wrapped at the margin by a page that lost its
             * indentation goes on where the reply the host "said" comes on the next line; so
             * does a reply of several lines whose first one the entry's line holds (Winmail's
             * "<a@b>, remote server said: 550-5.7.1 ..." over "550-5.7.1 ..." lines). */
            if ((is_ws(*s) && indentation(s, e) > b.indent) || introduces(b.s, b.e) || code_ends(b.s, b.e) ||
                (introduces(s, e) && !has_code(b.s, b.e) && !session_opens(s, e)) ||
                (!has_code(b.s, b.e) && has_code(s, e) && bm_ifind(s, e, " said:")) ||
                continues_reply(last_line(b.s, b.e), b.e, s, e) || wraps_sentence(last_line(b.s, b.e), b.e, s, e))
                b.e = e;
            else if (!skip_retry(&b, s, region_end))
                close_block(&b, bs, be);
            break;
        }
    }
    if (b.mode) close_block(&b, bs, be);

    have_group = reply_group(p, region_end, &rgs, &rge);
    for (i = first; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        const char *ds = bs[i - first], *de = be[i - first];
        if (ds) expanded_from(rc, ds, de);
        if (!ds || !code_in(ds, de, 0)) {
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
            } else if ((!ds || label_only(ds, de)) && ls[i - first]) {
                /* nothing follows the address, or only a label stands before it
                 * ("Recipient: a@b"): the lines before it give the reason; a line that only
                 * introduces the list ("The following recipients ...:") says none, so the
                 * paragraph above it is taken too */
                const char *x = ls[i - first], *top = x, *below = x;
                int lines = 0, intros = 0, links = 0;
                while (top > p && lines < MAX_PRECEDING) {
                    const char *y = top - 1, *ys;
                    if (y > p && *y == '\n' && y[-1] == '\r') y--;
                    ys = y;
                    while (ys > p && ys[-1] != '\n' && ys[-1] != '\r') ys--;
                    /* another recipient's line and what stands under it are that one's */
                    if (names_another(ys, y, rc->recipient)) {
                        lines = intros = 0;
                        break;
                    }
                    if (blank(ys, y) || separator(ys, y)) {
                        /* a paragraph of links only is the provider's signature, not a reason
                         * (Infoseek's "Infoseek  http://www.infoseek.co.jp/" under its rule) */
                        if (lines && links == lines) {
                            lines = links = 0;
                            below = ys;
                        }
                        if (lines) break;
                    } else if (!lines && introduces(ys, y)) {
                        intros++;
                    } else {
                        lines++;
                        if (bm_ifind(ys, y, "://")) links++;
                    }
                    top = ys;
                }
                /* the header fields of a quoted message above a label are no reason */
                if ((lines || intros) && !(ds && only_fields(top, below))) {
                    ds = top;
                    de = below;
                }
            }
        }
        if (ds && de > ds) {
            rc->diagnostic = bm_join_lines(ps, ds, de);
            if (!rc->remote_mta.n) rc->remote_mta = remote_host(rc->diagnostic);
            expanded_from(rc, ds, de);
        }
    }
}

/* Whether a recipient that failed or was delayed has for its reason only a reply of success:
 * Sendmail's report keeps the last reply of the session, "221 2.0.0 Bye" after a "421 ..." that
 * closed it, and its transcript gives that 421. */
static int success_reply(const bm_recipient *rc)
{
    const char *d = rc->diagnostic.p;
    if (!rc->diagnostic.n) return 0;
    return code_in(d, d + rc->diagnostic.n, 1) && !code_in(d, d + rc->diagnostic.n, 0) &&
           (ieq(rc->action.p, rc->action.n, "failed") || ieq(rc->action.p, rc->action.n, "delayed"));
}

/* Whether a report recipient still needs a reason: no Diagnostic-Code, one that is only an exit
 * code ("X-Unix; 77") and says nothing a reader or a rule can use, or a success_reply. */
static int lacks_reason(const bm_recipient *rc)
{
    size_t i;
    if (success_reply(rc)) return 1;
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

/* Sendmail's transcript of a local delivery gives, above its own line for the recipient ("550
 * 5.0.0 <a@b>... Insufficient permission", "a@b... Deferred: local mailer exited with
 * EX_TEMPFAIL"), what the delivery program wrote ("maildrop: maildir over quota.", "procmail: No
 * space left to finish writing"): the cause, where the report gives only an exit code, which
 * Sendmail's own line only puts in words. */
static int local_transcript(P *ps, bm_recipient *rc, bm_span t)
{
    const char *ts, *te, *s, *e, *q, *ls, *le, *start;
    if (!t.n || !transcript(t.p, t.p + t.n, &ts, &te) || !find_mention(ts, ts, te, rc->recipient, &s, &e))
        return 0;
    /* the lines after the previous recipient's line; an SMTP session's are no program's words */
    for (q = start = ts; q < s && bm_next_line(&q, s, &ls, &le);) {
        if (names_another(ls, le, rc->recipient)) start = q;
        else if (le - ls >= 3 && (memcmp(ls, ">>>", 3) == 0 || memcmp(ls, "<<<", 3) == 0)) return 0;
    }
    if (start == s) return 0;
    rc->diagnostic = bm_join_lines(ps, start, s);
    return 1;
}

/* Report recipients without a Diagnostic-Code take the reason the human-readable part gives
 * for the same address (or for the only recipient when both name one); a local delivery's
 * report takes it where the text says more. A Status comment that quotes a failed reply
 * (Haraka's "Status: 5.1.2 (550 Tried all MXs example.org)") is the reply itself, and the
 * recipient's reason before any text. */
static void supplement(P *ps)
{
    bm_result *r = ps->r;
    unsigned n = r->n_recipients, i, j;
    notice *no = bm_main_notice(ps);
    bm_span t;
    int text_says_more = 0;
    for (i = 0; i < n; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        bm_span c = rc->status_comment;
        if (lacks_reason(rc) && c.n > 4 && (c.p[0] == '4' || c.p[0] == '5') && reply_code_at(c.p, c.p + c.n))
            rc->diagnostic = c;
    }
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
        if (local_diagnostic(a) && local_transcript(ps, a, t)) continue;
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
        if (n == 1 && lacks_reason(a)) announced_reason(ps, a);
    }
    r->n_recipients = n;
}

void bm_supplement(P *ps)
{
    unsigned i;
    supplement(ps);
    /* a success the text could not replace is no reason: the Status decides */
    for (i = 0; i < ps->r->n_recipients; i++)
        if (success_reply(&ps->c->rc[i])) ps->c->rc[i].diagnostic = span(NULL, NULL);
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

/* What list managers say of a post they refused or hold, in their notices to the poster: fml
 * ("You are not a member of this mailing list"), mlmmj's listtexts (subonlypost, access,
 * maxmailsize, moderation: "not a list subscriber", "only subscribers may post", "could not be
 * delivered to the list", "matched a rule set up by the list administrator", "the moderators are
 * being asked to review it"), Mailman 3's rejection and hold notices ("Your message to the X
 * mailing-list was rejected for the following reasons:", "Is being held until the list moderator
 * can review it for approval") and Mailman 2's ("You are not allowed to post to this mailing
 * list"). */
static const char *const list_post_words[] = {
    "not a member", "not member", "list member", "list subscriber", "not subscribed", "subscribers may post",
    "delivered to the list", "mailing-list was rejected", "set up by the list administrator",
    "allowed to post to this mailing list", "rejected by the list moderator",
    /* Mailman 3's refusal notices in its translations (templates/<lang>/list:user:notice:refuse
     * and :rejected, "... has been rejected by the list moderator", "... was rejected for the
     * following reasons"): de, fr, es, it, pt, cs, tr, ca, sk, eo, then he, ko, zh */
    "mit folgender begr\xc3\xbcndung abgelehnt", "rejet\xc3\xa9" "e par le mod\xc3\xa9rateur",
    "rejet\xc3\xa9 pour les raisons suivantes", "rechazada por el moderador", "rechazado por las siguientes razones",
    "rifiutata dal moderatore", "rifiutato per i seguenti motivi", "rejeitada pelo moderador",
    "rejeitada pelos seguintes motivos", "odm\xc3\xadtnut moder\xc3\xa1torem", "byl odm\xc3\xadtnut. d\xc5\xafvodem",
    "moderat\xc3\xb6r\xc3\xbc taraf\xc4\xb1ndan reddedildi", "nedenlerden dolay\xc4\xb1 reddedildi",
    "rebutjada pel moderador", "rebutjat per les seg\xc3\xbc" "ents raons", "odmietnut\xc3\xa1 moder\xc3\xa1torom",
    "odmietnut\xc3\xa1 z nasleduj\xc3\xba" "cich d\xc3\xb4vodov", "estis malakceptita pro",
    /* "נדחתה על ידי", "נדחתה מהסיבות" */
    "\xd7\xa0\xd7\x93\xd7\x97\xd7\xaa\xd7\x94 \xd7\xa2\xd7\x9c \xd7\x99\xd7\x93\xd7\x99",
    "\xd7\xa0\xd7\x93\xd7\x97\xd7\xaa\xd7\x94 \xd7\x9e\xd7\x94\xd7\xa1\xd7\x99\xd7\x91\xd7\x95\xd7\xaa",
    /* "중재자에 의해 거부되었습니다", "이유로 거절되었습니다" */
    "\xec\xa4\x91\xec\x9e\xac\xec\x9e\x90\xec\x97\x90 \xec\x9d\x98\xed\x95\xb4 \xea\xb1\xb0\xeb\xb6\x80\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
    "\xec\x9d\xb4\xec\x9c\xa0\xeb\xa1\x9c \xea\xb1\xb0\xec\xa0\x88\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
    /* "已被列表版主拒绝", "已被以下原因拒绝" */
    "\xe5\xb7\xb2\xe8\xa2\xab\xe5\x88\x97\xe8\xa1\xa8\xe7\x89\x88\xe4\xb8\xbb\xe6\x8b\x92\xe7\xbb\x9d",
    "\xe5\xb7\xb2\xe8\xa2\xab\xe4\xbb\xa5\xe4\xb8\x8b\xe5\x8e\x9f\xe5\x9b\xa0\xe6\x8b\x92\xe7\xbb\x9d",
    /* Mailman 2.1's refusal in its translations (templates/<lang>/refuse.txt, "has been rejected
     * by the list moderator"), one phrase a language, ar to zh_TW */
    "\xd9\x85\xd9\x86 \xd9\x82\xd8\xa8\xd9\x84 \xd9\x85\xd9\x86\xd8\xb8\xd9\x85 \xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd8\xa6\xd9\x85\xd8\xa9",
    "refug\xc3\xb3se pol moderador", "el motiu seg\xc3\xbc" "ent per aquest rebuig",
    "zam\xc3\xadtnut spr\xc3\xa1vcem konference", "blev afvist af listemoderator",
    "vom listenmoderator mit folgender",
    "\xce\xb1\xcf\x80\xce\xbf\xcf\x81\xcf\x81\xce\xaf\xcf\x86\xce\xb8\xce\xb7\xce\xba\xce\xb5 \xce\xb1\xcf\x80\xcf\x8c \xcf\x84\xce\xbf\xce\xbd \xce\xb4\xce\xb9\xce\xb1\xcf\x87\xce\xb5\xce\xb9\xcf\x81\xce\xb9\xcf\x83\xcf\x84\xce\xae \xcf\x84\xce\xb7\xcf\x82 \xce\xbb\xce\xaf\xcf\x83\xcf\x84\xce\xb1\xcf\x82",
    "malakceptis la moderiganto", "ha sido rechazada por el moderador", "moderaator l\xc3\xbckkas tagasi",
    "moderatzaileak ez du onartu",
    "\xd8\xaa\xd9\x88\xd8\xb3\xd8\xb7 \xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\xd8\xaf\xd8\xa7\xd8\xb1 \xd9\x81\xd9\x87\xd8\xb1\xd8\xb3\xd8\xaa\xd8\x8c \xd8\xb1\xd8\xaf \xd8\xb4\xd8\xaf\xd9\x87 \xd8\xa7\xd8\xb3\xd8\xaa",
    "syy pyynt\xc3\xb6si hylk\xc3\xa4\xc3\xa4miseen", "rejet\xc3\xa9" "e par le mod\xc3\xa9rateur de la liste",
    "foi rexeitada polo moderador",
    "\xd7\xa0\xd7\x93\xd7\x97\xd7\xaa\xd7\x94 \xd7\xa2\xd7\x9c \xd7\x99\xd7\x93\xd7\x99 \xd7\x9e\xd7\xa4\xd7\xa7\xd7\x97 \xd7\x94\xd7\xa8\xd7\xa9\xd7\x99\xd7\x9e\xd7\x94",
    "moderator je odbio", "a lista szerkeszt\xc5\x91je nem fogadta el", "rejectate per le moderator",
    "\xc3\xa8 stata rifiutata dal moderatore",
    "\xe3\x83\xaa\xe3\x82\xb9\xe3\x83\x88\xe5\x8f\xb8\xe4\xbc\x9a\xe8\x80\x85\xe3\x81\xab\xe3\x82\x88\xe3\x82\x8a\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
    "\xeb\xa6\xac\xec\x8a\xa4\xed\x8a\xb8 \xea\xb4\x80\xeb\xa6\xac\xec\x9e\x90\xec\x97\x90 \xec\x9d\x98\xed\x95\xb4 \xea\xb1\xb0\xeb\xb6\x80\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
    "atmet\xc4\x97 forumo pri\xc5\xbei\xc5\xabr\xc4\x97tojas", "geweigerd door de lijstbeheerder",
    "ble avsl\xc3\xa5tt av listemoderatoren", "zosta\xc5\x82" "a odrzucona przez moderatora",
    "foi rejeitada pelo moderador da lista", "a fost respins\xc4\x83 de c\xc4\x83tre moderatorul listei",
    "\xd0\xb1\xd1\x8b\xd0\xbb \xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xbe\xd0\xbd\xd0\xb5\xd0\xbd \xd0\xbc\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbc",
    "zamietnut\xc3\xa1 spr\xc3\xa1vcom konferencie", "je moderator zavrnil",
    "\xd0\xbe\xd0\xb4\xd0\xb1\xd0\xb8\xd1\x98\xd0\xb5\xd0\xbd \xd0\xbe\xd0\xb4 \xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb5 \xd1\x80\xd0\xb5\xd0\xb3\xd1\x83\xd0\xbb\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xb0",
    "avslogs av listmoderatorn", "liste moderat\xc3\xb6r\xc3\xbc taraf\xc4\xb1ndan reddedildi",
    "\xd0\xb2\xd1\x96\xd0\xb4\xd1\x85\xd0\xb8\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb0\xd0\xb4\xd0\xbc\xd1\x96\xd0\xbd\xd1\x96\xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbc \xd1\x81\xd0\xbf\xd0\xb8\xd1\x81\xd0\xba\xd1\x83",
    "\xc4\x91\xc3\xa3 b\xe1\xbb\x8b t\xe1\xbb\xab ch\xe1\xbb\x91i b\xe1\xbb\x9fi \xc4\x91i\xe1\xbb\x81u ti\xe1\xba\xbft vi\xc3\xaan",
    "\xe5\xb7\xb2\xe7\xbb\x8f\xe8\xa2\xab\xe5\x88\x97\xe8\xa1\xa8\xe4\xb8\xbb\xe6\x8c\x81\xe8\x80\x85\xe6\x8b\x92\xe7\xbb\x9d",
    "\xe5\xb7\xb2\xe7\xb6\x93\xe8\xa2\xab\xe5\xa3\x87\xe4\xb8\xbb\xe6\x8b\x92\xe7\xb5\x95",
    NULL
};
static const char *const list_hold_words[] = {
    "list moderator can review", "moderators are being asked", "queued for approval", "awaits moderator approval",
    /* Mailman 3's hold notice in its translations (templates/<lang>/list:user:notice:hold, "Is
     * being held until the list moderator can review it for approval"): de, fr, es, it, pt, cs,
     * tr, ca, sk, then he, ko, zh */
    "wurde zur\xc3\xbc" "ckgehalten", "en attente de validation", "retenido hasta que el moderador",
    "trattenuto fino a quando il moderatore", "retido at\xc3\xa9 que o moderador", "ke kontrole moder\xc3\xa1torem",
    "bekletiliyor", "retingut fins que el moderador", "k\xc3\xbdm ju schv\xc3\xa1li moder\xc3\xa1tor",
    /* "מעוכבת עד", "보류됩니다", "已被搁置" */
    "\xd7\x9e\xd7\xa2\xd7\x95\xd7\x9b\xd7\x91\xd7\xaa \xd7\xa2\xd7\x93",
    "\xeb\xb3\xb4\xeb\xa5\x98\xeb\x90\xa9\xeb\x8b\x88\xeb\x8b\xa4",
    "\xe5\xb7\xb2\xe8\xa2\xab\xe6\x90\x81\xe7\xbd\xae",
    /* mlmmj's wait-post in its translations (text.skel/<lang>/wait-post, "the moderators are
     * being asked to review it"): de, fr, fi, pt, it, sk, cs, ast, then el ("επιβεβαιωθεί από κάποιον
     * διαχειριστή") and zh ("先审列表") */
    "eine moderation erforderlich", "il a \xc3\xa9t\xc3\xa9 demand\xc3\xa9 aux mod\xc3\xa9rateurs",
    "moderaattorin on hyv\xc3\xa4ksytt\xc3\xa4v\xc3\xa4", "em lista de espera para revis\xc3\xa3o",
    "ai moderatori \xc3\xa8 stato richiesto", "boli moder\xc3\xa1tori po\xc5\xbeiadan\xc3\xad",
    "moder\xc3\xa1to\xc5\x99i konference byli kontaktov\xc3\xa1ni", "se pidi\xc3\xb3 que los moderadores",
    "\xce\xb5\xcf\x80\xce\xb9\xce\xb2\xce\xb5\xce\xb2\xce\xb1\xce\xb9\xcf\x89\xce\xb8\xce\xb5\xce\xaf "
    "\xce\xb1\xcf\x80\xcf\x8c \xce\xba\xce\xac\xcf\x80\xce\xbf\xce\xb9\xce\xbf\xce\xbd "
    "\xce\xb4\xce\xb9\xce\xb1\xcf\x87\xce\xb5\xce\xb9\xcf\x81\xce\xb9\xcf\x83\xcf\x84\xce\xae",
    "\xe5\x85\x88\xe5\xae\xa1\xe5\x88\x97\xe8\xa1\xa8",
    /* Mailman 2.1's hold notice in its translations (templates/<lang>/postheld.txt, "Is being held
     * until the list moderator can review it for approval"), one phrase a language, ar to zh_TW */
    "\xd8\xa8\xd9\x85\xd8\xb9\xd8\xa7\xd9\x8a\xd9\x86\xd8\xaa\xd9\x87 \xd9\x84\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x81\xd9\x82\xd8\xa9",
    "llendador de la llista lu revise", "fins que el moderador de la llista",
    "je nutn\xc3\xbd souhlas moder\xc3\xa1tora", "holdes forel\xc3\xb8" "bigt tilbage",
    "bis der listenmoderator",
    "\xce\xbc\xce\xad\xcf\x87\xcf\x81\xce\xb9 \xce\xbd\xce\xb1 \xcf\x84\xce\xbf \xce\xb5\xce\xbe\xce\xb5\xcf\x84\xce\xac\xcf\x83\xce\xb5\xce\xb9 \xce\xbf \xce\xbc\xce\xb5\xcf\x83\xce\xbf\xce\xbb\xce\xb1\xce\xb2\xce\xb7\xcf\x84\xce\xae\xcf\x82",
    "retenata \xc4\x9dis la moderiganto", "en espera de que el moderador",
    "listi moderaatorile l\xc3\xa4" "bivaatuseks", "moderatzaileak noiz onartuko",
    "\xd8\xaa\xd8\xa7 \xd8\xb2\xd9\x85\xd8\xa7\xd9\x86\xdb\x8c \xda\xa9\xd9\x87 \xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\xd8\xaf\xd8\xa7\xd8\xb1 \xd9\x81\xd9\x87\xd8\xb1\xd8\xb3\xd8\xaa",
    "odottaa listan yll\xc3\xa4pit\xc3\xa4j\xc3\xa4n", "en attente jusqu'\xc3\xa0 ce que le mod\xc3\xa9rateur",
    "aprobaci\xc3\xb3n do moderador",
    "\xd7\xa2\xd7\x93 \xd7\xa9\xd7\x9e\xd7\xa0\xd7\x94\xd7\x9c \xd7\x94\xd7\xa8\xd7\xa9\xd7\x99\xd7\x9e\xd7\x94",
    "dok je moderator liste ne pregleda", "a szerkeszt\xc5\x91 j\xc3\xb3v\xc3\xa1hagy\xc3\xa1s\xc3\xa1ig",
    "retenite usque le moderator", "trattenuto in attesa che il moderatore",
    "\xe6\x8a\x95\xe7\xa8\xbf\xe3\x81\x8c\xe4\xbf\x9d\xe7\x95\x99\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
    "\xec\x8a\xb9\xec\x9d\xb8\xec\x9d\x84 \xec\x96\xbb\xea\xb8\xb0 \xec\x9c\x84\xed\x95\xb4 \xeb\x8c\x80\xea\xb8\xb0\xec\xa4\x91\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4",
    "pri\xc5\xbei\xc5\xabr\xc4\x97tojo patvirtinimo", "vastgehouden voor goedkeuring",
    "holdes forel\xc3\xb8pig igjen inntil moderatoren", "wstrzymana do dalszej decyzji moderatora",
    "at\xc3\xa9 que o moderador da lista", "moderatorul listei \xc3\xael va revizui",
    "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb4\xd0\xbb\xd1\x8f \xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xbc\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xbc\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbc",
    "je potrebn\xc3\xbd s\xc3\xbahlas moder\xc3\xa1tora", "\xc4\x8d" "aka na odobritev moderatorja",
    "\xd0\xb4\xd0\xbe\xd0\xba \xd1\x98\xd0\xb5 \xd1\x80\xd0\xb5\xd0\xb3\xd1\x83\xd0\xbb\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80 \xd0\xbb\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5",
    "tillbaka tills moderatorn", "onaylamas\xc4\xb1 i\xc3\xa7in bekletiliyor",
    "\xd0\xbf\xd0\xbe\xd0\xba\xd0\xb8 \xd0\xb0\xd0\xb4\xd0\xbc\xd1\x96\xd0\xbd\xd1\x96\xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80 \xd1\x81\xd0\xbf\xd0\xb8\xd1\x81\xd0\xba\xd1\x83",
    "b\xe1\xbb\x8b gi\xe1\xbb\xaf l\xe1\xba\xa1i \xc4\x91\xe1\xba\xbfn khi \xc4\x91i\xe1\xbb\x81u ti\xe1\xba\xbft vi\xc3\xaan",
    "\xe7\x9b\xb4\xe5\x88\xb0\xe9\x80\x9a\xe8\xbf\x87\xe5\x88\x97\xe8\xa1\xa8\xe4\xb8\xbb\xe6\x8c\x81\xe8\x80\x85\xe5\xae\xa1\xe6\xa0\xb8",
    "\xe5\xaf\xa9\xe6\x9f\xa5\xe6\x98\xaf\xe5\x90\xa6\xe6\x94\xbe\xe8\xa1\x8c",
    NULL
};

/* The list a notice comes from, by its sender: a list's owner or bounce address ("x-owner@",
 * "x+owner@", "x-bounces@") is the list's address with a suffix. Written into the arena. */
static bm_span list_of_sender(P *ps, bm_span from)
{
    static const char *const suffixes[] = {"-owner", "+owner", "-bounces", "+bounces", NULL};
    bm_span a = bm_value_address(from);
    const char *at = a.n ? memchr(a.p, '@', a.n) : NULL;
    unsigned i;
    if (!at) return span(NULL, NULL);
    for (i = 0; suffixes[i]; i++) {
        size_t k = strlen(suffixes[i]), local = (size_t)(at - a.p);
        if (local > k && ieq(at - k, k, suffixes[i])) {
            size_t got, n = local - k, dn = a.n - local;
            char *o = bm_ar_begin(ps, n + dn, &got);
            if (got < n + dn) return span(NULL, NULL);
            memcpy(o, a.p, n);
            memcpy(o + n, at, dn);
            return bm_ar_commit(ps, n + dn);
        }
    }
    return span(NULL, NULL);
}

/* Whether the notice returns a post addressed to list, the list whose owner or bounce address
 * sent it (list_of_sender): mlmmj, Mailman and Sympa send the sender's post back so, in the
 * list's language, whatever words they use. */
static int returns_post(const P *ps, bm_span list)
{
    return list.n && ps->r->original.to.n && bm_ifind_span(ps->r->original.to, list);
}

/* A mailing list's notice that it refused or holds a post: the list is the recipient, the
 * notice's text its reason; a post held for the moderators is not refused (a delay). The list
 * is the address the refusal names in a message from a list manager (fml: List-Id and the like),
 * else the one the notice comes from (its owner or bounce address). */
void bm_list_refusal(P *ps)
{
    notice *no = bm_main_notice(ps);
    const char *q, *s, *e;
    bm_span t, list, words, a = span(NULL, NULL), why = span(NULL, NULL);
    int br, k, held;
    if (!no) return;
    t = bm_notice_text(ps, no);
    list = list_of_sender(ps, ps->r->from);
    /* a list's own notice, read as one line: list managers wrap their notices anywhere ("vor der
     * Weiterleitung eine" / "Moderation erforderlich") */
    words = list.n || ps->list_manager ? bm_join_lines(ps, t.p, t.p + t.n) : t;
    held = bm_sfind_any(words, list_hold_words);
    if (!held && !bm_sfind_any(words, list_post_words) && !returns_post(ps, list)) return;
    q = ps->list_manager ? t.p : t.p + t.n;
    while (bm_next_line(&q, t.p + t.n, &s, &e)) {
        if ((bm_ifind(s, e, "not a member") || bm_ifind(s, e, "not member")) && bm_find_address(s, e, &a, &br)) {
            why = trim(span(s, e));
            break;
        }
    }
    if (!a.n) a = list;
    if (!a.n || (k = bm_add_rcpt(ps)) < 0) return;
    ps->c->rc[k].recipient = a;
    ps->c->rc[k].diagnostic = why.n ? why : words.p == t.p ? bm_join_lines(ps, t.p, t.p + t.n) : words;
    ps->c->rc[k].list_refusal = 1;
    if (held) ps->c->rc[k].action = lit("delayed");
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
    for (i = 0; i < ps->r->n_recipients && i < MAX_LINE_SEARCH; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        rc->smtp_command = command_for(t.p, t.p + t.n, rc->recipient);
        if (rc->smtp_command.n) continue;
        rc->smtp_command = transcript_command_of(t.p, t.p + t.n, rc->diagnostic);
    }
}

/* Whether the line from ls is a header field of a quoted message that names no recipient: its
 * identifiers and its sender's fields ("Message-ID: <x@host>", "Return-Path: <a@b>"), as a notice
 * shows the refused message's headers in its own text (cPanel's BoxTrapper). */
static int quoted_field_of_no_recipient(const char *ls, const char *a)
{
    static const char *const fields[] = {
        "message-id:", "in-reply-to:", "references:", "return-path:", "from:", "sender:", "reply-to:", NULL
    };
    unsigned i;
    for (i = 0; fields[i]; i++) {
        size_t k = strlen(fields[i]);
        if ((size_t)(a - ls) >= k && istarts(ls, k, fields[i])) return 1;
    }
    return 0;
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
        if (sender_side(a, senders, n_senders) || (ls < a.p && *ls == '>') || bm_ifind(ls, a.p, "://") ||
            quoted_field_of_no_recipient(ls, a.p) || help_address(ls, a.p))
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
            rc->diagnostic = bm_join_lines(ps, gs, ge);
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
            text = bm_join_lines(ps, rgs, rge);
        }
        rc->diagnostic = text;
    }
}
