/* Report formats: RFC 3464 delivery-status fields (in their own part, or written inline in a
 * text part), ARF feedback reports (RFC 5965), and the headers of the message that bounced. */
#include "scan.h"

#include <stdlib.h>
#include <string.h>

#include "reply.h"

enum { F_NONE, F_FINAL, F_ORIG, F_ACTION, F_STATUS, F_DIAG, F_EXIM_DIAG, F_REMOTE, F_LAST,
       F_ACTUAL, F_REPORTING, F_ARRIVAL };

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
        if (ieq(n.p, n.n, "x-exim-diagnostic")) return F_EXIM_DIAG;
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

/* Whether an Original-Recipient value ("rfc822; a@b", or no type) gives an address the sender
 * used, addr being its address part: X.400 and local names do not. */
static int rfc822_address(bm_span v, bm_span addr)
{
    const char *semi = memchr(v.p, ';', v.n);
    bm_span a;
    int br;
    if (semi) {
        bm_span type = trim(span(v.p, semi));
        if (!ieq(type.p, type.n, "rfc822")) return 0;
    }
    return addr.n && bm_find_address(addr.p, addr.p + addr.n, &a, &br) && a.n == addr.n;
}

/* RFC 3464 fields, in a message/delivery-status part or written inline in a text part.
 * Blank lines separate the per-message block from the per-recipient blocks; a repeated
 * recipient field also starts a new recipient, for reports that omit the blank lines. */
