/* Reply parsing: where the code and the enhanced status stand in the many shapes a failure
 * reaches an operator in (a bare reply, multi-line replies, "smtp; 550 ...", Postfix's
 * "host x said: 550 ...", "#5.1.1", Exim's indented lines, Python smtplib's "(550, b'...')"). */
#include "reply.h"

#include <string.h>

#include "fold.h"

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_blank(int c) { return c == ' ' || c == '\t'; }
static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || c == 0;
}

int bounce_is_reply_code(int code)
{
    static const short codes[] = {
        211, 214, 220, 221, 250, 251, 252, 354, 421, 432, 450, 451, 452, 454, 455,
        500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
    };
    size_t i;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (codes[i] == code)
            return 1;
    return 0;
}

/* A status X.Y.ZZZ at p (class 2, 4, 5 or the seeds' 9; one-digit subject as in every
 * registered code; detail up to three digits), not inside a longer dotted number such as an
 * IP address or a version. Returns its length, 0 when there is none. */
static size_t status_at(const char *s, size_t n, size_t p)
{
    size_t q, d;
    if (p > 0 && (is_digit(s[p - 1]) || is_alpha(s[p - 1]) || s[p - 1] == '.'))
        return 0;
    if (p + 5 > n || !(s[p] == '2' || s[p] == '4' || s[p] == '5' || s[p] == '9'))
        return 0;
    if (s[p + 1] != '.' || !is_digit(s[p + 2]) || s[p + 3] != '.')
        return 0;
    for (q = p + 4, d = 0; q < n && is_digit(s[q]) && d < 4; q++, d++)
        ;
    if (d == 0 || d > 3)
        return 0;
    if (q < n && (is_alpha(s[q]) || (s[q] == '.' && q + 1 < n && is_digit(s[q + 1]))))
        return 0;
    return q - p;
}

/* Whether the n bytes at s spell the lower-case letters lit in any case. */
static int letters_are(const char *s, const char *lit, size_t n)
{
    size_t i;
    for (i = 0; i < n && (s[i] | 0x20) == lit[i]; i++)
        ;
    return i == n;
}

/* Whether the dotted number at p is a section of a document the reply cites ("See RFC2821
 * 4.1.3", "RFC 5321 section 4.5.3", "§ 4.1.1"), not a status of its own. */
static int cited_section(const char *s, size_t p)
{
    size_t b = p, d;
    while (b > 0 && is_blank(s[b - 1]))
        b--;
    if (b > 0 && (unsigned char)s[b - 1] == 0xa7) /* "§" in UTF-8 and Latin-1 */
        return 1;
    if (b >= 7 && letters_are(s + b - 7, "section", 7))
        return 1;
    for (d = b; d > 0 && is_digit(s[d - 1]); d--)
        ;
    if (d == b)
        return 0;
    while (d > 0 && (is_blank(s[d - 1]) || s[d - 1] == '-'))
        d--;
    return d >= 3 && letters_are(s + d - 3, "rfc", 3);
}

/* Whether the word that ends at b (followed by blanks up to the code) introduces a server's
 * reply without a colon: "RCPT TO said 550 ...", "the remote server replied 554 ...", "failed
 * with code 550", and chasquid's names of the step that failed ("MAIL+RCPT 550 ...", "DATA
 * 554 ...", "DATA closing 552 ...": internal/courier/smtp.go). */
static int reply_verb_before(const char *s, size_t line_start, size_t b)
{
    static const char *const verbs[] = {"said",  "replied", "responded", "answered", "returned",
                                        "code",  "rcpt",    "data",      "closing",  NULL};
    const char *const *v;
    for (v = verbs; *v; v++) {
        size_t len = strlen(*v);
        if (b - line_start < len || (b - len > line_start && is_alpha(s[b - len - 1])))
            continue;
        if (letters_are(s + b - len, *v, len))
            return 1;
    }
    return 0;
}

/* A basic code at p: three digits, first 2-5, followed by a space, '-', line end or end (or a
 * closing bracket after the word "code"), and standing where a reply starts: at a line start or
 * after ';', ':', '(', '[', ']', '"', '\'', '=', '#', a session transcript's "<<<" or "<--" (and
 * blanks), or a verb that introduces a reply. Returns the code or 0. */
