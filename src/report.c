/* Report formats: RFC 3464 delivery-status fields (in their own part, or written inline in a
 * text part), ARF feedback reports (RFC 5965), and the headers of the message that bounced. */
#include "scan.h"

#include <stdlib.h>
#include <string.h>

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
void bm_dsn_scan(P *ps, const char *p, const char *end, int loose)
{
    hiter it;
    int cur = -1;
    unsigned block = 0, cur_block = 0;
    bm_hinit(&it, p, end, loose);
    while (it.p < end) {
        bm_span name, raw;
        const char *before = it.p;
        unsigned fields = 0;
        block++;
        while (bm_hnext(&it, &name, &raw)) {
            int f = dsn_field(name);
            bm_recipient *rc;
            if (++fields > ps->L.max_headers) {
                ps->r->truncated = 1;
                continue;
            }
            if (f == F_NONE) continue;
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
                if (cur_block != block || (f == F_FINAL && rc->recipient.n) ||
                    (f == F_ORIG && rc->original_recipient.n))
                    cur = -1;
            }
            if (cur < 0) {
                if ((cur = bm_add_rcpt(ps)) < 0) return;
                cur_block = block;
            }
            rc = &ps->c->rc[cur];
            switch (f) {
            case F_FINAL: rc->recipient = bm_value_address(bm_clean_value(ps, raw, it.folded, 0)); break;
            case F_ACTUAL:
                if (!rc->recipient.n) rc->recipient = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
                break;
            case F_ORIG:
                rc->original_recipient = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
                break;
            case F_ACTION: rc->action = trim(bm_clean_value(ps, raw, it.folded, 0)); break;
            case F_STATUS: {
                bm_span v = bm_clean_value(ps, raw, it.folded, 0);
                rc->status = status_token(v);
                rc->status_comment = status_comment(v, rc->status);
                break;
            }
            case F_REMOTE: rc->remote_mta = bm_strip_type(bm_clean_value(ps, raw, it.folded, 0)); break;
            case F_LAST: rc->last_attempt_date = bm_clean_value(ps, raw, it.folded, 0); break;
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
}

void bm_arf_scan(P *ps, const char *p, const char *end)
{
    hiter it;
    bm_span name, raw;
    bm_feedback *fb = &ps->r->feedback;
    unsigned fields = 0;
    bm_hinit(&it, p, end, CONTINUE);
    ps->have_arf = 1;
    while (it.p < end) {
        const char *before = it.p;
        while (bm_hnext(&it, &name, &raw)) {
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
                bm_span a = bm_value_address(bm_clean_value(ps, raw, it.folded, 0));
                int i;
                if (!fb->original_rcpt_to.n) fb->original_rcpt_to = a;
                if (a.n && bm_find_rcpt(ps, a, 0) < 0 && (i = bm_add_rcpt(ps)) >= 0)
                    ps->c->rc[i].recipient = a;
                continue;
            }
            if (dst && !dst->n) *dst = bm_clean_value(ps, raw, it.folded, 0);
        }
        if (it.p == before) {
            const char *s, *e;
            bm_next_line(&it.p, end, &s, &e);
        }
    }
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
