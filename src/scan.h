/*
 * The message scanner's own header (message.h is its public face): the state of one parse, the
 * text primitives its files share, and what each file offers the others.
 *
 *   message.c     the parse: what kind of message it is, which scans run, the context
 *   mime.c        MIME structure, transfer encodings, header values and RFC 2047 words, HTML
 *   report.c      report formats: RFC 3464 delivery status, ARF, the original message's headers
 *   textbounce.c  MTAs' plain-text bounces: recipient lines, reasons, SMTP commands
 *   services.c    sending services' own formats (Amazon SES notifications)
 *   charset.c     text in a declared charset as UTF-8 (iconv)
 *   scan.c        spans, case-insensitive search, lines, the arena, header blocks, addresses
 *
 * Results are spans into the message or into the context's arena. Every loop is bounded by the
 * input size or by a field of bm_limits.
 */
#ifndef BOUNCE_SCAN_H
#define BOUNCE_SCAN_H

#include <iconv.h>
#include <stddef.h>
#include <string.h>

#include "message.h"

#define MAX_NOTICES 8      /* human-readable parts kept for the text scan */
#define BM_CHARSET_NAME 40 /* bytes of a charset name, with its NUL */

#define BM_ICONV_SLOTS 8     /* charsets whose iconv descriptor a context keeps */

typedef struct bm_iconv {
    char name[BM_CHARSET_NAME]; /* "" when the slot is free */
    iconv_t cd;                 /* (iconv_t)-1 when iconv does not know the charset */
} bm_iconv;

struct bm_ctx {
    char *arena;
    size_t arena_cap;
    bm_recipient *rc;
    unsigned rc_cap;
    bm_field *xh;
    unsigned xh_cap;
    bm_result res;
    bm_iconv iconv[BM_ICONV_SLOTS]; /* charset.c: descriptors of the charsets met last */
    unsigned iconv_next;            /* the slot to reuse when all are taken */
};

typedef enum { CTE_OTHER, CTE_BASE64, CTE_QP } cte_t;

/* A human-readable part, kept for the text scan. */
typedef struct notice {
    const char *p, *end;
    cte_t cte;
    int html;
    bm_span charset;
    bm_span text;     /* bm_notice_text's result, once it was asked for */
    int have_text;
} notice;

/* State of one parse. */
typedef struct P {
    bm_ctx *c;
    bm_limits L;
    bm_result *r;
    size_t aused, alimit;  /* arena bytes used, usable */
    unsigned parts;
    int have_original, have_arf, have_mdn;
    notice notes[MAX_NOTICES];
    unsigned n_notes;
    /* top-level header facts */
    bm_span to, x_failed, auto_submitted, precedence, apple_unsubscribe;
    int x_autoreply, multipart_report;
    int list_manager;      /* the message comes from a mailing-list manager */
    bm_span jmrp_rcpt;     /* X-HmXmrOriginalRecipient of an enclosed message */
    bm_span mdn_rcpt;      /* Final-Recipient of a disposition notification: who read the message */
    bm_span orig_return_path, orig_sender, orig_reply_to; /* of the message that bounced */
    bm_span orig_received_for; /* the envelope recipient its newest Received: field names ("for <a@b>") */
    bm_span region;        /* text of the last text scan, up to the copy of the original */
    bm_span enclosed;      /* the first enclosed message, decoded */
} P;

/* ---------- characters and spans ---------- */