static int code_at(const char *s, size_t n, size_t p, size_t line_start, int *at_line_start)
{
    size_t b;
    int closes; /* the code ends a bracket: "[SMTP Error Code 550]" (McAfee WebShield) */
    if (p + 3 > n || s[p] < '2' || s[p] > '5' || !is_digit(s[p + 1]) || !is_digit(s[p + 2]))
        return 0;
    closes = p + 3 < n && (s[p + 3] == ']' || s[p + 3] == ')');
    /* Python's smtplib writes a reply as a tuple, "(550, b'5.1.1 ...')" */
    if (p + 3 < n && !closes && !(is_space(s[p + 3]) || s[p + 3] == '-' || (s[p + 3] == ',' && p > 0 && s[p - 1] == '(')))
        return 0;
    /* a continued reply goes on with its text, which may open with a quote, a bracket or a
     * colon ("550-\"JunkMail rejected ...", "550-[192.0.2.1] ...", AOL's "554-:  (HVU:BL) ...") */
    if (p + 4 < n && s[p + 3] == '-' &&
        !(is_digit(s[p + 4]) || is_alpha(s[p + 4]) || is_space(s[p + 4]) ||
          (s[p + 4] && strchr("\"'[<(:", s[p + 4]) != NULL)))
        return 0;
    for (b = p; b > line_start && is_blank(s[b - 1]); b--)
        ;
    if (closes) { /* only where words name it a code: "Error Code 550]", "(code 550)" */
        if (b == p || b - line_start < 4 || !letters_are(s + b - 4, "code", 4))
            return 0;
        *at_line_start = 0;
    } else if (b == line_start)
        *at_line_start = 1;
    else if (strchr(";:([]\"'=#<", s[b - 1]) != NULL || (b < p && reply_verb_before(s, line_start, b)) ||
             (b - line_start >= 3 && memcmp(s + b - 3, "<--", 3) == 0))
        *at_line_start = 0;
    else
        return 0;
    return (s[p] - '0') * 100 + (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
}

static void copy_status(char *dst, const char *s, size_t len)
{
    if (len >= BOUNCE_STATUS_MAX)
        len = BOUNCE_STATUS_MAX - 1;
    memcpy(dst, s, len);
    dst[len] = '\0';
}

void bounce_reply_parse(const char *s, size_t n, bounce_reply *out)
{
    size_t p = 0, line_start = 0;
    int first_code = 0, last_lead_code = 0, failed = 0; /* failed: the first 4xx or 5xx code */
    const char *first_status = NULL, *lead_status = NULL, *code_status = NULL, *failed_status = NULL;
    size_t first_status_len = 0, lead_status_len = 0, code_status_len = 0, failed_status_len = 0;

    memset(out, 0, sizeof *out);
    out->cause_len = n;
    while (p < n) {
        char c = s[p];
        if (c == '\n' || c == '\r') {
            line_start = ++p;
            continue;
        }
        if (is_digit(c)) {
            size_t len = status_at(s, n, p);
            int lead = 0, code = 0;
            if (len > 0) {
                if (first_status == NULL && !cited_section(s, p)) {
                    first_status = s + p;
                    first_status_len = len;
                }
                p += len;
                continue;
            }
            code = code_at(s, n, p, line_start, &lead);
            if (code != 0) {
                /* The status right after a code belongs to it ("550 5.1.1", "550-5.1.1"). */
                size_t q = p + 4, slen;
                while (q < n && is_blank(s[q]))
                    q++;
                if (q < n && s[q] == '#')
                    q++;
                else if (q + 1 < n && s[q] == 'b' && (s[q + 1] == '\'' || s[q + 1] == '"'))
                    q += 2; /* the tuple's bytes: (550, b'5.1.1 ...') */
                else if (q < n && (s[q] == '\'' || s[q] == '"'))
                    q++;
                slen = q < n ? status_at(s, n, q) : 0;
                /* a complaint is another reply than the failure's own lines ("503-...", "503 ...") */
                if (failed && code != failed &&
                    (code == 503 || (code == 554 && slen == 5 && memcmp(s + q, "5.5.1", 5) == 0))) {
                    out->cause_len = lead ? line_start : p;
                    break;
                }
                if (failed == 0 && code >= 400) {
                    failed = code;
                    failed_status = slen > 0 ? s + q : NULL;
                    failed_status_len = slen;
                }
                if (first_code == 0)
                    first_code = code;
                if (slen > 0 && code_status == NULL) {
                    code_status = s + q;
                    code_status_len = slen;
                }
                if (lead) {
                    last_lead_code = code;
                    if (slen > 0) {
                        lead_status = s + q;
                        lead_status_len = slen;
                    }
                }
                p += 3;
                continue;
            }
            while (p < n && (is_digit(s[p]) || s[p] == '.'))
                p++;
            continue;
        }
        p++;
    }

    /* Lines that start with a code are reply lines: the last one decides. Inside a line, the
     * first failure does (a transcript joined into one line: "<-- 250 2.1.0 Ok ... <-- 550 5.1.1
     * ..."), else the first code. */
    out->code = last_lead_code ? last_lead_code : failed ? failed : first_code;
    if (lead_status != NULL)
        copy_status(out->status, lead_status, lead_status_len);
    else if (!last_lead_code && failed_status != NULL)
        copy_status(out->status, failed_status, failed_status_len);
    else if (code_status != NULL)
        copy_status(out->status, code_status, code_status_len);
    else if (first_status != NULL)
        copy_status(out->status, first_status, first_status_len);

    if (out->code != 0)
        out->klass = out->code / 100;
    else if (out->status[0] == '2' || out->status[0] == '4' || out->status[0] == '5')
        out->klass = out->status[0] - '0';

    if (out->status[0] != '\0') {
        strcpy(out->effective, out->status);
        if (out->klass != 0 && out->status[0] != '9')
            out->effective[0] = (char)('0' + out->klass);
    } else if (out->code / 100 == 5 && !bounce_is_reply_code(out->code)) {
        /* a 5yz outside RFC 5321's codes is a status written without its dots (571: 5.7.1, as
         * seed 002's rows write them); a 4yz one is a server's own code ("420 Resources
         * unavailable", "422 try again in 15 seconds"), whose X.2.x reading would be a guess */
        out->effective[0] = (char)('0' + out->code / 100);
        out->effective[1] = '.';
        out->effective[2] = (char)('0' + out->code / 10 % 10);
        out->effective[3] = '.';
        out->effective[4] = (char)('0' + out->code % 10);
        out->effective[5] = '\0';
    }
}

/* Length of a continuation line's "550-5.7.1 " / "550 5.7.1 " prefix at p, 0 when none. */
static size_t continuation_prefix(const char *s, size_t n, size_t p)
{
    size_t q = p + 4, len;
    if (p + 4 > n || s[p] < '2' || s[p] > '5' || !is_digit(s[p + 1]) || !is_digit(s[p + 2]) ||
        !(s[p + 3] == '-' || s[p + 3] == ' '))
        return 0;
    len = status_at(s, n, q);
    if (len > 0) {
        q += len;
        while (q < n && is_blank(s[q]))
            q++;
    }
    return q - p;
}

/* A reply whose lines were joined into one (a folded DSN Diagnostic-Code) still carries its
 * continuation prefixes mid-text: "552-5.2.2 mailbox is over 552 5.2.2 quota". Each later copy of
 * the first prefix (same code and status) is dropped from the folded text, in place. */
static size_t drop_repeated_prefixes(char *t, size_t n)
{
    size_t p, o, first = 0, first_len = 0;
    /* the first prefix stands near the start ("smtp; 552-5.2.2", "... said: 552-5.2.2"): look
     * for it at the dashes of the first 256 bytes only */
    size_t limit = n < 256 + 3 ? n : 256 + 3;
    const char *dash;
    for (dash = memchr(t, '-', limit); dash != NULL; dash = memchr(dash + 1, '-', limit - (size_t)(dash + 1 - t))) {
        size_t len;
        p = (size_t)(dash - t) - 3; /* "552-" */
        if (dash - t >= 3 && (p == 0 || t[p - 1] == ' ') && (len = continuation_prefix(t, n, p)) > 4) {
            first = p;
            first_len = len;
            break;
        }
    }
    if (first_len == 0)
        return n;
    for (p = o = 0; p < n;) {
        size_t len = 0;
        if (p > first && t[p - 1] == ' ' && (len = continuation_prefix(t, n, p)) == first_len &&
            memcmp(t + p, t + first, 3) == 0 && memcmp(t + p + 4, t + first + 4, len - 4) == 0) {
            p += len;
            continue;
        }
        t[o++] = t[p++];
    }
    /* A copy dropped at the very end leaves the space before it. */
    if (o > 0 && t[o - 1] == ' ')
        o--;
    return o;
}

/* Each byte as the rules see it: ASCII lower case; 0 for white space (NUL counts as white space)
 * and for the bytes of UTF-8 beyond ASCII, which fold_wide reads. ASCII text, the common case,
 * costs one lookup a byte. */
#define FOLD(c) ((c) == ' ' || (c) == '\t' || (c) == '\r' || (c) == '\n' || (c) == '\v' || (c) == '\f' || (c) == 0 || \
                         (c) >= 0x80                                                                              \
                     ? 0                                                                                          \
                 : (c) >= 'A' && (c) <= 'Z' ? (unsigned char)((c) + 32)                                          \
                                            : (unsigned char)(c))