int bm_dsn_scan(P *ps, const char *p, const char *end, int loose)
{
    hiter it;
    int cur = -1, known = 0;
    unsigned block = 0, cur_block = 0, fields = 0;
    bm_hinit(&it, p, end, loose);
    while (it.p < end) {
        bm_span name, raw;
        const char *before = it.p;
        /* a block of one field after a recipient's: a paste that set a blank line under every
         * line ("Final-Recipient: ...", "", "Action: failed", "", "Status: 5.2.3"), whose next
         * fields go on with that recipient until another names one */
        int spaced = (fields == 1);
        fields = 0;
        block++;
        while (bm_hnext(&it, &name, &raw)) {
            int f = dsn_field(name);
            bm_recipient *rc;
            if (++fields > ps->L.max_headers) {
                ps->r->truncated = 1;
                continue;
            }
            if (f == F_NONE) continue;
            known++;
            if (f == F_REPORTING) {
                if (!ps->r->reporting_mta.n)
                    ps->r->reporting_mta = bm_strip_type(bm_clean_value(ps, raw, it.folded, 0));
                continue;
            }
            if (f == F_ARRIVAL) {
                if (!ps->r->arrival_date.n) ps->r->arrival_date = bm_clean_value(ps, raw, it.folded, 0);
                continue;
            }
            if (cur >= 0) {
                rc = &ps->c->rc[cur];
                if (cur_block != block && spaced && cur_block + 1 == block) cur_block = block;
                if (cur_block != block || (f == F_FINAL && rc->recipient.n) ||
                    (f == F_ORIG && rc->original_recipient.n))
                    cur = -1;
            }
            if (cur < 0) {
                if ((cur = bm_add_rcpt(ps)) < 0) return known;
                cur_block = block;
            }
            rc = &ps->c->rc[cur];
            switch (f) {
            case F_FINAL:
                rc->recipient = rc->final_recipient = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
                break;
            case F_ACTUAL:
                if (!rc->recipient.n) rc->recipient = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
                break;
            case F_ORIG: {
                bm_span v = bm_clean_value(ps, raw, it.folded, 0);
                rc->original_recipient = bm_value_address(v);
                rc->original_is_address = rfc822_address(v, rc->original_recipient);
                break;
            }
            case F_ACTION: rc->action = trim(bm_clean_value(ps, raw, it.folded, 0)); break;
            case F_STATUS: {
                bm_span v = bm_clean_value(ps, raw, it.folded, 0);
                rc->status = status_token(v);
                rc->status_comment = status_comment(v, rc->status);
                break;
            }
            case F_REMOTE: rc->remote_mta = bm_strip_type(bm_clean_value(ps, raw, it.folded, 0)); break;
            case F_LAST: rc->last_attempt_date = bm_clean_value(ps, raw, it.folded, 0); break;
            case F_EXIM_DIAG: /* Exim's own reason (built with DSN_INFO), where no reply gives one */
                if (rc->diagnostic.n) break;
                /* fall through */
            case F_DIAG: {
                bm_span v = bm_clean_value(ps, raw, it.folded, 0);
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
            bm_next_line(&it.p, end, &s, &e);
        }
    }
    return known;
}

/* The fields of a report part written as header fields (ARF, MDN), each given to fn with its
 * raw value and whether it took more than one line; a line that is no field is stepped over, and
 * max_headers bounds how many are read. */
typedef void (*field_fn)(P *ps, bm_span name, bm_span raw, int folded);

static void each_field(P *ps, const char *p, const char *end, field_fn fn)
{
    hiter it;
    bm_span name, raw;
    unsigned fields = 0;
    bm_hinit(&it, p, end, CONTINUE);
    while (it.p < end) {
        const char *before = it.p;
        while (bm_hnext(&it, &name, &raw)) {
            if (++fields > ps->L.max_headers) {
                ps->r->truncated = 1;
                return;
            }
            fn(ps, name, raw, it.folded);
        }
        if (it.p == before) {
            const char *s, *e;
            bm_next_line(&it.p, end, &s, &e);
        }
    }
}

static void arf_field(P *ps, bm_span name, bm_span raw, int folded)
{
    bm_feedback *fb = &ps->r->feedback;
    bm_span *dst = NULL;
    if (ieq(name.p, name.n, "feedback-type")) dst = &fb->feedback_type;
    else if (ieq(name.p, name.n, "user-agent")) dst = &fb->user_agent;
    else if (ieq(name.p, name.n, "original-mail-from")) dst = &fb->original_mail_from;
    else if (ieq(name.p, name.n, "source-ip")) dst = &fb->source_ip;
    else if (ieq(name.p, name.n, "arrival-date") || ieq(name.p, name.n, "received-date"))
        dst = &fb->arrival_date;
    else if (ieq(name.p, name.n, "reported-domain")) dst = &fb->reported_domain;
    else if (ieq(name.p, name.n, "original-rcpt-to")) {
        bm_span a = bm_value_address(bm_clean_value(ps, raw, folded, 0));
        int i;
        if (!fb->original_rcpt_to.n) fb->original_rcpt_to = a;
        if (a.n && bm_find_rcpt(ps, a, 0) < 0 && (i = bm_add_rcpt(ps)) >= 0)
            ps->c->rc[i].recipient = a;
        return;
    }
    if (dst && !dst->n) *dst = bm_clean_value(ps, raw, folded, 0);
}

void bm_arf_scan(P *ps, const char *p, const char *end)
{
    ps->have_arf = 1;
    each_field(ps, p, end, arf_field);
}

/* RFC 8098 disposition fields: who read the message (Final-Recipient, the address the receipt
 * is about) and what became of it (Disposition: displayed, deleted, dispatched, processed,
 * denied, failed). A read receipt, not a failure of delivery. */
static void mdn_field(P *ps, bm_span name, bm_span raw, int folded)
{
    if (ieq(name.p, name.n, "final-recipient") && !ps->mdn_rcpt.n)
        ps->mdn_rcpt = bm_value_address(bm_clean_value(ps, raw, folded, 0));
    else if (ieq(name.p, name.n, "disposition") && !ps->r->disposition.n)
        ps->r->disposition = trim(bm_clean_value(ps, raw, folded, 0));
}

void bm_mdn_scan(P *ps, const char *p, const char *end)
{
    ps->have_mdn = 1;
    each_field(ps, p, end, mdn_field);
}

/* The address a Received: field's "for" clause names ("by mx.example.org ... for <a@b>;"), the
 * envelope recipient of the message as that host took it. */
static bm_span received_for(bm_span v)
{
    const char *p = v.p, *e = v.p + v.n, *f;
    bm_span a;
    int br;
    while ((f = bm_ifind(p, e, "for ")) != NULL) {
        p = f + 4;
        if ((f == v.p || is_ws(f[-1]) || f[-1] == ')') && bm_find_address(p, e, &a, &br) &&
            (a.p == p || (a.p == p + 1 && *p == '<')))
            return a;
    }
    return span(NULL, NULL);
}

/* Headers of the message that bounced: an enclosed message, a headers part, or the copy that
 * a text bounce appends. */
void bm_orig_scan(P *ps, const char *p, const char *end)
{
    hiter it;
    bm_span name, raw;
    bm_original *o = &ps->r->original;
    bm_ctx *c = ps->c;
    unsigned fields = 0;
    int received = 0; /* only the newest Received: field, the first, names the recipient */
    bm_hinit(&it, p, end, STRICT);
    while (bm_hnext(&it, &name, &raw)) {
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
            else if (ieq(name.p, name.n, "sender") && !ps->orig_sender.n) ps->orig_sender = raw;
            break;
        case 'r':
            if (ieq(name.p, name.n, "return-path") && !ps->orig_return_path.n) {
                ps->orig_return_path = raw;
                o->return_path = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
            }
            else if (ieq(name.p, name.n, "reply-to") && !ps->orig_reply_to.n) ps->orig_reply_to = raw;
            else if (ieq(name.p, name.n, "received") && !received++ && !ps->orig_received_for.n)
                ps->orig_received_for = received_for(bm_clean_value(ps, raw, it.folded, 0));
            break;
        case 'd':
            if (ieq(name.p, name.n, "date")) dst = &o->date;
            break;
        case 'x':
            if (name.n > 2 && name.p[1] == '-') {
                unsigned i;
                if (ieq(name.p, name.n, "x-hmxmroriginalrecipient") && !ps->jmrp_rcpt.n)
                    ps->jmrp_rcpt = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
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
                c->xh[o->n_x_headers].value = bm_clean_value(ps, raw, it.folded, 1);
                o->n_x_headers++;
            }
            break;
        }
        if (dst && !dst->n) *dst = bm_clean_value(ps, raw, it.folded, 1);
    }
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

/* ---------- the reply the rules read ---------- */

static int space_at(const char *d, size_t i, size_t n)
{
    return i < n && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n' || d[i] == '\v' ||
                     d[i] == '\f');
}

static int code_digits(const char *d)
{
    return d[0] >= '2' && d[0] <= '5' && is_digit(d[1]) && is_digit(d[2]);
}

/* A string as Python's repr writes it, from d[i] (its opening quote) on, appended to out at *o:
 * its escapes undone ("\n" a line break, "\'" a quote). Returns the index past its closing
 * quote, 0 when d holds none. */
static size_t repr_string(const char *d, size_t i, size_t n, char *out, size_t *o)
{
    char q = d[i++];
    for (; i < n && d[i] != q; i++) {
        if (d[i] == '\\' && i + 1 < n) {
            i++;
            out[(*o)++] = d[i] == 'n' || d[i] == 'r' ? '\n' : d[i] == 't' ? ' ' : d[i];
        } else {
            out[(*o)++] = d[i];
        }
    }
    return i < n ? i + 1 : 0;
}

/* Cisco AsyncOS's form of the same, a Python tuple of the code and the reply's lines:
 * "('550', ['5.1.1 <a@b>... User unknown', 'second line'])" from d on, as "550 5.1.1 <a@b>...
 * User unknown second line" into out; 0 when d holds none or the list is empty ("('000', [])"). */
static size_t tuple_reply(const char *d, size_t n, char *out)
{
    const char *p = bm_find_cs(d, d + n, "('");
    size_t i, o = 4;
    if (!p) return 0;
    i = (size_t)(p - d) + 2;
    if (n - i < 8 || !code_digits(d + i) || d[i + 3] != '\'' || d[i + 4] != ',') return 0;
    memcpy(out, d + i, 3);
    out[3] = ' ';
    for (i += 5; space_at(d, i, n); i++) {}
    if (i >= n || d[i++] != '[') return 0;
    for (;;) {
        while (i < n && (space_at(d, i, n) || d[i] == ',')) i++;
        if (i >= n || (d[i] != '\'' && d[i] != '"')) break;
        if (o > 4) out[o++] = ' ';
        if ((i = repr_string(d, i, n, out, &o)) == 0) return 0;
    }
    return o > 4 ? o : 0;
}

/* Amazon SES's (and AsyncOS's) "5.1.0 - Unknown address error 550-'5.7.1 <a@b>... Access denied'
 * (...)", in double quotes where the reply holds a quote (550-"5.1.1 ... recipient's ..."): the
 * remote reply it quotes, "550 5.7.1 <a@b>... Access denied", into out; 0 when d holds none.
 * The remote's reply says why; SES's prefix only that it failed. */
static size_t ses_remote(const char *d, size_t n, char *out)
{
    size_t i, k, q, o = 4;
    if (n < 5 || !is_digit(d[0]) || d[1] != '.') return 0;
    for (i = 2, k = 0; i < n && is_digit(d[i]) && k < 3; i++) k++;
    if (!k || i >= n || d[i] != '.') return 0;
    for (i++, k = 0; i < n && is_digit(d[i]) && k < 4; i++) k++;
    if (!k || n - i < 3 || memcmp(d + i, " - ", 3) != 0) return 0;
    i += 3;
    if ((k = tuple_reply(d + i, n - i, out)) != 0) return k;
    for (q = i; q < n && d[q] != '\'' && d[q] != '"'; q++) {}
    /* the first quote comes right after the code and a '-' or space */
    if (q >= n || q < i + 4 || (d[q - 1] != '-' && d[q - 1] != ' ') || !code_digits(d + q - 4) ||
        (q - 4 > i && is_digit(d[q - 5])))
        return 0;
    memcpy(out, d + q - 4, 3);
    out[3] = ' ';
    return repr_string(d, q, n, out, &o) ? o : 0;
}

/* Zoho's "Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... User Unknown" as
 * "550 5.1.1 <a@b>... User Unknown (Invalid Address)" into out; 0 when d is not so written. */
static size_t zoho_fields(const char *d, size_t n, char *out)
{
    const char *a = bm_find_cs(d, d + n, "ERROR_CODE");
    size_t lead, i, o = 0, code, rest;
    if (!a) return 0;
    lead = (size_t)(a - d);
    while (lead > 0 && space_at(d, lead - 1, n)) lead--;
    if (lead > 0 && d[lead - 1] == ',') lead--;
    i = (size_t)(a - d) + 10;
    while (space_at(d, i, n)) i++;
    if (i >= n || d[i] != ':') return 0;
    for (i++; space_at(d, i, n); i++) {}
    if (n - i < 3 || !code_digits(d + i)) return 0;
    code = i;
    i += 3;
    if (i < n && d[i] == ',') i++;
    while (space_at(d, i, n)) i++;
    if (n - i < 10 || memcmp(d + i, "ERROR_CODE", 10) != 0) return 0;
    for (i += 10; space_at(d, i, n); i++) {}
    if (i >= n || d[i] != ':') return 0;
    for (i++; space_at(d, i, n); i++) {}
    if (i < n && d[i] == ',') i++;
    while (space_at(d, i, n)) i++;
    rest = i;
    memcpy(out, d + code, 3);
    out[3] = ' ';
    o = 4;
    if (rest < n) {
        memcpy(out + o, d + rest, n - rest);
        o += n - rest;
        out[o++] = ' ';
    }
    out[o++] = '(';
    memcpy(out + o, d, lead);
    o += lead;
    out[o++] = ')';
    return o;
}

/* A session transcript's ">>> RCPT TO:<a@b>" and "<<< 550 ..." (either arrow for either side),
 * each arrow and the white space around it a line break, into out; 0 when d has no arrow. */
static size_t transcript_lines(const char *d, size_t n, char *out)
{
    size_t i = 0, o = 0;
    int any = 0;
    if (!memchr(d, '<', n) && !memchr(d, '>', n)) return 0;
    while (i < n) {
        if ((d[i] == '<' || d[i] == '>') && n - i >= 3 && d[i + 1] == d[i] && d[i + 2] == d[i]) {
            while (o > 0 && space_at(out, o - 1, o)) o--;
            out[o++] = '\n';
            for (i += 3; space_at(d, i, n); i++) {}
            any = 1;
            continue;
        }
        out[o++] = d[i++];
    }
    return any ? o : 0;
}

size_t bm_reply_text(const char *d, size_t n, const char *status, size_t sn, char *out)
{
    char *a = out + n + sn + 16, *b = a + n + 16; /* scratch: message.h gives the room */
    size_t k;
    bounce_reply r;
    if (!n) {
        memcpy(out, status, sn);
        return sn;
    }
    /* the reply a service quotes, then the notations around a reply undone */
    if ((k = ses_remote(d, n, a)) != 0) { /* the service's Status is its own guess from the code */
        d = a;
        n = k;
        sn = 0;
    }
    if ((k = transcript_lines(d, n, b)) != 0) {
        d = b;
        n = k;
    }
    if ((k = zoho_fields(d, n, d == a ? b : a)) != 0) {
        d = d == a ? b : a;
        n = k;
    } else if (n > 4 && code_digits(d) && d[3] == ':') { /* "550: reason" */
        char *t = d == a ? b : a;
        size_t i = 4;
        while (space_at(d, i, n)) i++;
        memcpy(t, d, 3);
        t[3] = ' ';
        memcpy(t + 4, d + i, n - i);
        n = n - i + 4;
        d = t;
    }
    /* the report's Status beside the reply's code, unless the reply has its own, or the Status
     * gives only the class and the reply has a code (542 is none: it reads as a status) */
    if (sn) bounce_reply_parse(d, n, &r);
    if (!sn || r.status[0] ||
        (r.code && !r.effective[0] && sn == 5 && is_digit(status[0]) && memcmp(status + 1, ".0.0", 4) == 0)) {
        memcpy(out, d, n);
        return n;
    }
    if (n >= 4 && code_digits(d) && (d[3] == ' ' || d[3] == '-') &&
        r.code == (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0')) { /* "550 5.1.1 ..." */
        memcpy(out, d, 4);
        memcpy(out + 4, status, sn);
        out[4 + sn] = ' ';
        memcpy(out + 5 + sn, d + 4, n - 4);
        return n + sn + 1;
    }
    memcpy(out, status, sn);
    out[sn] = ' ';
    memcpy(out + sn + 1, d, n);
    return n + sn + 1;
}