static inline int lc(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static inline int is_ws(int c) { return c == ' ' || c == '\t'; }
static inline int in_set(int c, const char *set) { return c && strchr(set, c) != NULL; }
static inline int is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int is_alnum(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int hexval(int c)
{
    if (is_digit(c)) return c - '0';
    c = lc(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static inline bm_span span(const char *p, const char *e)
{
    bm_span s;
    s.p = p;
    s.n = (e > p) ? (size_t)(e - p) : 0;
    return s;
}

static inline bm_span lit(const char *s)
{
    bm_span r;
    r.p = s;
    r.n = strlen(s);
    return r;
}

static inline bm_span trim(bm_span s)
{
    while (s.n && (is_ws(s.p[0]) || s.p[0] == '\r' || s.p[0] == '\n')) { s.p++; s.n--; }
    while (s.n && (is_ws(s.p[s.n - 1]) || s.p[s.n - 1] == '\r' || s.p[s.n - 1] == '\n')) s.n--;
    return s;
}

/* Case-insensitive comparisons against a lower-case literal (ASCII case; bytes of UTF-8 in the
 * literal compare as the unsigned bytes they are). */
static inline int ieq(const char *p, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!lit[i] || lc((unsigned char)p[i]) != (unsigned char)lit[i]) return 0;
    return lit[n] == 0;
}

static inline int istarts(const char *p, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; lit[i]; i++)
        if (i >= n || lc((unsigned char)p[i]) != (unsigned char)lit[i]) return 0;
    return 1;
}

static inline int sends(const char *p, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && ieq(p + n - k, k, lit);
}

static inline int blank(const char *s, const char *e)
{
    while (s < e && is_ws(*s)) s++;
    return s == e;
}

static inline int local_char(int c)
{
    return is_alnum(c) || in_set(c, "!#$%&'*+-/=?^_`{|}~.");
}

/* A local part's byte, internationalized addresses (RFC 6531) included: UTF-8 letters of two bytes
 * (Latin, Greek, Cyrillic, ...). Longer ones (CJK) are left out: a notice in Chinese or Japanese
 * runs its sentence into the address without a space. */
static inline int local_char_intl(int c)
{
    return local_char(c) || (c >= 0x80 && c <= 0xDF);
}

static inline int domain_char(int c) { return is_alnum(c) || c == '-' || c == '.'; }

/* Whether two addresses are the same, ignoring ASCII case. */
static inline int same_addr(bm_span a, bm_span b)
{
    size_t i;
    if (a.n != b.n) return 0;
    for (i = 0; i < a.n; i++)
        if (lc((unsigned char)a.p[i]) != lc((unsigned char)b.p[i])) return 0;
    return 1;
}

/* scan.c: search */
const char *bm_ifind(const char *p, const char *end, const char *lit);
const char *bm_find_cs(const char *p, const char *end, const char *lit);
int bm_ifind_span(bm_span text, bm_span needle);
int bm_sfind(bm_span s, const char *lit);
int bm_sfind_any(bm_span s, const char *const *words);

/* scan.c: lines (LF, CRLF and CR-only) */
int bm_next_line(const char **pp, const char *end, const char **s, const char **e);
/* Whether [s,e) is a line of a reply: a failure code and '-' or ' ' ("550-5.7.1 ..."). */
int bm_reply_continues(const char *s, const char *e);

/* scan.c: the arena. ar_begin gives room for up to want bytes (*got: how many), ar_commit keeps
 * the first n of them. */
char *bm_ar_begin(P *ps, size_t want, size_t *got);
bm_span bm_ar_commit(P *ps, size_t n);

/* scan.c: header blocks */

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
    const char *start; /* the block's first line */
    int loose;
    int folded;  /* the field hnext gave last took more than one line */
    hline ahead; /* the field line that ended the last field in a CONTINUE block, kept so that
                    it is not read twice (s NULL when none) */
} hiter;

void bm_hinit(hiter *it, const char *p, const char *end, int loose);
size_t bm_field_name(const char *s, const char *e);
int bm_hnext(hiter *it, bm_span *name, bm_span *raw);

/* scan.c: addresses and the recipient list */
int bm_find_address(const char *s, const char *e, bm_span *addr, int *bracketed);
bm_span bm_value_address(bm_span v);
bm_span bm_strip_type(bm_span v);
int bm_add_rcpt(P *ps);
int bm_find_rcpt(P *ps, bm_span a, unsigned from);

/* mime.c */
void bm_walk_entity(P *ps, const char *p, const char *end, unsigned depth, int top);
bm_span bm_body_text(P *ps, const char *p, const char *end, cte_t cte, size_t max);
bm_span bm_clean_value(P *ps, bm_span raw, int multiline, int words);
bm_span bm_html_text(P *ps, bm_span h);
bm_span bm_notice_text(P *ps, notice *n);
notice *bm_main_notice(P *ps);

/* charset.c. cs is a charset parameter as the message gives it (quotes allowed; absent: none
 * declared, and only ISO-2022-JP's escapes are recognised). */
int bm_charset_needed(bm_span cs, const char *s, size_t n);      /* whether s must be converted */
size_t bm_to_utf8(P *ps, bm_span cs, const char *s, size_t n, char *out, size_t cap);
bm_span bm_text_utf8(P *ps, bm_span cs, bm_span t);              /* into the arena when needed */
void bm_charset_free(bm_ctx *c);

/* report.c */
/* Reads RFC 3464 fields; returns how many it knew. */
int bm_dsn_scan(P *ps, const char *p, const char *end, int loose);
void bm_arf_scan(P *ps, const char *p, const char *end);
void bm_mdn_scan(P *ps, const char *p, const char *end);
void bm_orig_scan(P *ps, const char *p, const char *end);

/* textbounce.c */
void bm_text_scan(P *ps, const char *p, const char *end);
bm_span bm_unquote_forwarded(P *ps, bm_span t);
int bm_forward_marker(bm_span line);
void bm_supplement(P *ps);
/* Report recipients given as a bare local part ("Final-Recipient: LOCAL; kijitora") take the
 * full address with that local part that X-Failed-Recipients, the text or the original To gives. */
void bm_complete_local(P *ps);
void bm_list_refusal(P *ps);
void bm_smtp_commands_of(P *ps);
/* A bounce that names no recipient in a way the text scan knows: the first address its text
 * mentions that is not the sender's own. */
void bm_mentioned_recipient(P *ps);
void bm_fallback_reason(P *ps);
/* The lines in [s,e) as one, each run of white space and line ends a single space. */
bm_span bm_join_lines(P *ps, const char *s, const char *e);

/* services.c */
int bm_ses_scan(P *ps, const char *p, const char *end);

#endif