#define FOLD4(c) FOLD(c), FOLD((c) + 1), FOLD((c) + 2), FOLD((c) + 3)
#define FOLD16(c) FOLD4(c), FOLD4((c) + 4), FOLD4((c) + 8), FOLD4((c) + 12)
#define FOLD64(c) FOLD16(c), FOLD16((c) + 16), FOLD16((c) + 32), FOLD16((c) + 48)
static const unsigned char fold_map[256] = {FOLD64(0), FOLD64(64), FOLD64(128), FOLD64(192)};

/* The character at s[i], a byte >= 0x80, folded (fold.h) and appended at *out; *pending as in
 * fold_line. Returns the index of its last byte in s. */
static size_t fold_wide(const char *s, size_t i, size_t n, char *dst, size_t *out, int *pending)
{
    size_t written;
    int space;
    size_t read = bounce_fold_utf8((const unsigned char *)s + i, n - i, dst + *out + (*pending != 0), &written, &space);
    if (space) {
        *pending = *out > 0;
    } else if (written > 0) {
        if (*pending) {
            dst[(*out)++] = ' ';
            *pending = 0;
        }
        *out += written;
    }
    return i + read - 1;
}

/* Appends s[i..] up to the end of its line to dst at *o, folded: a run of white space as one
 * space, none at the start (*pending_space carries a run to the next visible byte). Returns
 * where the line ends in s. */
