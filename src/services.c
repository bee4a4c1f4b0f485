/* Sending services' own formats: Amazon SES notifications (JSON, as SNS delivers them). */
#include "scan.h"

#include <string.h>

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
    o = bm_ar_begin(ps, (size_t)(p - s), &got);
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
    return bm_ar_commit(ps, n);
}

/* The value after "key": in [p,end), or NULL. */
static const char *json_key(const char *p, const char *end, const char *key)
{
    size_t k = strlen(key);
    const char *start = p;
    while ((p = bm_find_cs(p, end, key)) != NULL) {
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

int bm_ses_scan(P *ps, const char *p, const char *end)
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
            int k = bm_add_rcpt(ps);
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
    ps->r->reporting_mta = bm_strip_type(json_get(ps, p, end, "reportingMTA"));
    if (delivery) {
        bm_span resp = json_get(ps, p, end, "smtpResponse");
        const char *d = json_key(p, end, "delivery");
        if (!d || !(arr = json_key(d, end, "recipients")) || *arr != '[') return 0;
        arr_end = json_close(arr, end);
        for (v = arr + 1; v < arr_end; v++) {
            if (*v == '"') {
                int k = bm_add_rcpt(ps);
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
            int k = bm_add_rcpt(ps);
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
