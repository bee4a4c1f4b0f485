/* Reading an SMTP reply: basic code, enhanced status, effective class; folding text for matching. */
#ifndef BOUNCE_REPLY_H
#define BOUNCE_REPLY_H

#include <stddef.h>

#define BOUNCE_STATUS_MAX 16

typedef struct bounce_reply {
    int code;                          /* basic reply code as given, 0 when none */
    char status[BOUNCE_STATUS_MAX];    /* enhanced status as given, "" when none */
    int klass;                         /* effective class 2, 4 or 5; 0 when neither is known */
    char effective[BOUNCE_STATUS_MAX]; /* the status rules match: see bounce_reply_parse */
    size_t cause_len;                  /* the bytes of the text that state the cause: see below */
} bounce_reply;

/* Finds the code and status of a reply, a DSN Diagnostic-Code or a line of a text bounce.
 * A multi-line reply is joined and its last line decides. Where code and status disagree in
 * class (421 5.7.32) the code's class is the effective one and `effective` carries it
 * ("4.7.32"). A three-digit value that is no SMTP reply code (511) is read as the enhanced
 * code 5.1.1 in `effective`; `code` and `status` stay as given.
 * A failure followed by the receiver's complaint that the client went on (503 "bad sequence of
 * commands", 554 5.5.1 "no valid recipients") states its cause before the complaint: the code
 * and status are read, and cause_len ends, where the complaint starts (else cause_len is n). */
void bounce_reply_parse(const char *s, size_t n, bounce_reply *out);

/* Lower case (UTF-8 letters too, without their diacritics: fold.h), every run of white space (and
 * NUL) as one space, no space at either end. dst holds at least n bytes; returns the folded
 * length. */
size_t bounce_fold(const char *s, size_t n, char *dst);

/* bounce_fold for a reply: a multi-line reply's continuation prefixes ("550-5.7.1 ") after the
 * first line are dropped, so a phrase reads across the line break. */
size_t bounce_fold_reply(const char *s, size_t n, char *dst);

/* The local parts of the addresses in folded text overwritten with '_', so that no phrase is read
 * in an address: "<spam@example.org>: user unknown" names no spam, "dmarc-reports@" no DMARC.
 * Domains stay: they name providers and blocklists. */
void bounce_mask_local_parts(char *folded, size_t n);

/* Seconds the reply asks to wait ("try again in 5 minutes", "retry after 4 hours"), from folded
 * text; -1 when it names no delay. */
long bounce_retry_after(const char *folded, size_t n);

/* The words that stand before such a delay ("again in ", ...), folded, NULL-terminated: where
 * none occurs, the reply names no delay. */
extern const char *const bounce_retry_cues[];

/* SMTP commands a reply can answer, numbered from 1 in this order (0: not known); CONNECT is the
 * greeting, the reply to the connection itself. */
#define BOUNCE_COMMAND_COUNT 8
#define BOUNCE_COMMAND_EHLO 4
#define BOUNCE_COMMAND_HELO 5
#define BOUNCE_COMMAND_CONNECT 8
extern const char *const bounce_command_names[BOUNCE_COMMAND_COUNT + 1]; /* "DATA", ..., NULL */

/* 1 when a reply to command (a number as above) came before any recipient was given: the
 * greeting, HELO/EHLO, STARTTLS or MAIL FROM. */
int bounce_command_before_rcpt(int command);

/* 1 when an enhanced status speaks of the sender's address (RFC 3463's X.1.7 and X.1.8, RFC
 * 7505's X.7.27): what the reply refuses is the sender's. */
int bounce_status_of_sender(const char *status);

/* The words MTAs put around a command's name to say which one a reply answered: Postfix's
 * "(in reply to end of DATA command)", Exim's "SMTP error from remote mail server after RCPT
 * TO:<a@b>:", hMailServer's "hMailServer sent: MAIL FROM:<a@b>" above "Remote server replied:
 * ...". Folded text before and after the name; ends with {NULL, NULL}. */
extern const char *const bounce_command_frames[][2];

/* How MTAs name the command a reply answered, inside those frames: lower-case words and the
 * command's number. NULL-terminated. */
typedef struct bounce_command_words {
    const char *words;
    int command;
} bounce_command_words;
extern const bounce_command_words bounce_command_wordings[];

/* Whole sentences in which MTAs say which command a reply answered, outside those frames
 * (qmail's "Connected to x but sender was rejected."): folded words and the command's number.
 * NULL-terminated. */
extern const bounce_command_words bounce_command_sentences[];

/* The number of the command named name in any case, 0 when it names none. */
int bounce_command_number(const char *name);

/* 1 when code is a reply code of RFC 5321 or of a standard SMTP extension. */
int bounce_is_reply_code(int code);

#endif