static size_t fold_line(const char *s, size_t i, size_t n, char *dst, size_t *o, int *pending_space)
{
    size_t out = *o;
    int pending = *pending_space;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i], f = fold_map[c];
        if (f == 0) {
            if (c >= 0x80)
                i = fold_wide(s, i, n, dst, &out, &pending);
            else if (c == '\n' || c == '\r')
                break;
            else
                pending = out > 0;
            continue;
        }
        if (pending) {
            dst[out++] = ' ';
            pending = 0;
        }
        dst[out++] = (char)f;
    }
    *o = out;
    *pending_space = pending;
    return i;
}

size_t bounce_fold_reply(const char *s, size_t n, char *dst)
{
    size_t i = 0, o = 0;
    int pending_space = 0, line = 0;
    while (i < n) {
        /* at a line start: its indentation, and after the first line its continuation prefix */
        while (i < n && is_blank(s[i]))
            i++;
        if (line > 0 && i < n)
            i += continuation_prefix(s, n, i);
        i = fold_line(s, i, n, dst, &o, &pending_space);
        if (i < n) {
            pending_space = o > 0;
            i++;
            line++;
        }
    }
    return drop_repeated_prefixes(dst, o);
}

void bounce_mask_local_parts(char *f, size_t n)
{
    const char *at = n > 1 ? memchr(f + 1, '@', n - 1) : NULL;
    size_t i, j;
    for (; at != NULL; at = i + 1 < n ? memchr(f + i + 1, '@', n - i - 1) : NULL) {
        i = (size_t)(at - f);
        if (i + 1 >= n || !(is_digit(f[i + 1]) || is_alpha(f[i + 1])))
            continue;
        for (j = i; j > 0 && (is_digit(f[j - 1]) || is_alpha(f[j - 1]) || strchr(".+-=_~", f[j - 1]));
             j--)
            ;
        memset(f + j, '_', i - j);
    }
}

size_t bounce_fold(const char *s, size_t n, char *dst)
{
    size_t i = 0, o = 0;
    int pending_space = 0;
    while ((i = fold_line(s, i, n, dst, &o, &pending_space)) < n) {
        pending_space = o > 0; /* a line end is white space too */
        i++;
    }
    return o;
}

