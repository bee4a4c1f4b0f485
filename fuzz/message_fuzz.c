/* libFuzzer harness for the message scanner (src/message.h): any bytes as a bounce message,
 * scanned once with the default limits and once with limits small enough that every bound is
 * hit. Every byte of every span in the result is read, so a span that points outside the input
 * or the context's arena is caught; the counts must respect the limits. One context serves all
 * runs, as it serves all calls of the Lua binding. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"

#define CHECK(cond)        \
    do {                   \
        if (!(cond))       \
            abort();       \
    } while (0)

static bm_ctx *ctx;

/* Reads every byte of the span (into a volatile, so that the reads stay). */
static void touch(bm_span s)
{
    volatile unsigned char sink;
    size_t i;
    CHECK(s.n == 0 || s.p != NULL);
    for (i = 0; i < s.n; i++)
        sink = (unsigned char)s.p[i];
    (void)sink;
}

static void check_result(const bm_result *r, const bm_limits *lim)
{
    unsigned i;
    CHECK(r != NULL);
    CHECK(r->kind == BM_UNKNOWN || r->kind == BM_DSN || r->kind == BM_ARF || r->kind == BM_AUTO_REPLY || r->kind == BM_MDN);
    CHECK(r->n_recipients <= lim->max_recipients);
    CHECK(r->original.n_x_headers <= lim->max_x_headers);
    touch(r->subject);
    touch(r->from);
    touch(r->reporting_mta);
    touch(r->arrival_date);
    for (i = 0; i < r->n_recipients; i++) {
        const bm_recipient *rc = &r->recipients[i];
        touch(rc->recipient);
        touch(rc->final_recipient);
        touch(rc->original_recipient);
        touch(rc->action);
        touch(rc->status);
        touch(rc->diagnostic);
        touch(rc->diagnostic_type);
        touch(rc->remote_mta);
        touch(rc->last_attempt_date);
    }
    touch(r->original.message_id);
    touch(r->original.from);
    touch(r->original.to);
    touch(r->original.subject);
    touch(r->original.date);
    touch(r->original.return_path);
    for (i = 0; i < r->original.n_x_headers; i++) {
        CHECK(r->original.x_headers[i].name.n > 0);
        touch(r->original.x_headers[i].name);
        touch(r->original.x_headers[i].value);
    }
    touch(r->feedback.feedback_type);
    touch(r->feedback.user_agent);
    touch(r->feedback.original_mail_from);
    touch(r->feedback.original_rcpt_to);
    touch(r->feedback.source_ip);
    touch(r->feedback.arrival_date);
    touch(r->feedback.reported_domain);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bm_limits tight;
    bm_limits dflt;

    if (ctx == NULL)
        CHECK((ctx = bm_ctx_new()) != NULL);
    bm_limits_default(&dflt);
    check_result(bm_parse(ctx, (const char *)data, size, NULL), &dflt);

    tight.max_input = 4096;
    tight.max_header_line = 64;
    tight.max_decoded = 512;
    tight.max_text = 256;
    tight.max_diagnostic = 32;
    tight.max_headers = 8;
    tight.max_parts = 4;
    tight.max_depth = 2;
    tight.max_recipients = 2;
    tight.max_x_headers = 2;
    check_result(bm_parse(ctx, (const char *)data, size, &tight), &tight);
    return 0;
}
