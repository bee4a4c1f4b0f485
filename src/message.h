/*
 * Bounce message scanner: reads an RFC 5322 / MIME message (a delivery status notification,
 * a feedback report, an auto-reply or the plain-text bounce of an MTA that writes no RFC 3464
 * part) and returns what it says about each recipient. Pure C99, no Lua.
 *
 * The scanner never copies the message: results point into the caller's buffer, or into a
 * decode arena owned by the context when a value had to be unfolded or decoded. Results stay
 * valid until the next bm_parse() on the same context or bm_ctx_free().
 */
#ifndef BOUNCE_MESSAGE_H
#define BOUNCE_MESSAGE_H

#include <stddef.h>

/* Bounds on the work and memory of one parse. Input beyond a bound is ignored (the result is
 * partial), never an error. bm_limits_default() fills in the documented defaults. */
typedef struct bm_limits {
    size_t max_input;        /* bytes of the message read (16 MiB) */
    size_t max_header_line;  /* bytes kept of one unfolded header field value (8 KiB) */
    size_t max_decoded;      /* bytes of decoded or unfolded text per parse (4 MiB) */
    size_t max_text;         /* bytes of a human-readable part searched for recipients (64 KiB) */
    size_t max_diagnostic;   /* bytes of a diagnostic taken from human-readable text (2 KiB) */
    unsigned max_headers;    /* header fields read per header block (256) */
    unsigned max_parts;      /* MIME parts visited (256) */
    unsigned max_depth;      /* nesting of multiparts and enclosed messages (32, at most 256) */
    unsigned max_recipients; /* recipients returned (1000) */
    unsigned max_x_headers;  /* X-* headers of the original message returned (64) */
} bm_limits;

/* A piece of text; not NUL-terminated. n == 0 means absent. */
typedef struct bm_span {
    const char *p;
    size_t n;
} bm_span;

typedef enum bm_kind {
    BM_UNKNOWN = 0,
    BM_DSN,        /* a bounce with recipients: RFC 3464 or an MTA's text */
    BM_ARF,        /* a feedback report (RFC 5965) or a provider's complaint notice */
    BM_AUTO_REPLY, /* RFC 3834 auto-reply: vacation, out of office */
    BM_MDN         /* RFC 8098 message disposition notification: a read receipt */
} bm_kind;

typedef struct bm_recipient {
    bm_span recipient;          /* the address the sender used: Original-Recipient where it is
                                   an rfc822 address, else Final-Recipient (a bare local part
                                   completed from the text), else the address the text names */
    bm_span final_recipient;    /* Final-Recipient as the report gives it */
    bm_span original_recipient; /* Original-Recipient as the report gives it */
    int original_is_address;    /* Original-Recipient is of type rfc822 and an address */
    bm_span action;             /* failed, delayed, delivered, relayed, expanded */
    bm_span status;             /* enhanced status as the report gives it, e.g. 5.1.1 */
    bm_span status_comment;     /* what the Status field adds in parentheses; the diagnostic
                                   when nothing else gives one */
    bm_span diagnostic;         /* the remote reply or the MTA's reason, lines joined */
    bm_span diagnostic_type;    /* e.g. smtp, X-Postfix */
    bm_span remote_mta;
    bm_span last_attempt_date;
    bm_span smtp_command;       /* the command the reply answered, where the text says: DATA, RCPT, ... */
    int refuses_sender;         /* the reply names the envelope sender as what it refuses:
                                   Sendmail's "<a@b>... Access denied", a@b the Return-Path */
    int list_refusal;           /* a list manager returned the post to its sender: the list's
                                   refusal, the text (in any language) saying why */
} bm_recipient;

typedef struct bm_field {
    bm_span name;
    bm_span value;
} bm_field;

typedef struct bm_original {
    bm_span message_id, from, to, subject, date;
    bm_span return_path;  /* the envelope sender, where the copy gives it */
    bm_field *x_headers;  /* X-* fields in message order, first of each name */
    unsigned n_x_headers;
} bm_original;

typedef struct bm_feedback {
    bm_span feedback_type, user_agent, original_mail_from, original_rcpt_to, source_ip,
        arrival_date, reported_domain;
} bm_feedback;

typedef struct bm_result {
    bm_kind kind;
    bm_span subject, from;             /* of the report itself */
    bm_span reporting_mta, arrival_date;
    bm_recipient *recipients;          /* in the order the message lists them */
    unsigned n_recipients;
    bm_original original;
    bm_feedback feedback;
    bm_span disposition;               /* an MDN's Disposition field ("manual-action/MDN-sent-manually; displayed") */
    unsigned truncated;                /* non-zero when a limit cut the scan short */
} bm_result;

typedef struct bm_ctx bm_ctx;

void bm_limits_default(bm_limits *lim);

/* A context keeps its buffers between parses; one context serves one thread at a time. */
bm_ctx *bm_ctx_new(void);
void bm_ctx_free(bm_ctx *ctx);

/* Scans msg[0..len). lim may be NULL for the defaults. Returns NULL only when memory for
 * the result itself cannot be had; a message that cannot be read gives kind BM_UNKNOWN. */
const bm_result *bm_parse(bm_ctx *ctx, const char *msg, size_t len, const bm_limits *lim);

/* The reply the rules should read for a recipient, from its diagnostic d[0..n) and the report's
 * Status st[0..sn) (either may be empty): the remote reply a service quotes (Amazon SES's
 * "5.1.0 - ... 550-'5.7.1 ...'"); a session transcript's ">>>" / "<<<" lines, Zoho's
 * "ERROR_CODE :550" fields and "550: reason" written as the reply itself, so that its code is
 * read; and the Status beside the reply's code ("550 5.2.2 ..."), unless the reply has a status
 * of its own, or the Status gives only the class (5.0.0) and the reply a code: its words and code
 * decide then. Writes to out, which has room for 3 * n + sn + 48 bytes (the end serves as
 * scratch), and returns the length. */
size_t bm_reply_text(const char *d, size_t n, const char *st, size_t sn, char *out);

/* Whether s[0..n) holds an enhanced status code of class 2, 4 or 5 that no letter or digit
 * runs into ("5.1.1", "(4.7.650)"; not "x5.1.1", "5.1.1a", "5.1.1.2" or "5.1.1234"). */
int bm_has_status(const char *s, size_t n);

#endif