/* Seconds in a unit word at p ("5 minutes", "4 hours", "30s"); 0 when it is no unit. */
static long unit_seconds(const char *s, size_t n, size_t p)
{
    static const struct {
        const char *word;
        long seconds;
    } units[] = {
        {"seconds", 1}, {"second", 1}, {"secs", 1}, {"sec", 1}, {"s", 1},
        {"minutes", 60}, {"minute", 60}, {"mins", 60}, {"min", 60}, {"m", 60},
        {"hours", 3600}, {"hour", 3600}, {"hrs", 3600}, {"hr", 3600}, {"h", 3600},
        {"days", 86400}, {"day", 86400},
    };
    size_t i;
    if (p < n && s[p] == ' ')
        p++;
    for (i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t len = strlen(units[i].word);
        if (p + len <= n && memcmp(s + p, units[i].word, len) == 0 && (p + len == n || !is_alpha(s[p + len])))
            return units[i].seconds;
    }
    return 0;
}

const char *const bounce_retry_cues[] = {"again in ", "retry in ", "retry after ", "try after ", "again after ",
                                         "wait ", "deferred for ", "again later in ", NULL};

/* Checks each number that stands as a word for a cue just before it and a unit just after it:
 * numbers are few, so this stays one pass over the text. Up to four digits (9999 days still
 * fits a 32-bit long); a longer number names no delay. */
long bounce_retry_after(const char *folded, size_t n)
{
    const char *const *cue;
    size_t p;
    for (p = 0; p < n; p++) {
        long value = 0;
        size_t q;
        int digits = 0;
        if (!is_digit(folded[p]) || p == 0 || folded[p - 1] != ' ')
            continue;
        for (q = p; q < n && is_digit(folded[q]) && digits < 4; q++, digits++)
            value = value * 10 + (folded[q] - '0');
        for (cue = bounce_retry_cues; *cue != NULL; cue++) {
            size_t len = strlen(*cue);
            if (len <= p && memcmp(folded + p - len, *cue, len) == 0) {
                long unit = unit_seconds(folded, n, q);
                if (unit > 0)
                    return value * unit;
            }
        }
        p = q;
    }
    return -1;
}

const char *const bounce_command_names[BOUNCE_COMMAND_COUNT + 1] = {"DATA", "RCPT", "MAIL", "EHLO", "HELO",
                                                                    "STARTTLS", "BDAT", "CONNECT", NULL};

int bounce_command_before_rcpt(int command)
{
    return (command >= 3 && command <= 6) /* MAIL, EHLO, HELO, STARTTLS */ || command == BOUNCE_COMMAND_CONNECT;
}

int bounce_status_of_sender(const char *status)
{
    const char *detail = status[0] ? status + 1 : status;
    return strcmp(detail, ".1.7") == 0 || strcmp(detail, ".1.8") == 0 || strcmp(detail, ".7.27") == 0;
}

const char *const bounce_command_frames[][2] = {
    {"in reply to ", " command"}, {"remote mail server after ", ""}, {" sent: ", ""}, {NULL, NULL},
};

/* Exim says "after initial connection" of a refused greeting. */
const bounce_command_words bounce_command_wordings[] = {
    {"end of data", 1}, {"data", 1}, {"rcpt to", 2}, {"mail from", 3}, {"ehlo", 4},
    {"helo", 5}, {"starttls", 6}, {"bdat", 7}, {"initial connection", BOUNCE_COMMAND_CONNECT}, {NULL, 0},
};

const bounce_command_words bounce_command_sentences[] = {
    /* qmail-remote.c: "Connected to %s but greeting failed." and so on, one sentence a step */
    {"but greeting failed", BOUNCE_COMMAND_CONNECT},
    {"but my name was rejected", 5},
    {"but sender was rejected", 3},
    {"does not like recipient", 2},
    {"failed on data command", 1},
    {"failed after i sent the message", 1},
    /* Postfix smtp_proto.c: "host %s refused to talk to me: %s", a refused greeting */
    {"refused to talk to me", BOUNCE_COMMAND_CONNECT},
    /* Sendmail's session transcript pasted as one reply, a refusal right under the DATA command
     * or the message's final dot (">>> DATA" over "<<< 550 ..."), as the engine reads it folded
     * to one line; a bounce email's transcript is read line by line (textbounce.c) */
    {">>> data <<< 5", 1},
    {">>> data <<< 4", 1},
    {">>> . <<< 5", 1},
    {">>> . <<< 4", 1},
    {NULL, 0},
};

int bounce_command_number(const char *name)
{
    int i;
    size_t k;
    for (i = 0; bounce_command_names[i] != NULL; i++) {
        const char *c = bounce_command_names[i];
        for (k = 0; c[k] != '\0' && name[k] != '\0' && (name[k] == c[k] || name[k] == c[k] + 32); k++)
            ;
        if (c[k] == '\0' && name[k] == '\0')
            return i + 1;
    }
    return 0;
}
