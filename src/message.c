/*
 * Bounce message scanner (see message.h). One pass over the header blocks and MIME structure;
 * parts are decoded only when their text is needed, into one arena owned by the context.
 * Every loop is bounded by the input size or by a field of bm_limits. scan.h says which file
 * does which job.
 */
#include "message.h"

#include <stdlib.h>
#include <string.h>

#include "scan.h"

#define MAX_DEPTH 256 /* ceiling of bm_limits.max_depth */

/* ---------- what kind of message ---------- */

static int bounce_from(bm_span from)
{
    static const char *const words[] = {
        "mailer-daemon", "postmaster", "post_master", "mail delivery", "mail.delivery", "<>", NULL
    };
    return bm_sfind_any(from, words);
}

static int bounce_subject(bm_span s)
{
    static const char *const words[] = {
        "undeliver", "undelivered", "delivery status notification", "failure notice",
        "returned mail", "mail delivery failed", "delivery failure", "non-delivery",
        "nondeliverable", "delivery has failed", "could not be delivered", "delivery notification",
        "mail system error", "failed delivery", "delivery failed", "returning message to sender",
        "failure delivery",
        /* delay notices: Postfix's "Delayed Mail (still being retried)", Sendmail's "Warning: could
         * not send message for past 4 hours", and other servers' plain words (those a mailer
         * daemon sends, or as a report, need none of them) */
        "still being retried", "could not send message for past", "delayed mail", "delivery delay",
        "message delayed", "delays in delivering", "could not yet send",
        /* and the failure said in other plain words: "Message not delivered", "Delivery report",
         * German "Nicht zustellbar", French "Rapport de non-remise", Spanish "Correo no
         * entregado", Portuguese "Mensagem não entregue" */
        "message not delivered", "mail not delivered", "delivery report", "nicht zustellbar", "zustellung fehlgeschlagen", "non-remise", "no entregado",
        "n\xc3\xa3o entregue",
        /* Outlook's "Undeliverable:" in other languages (German, French, Spanish, Italian, Dutch,
         * Portuguese, Polish, Czech, Hungarian, Russian, Japanese, Chinese, Korean) */
        "unzustellbar", "non remis", "no se puede entregar", "non recapitabile", "onbestelbaar",
        "n\xc3\xa3o \xc3\xa9 poss\xc3\xadvel entregar", "niedostarczalne", "nedoru\xc4\x8diteln\xc3\xa9",
        "k\xc3\xa9zbes\xc3\xadthetetlen",
        "\xd0\xbd\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
        "\xd0\x9d\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
        "\xe9\x85\x8d\xe4\xbf\xa1\xe4\xb8\x8d\xe8\x83\xbd",
        "\xe6\x97\xa0\xe6\xb3\x95\xe9\x80\x81\xe8\xbe\xbe",
        "\xe7\x84\xa1\xe6\xb3\x95\xe5\x82\xb3\xe9\x81\x9e",
        "\xeb\xb0\xb0\xeb\x8b\xac\xeb\x90\x98\xec\xa7\x80 \xec\x95\x8a\xec\x9d\x8c", NULL
    };
    return bm_sfind_any(s, words);
}

/* Whether the first 4 KiB of t hold one of words, a run of white space or line ends in t read as
 * one space: a notice's sentence wrapped where its writer or a paste broke the line ("Delivery
 * has\nfailed to these recipients or groups"). */
static int find_any_wrapped(bm_span t, const char *const *words)
{
    char flat[4096];
    size_t i, n = 0;
    if (t.n > sizeof flat) t.n = sizeof flat;
    for (i = 0; i < t.n; i++) {
        int ws = is_ws(t.p[i]) || t.p[i] == '\r' || t.p[i] == '\n';
        if (ws && n && flat[n - 1] == ' ') continue;
        flat[n++] = ws ? ' ' : t.p[i];
    }
    return bm_sfind_any(span(flat, flat + n), words);
}

/* Wording of a non-delivery notice, for bounces whose headers do not tell (or that come without
 * headers, pasted from a mail client): Postfix's "could not / be delivered" (bounce_template.c,
 * read across its line break), Sendmail's "The following addresses had (permanent) fatal
 * errors", qmail-send's greeting. */
static int bounce_text(bm_span t)
{
    static const char *const words[] = {
        "could not be delivered", "couldn't be delivered", "was not delivered", "undeliverable",
        "delivery has failed", "delivery failed", "delivery to the following recipient",
        "unable to deliver", "permanent error", "not reach the following",
        "inform you that your message could not", "had permanent fatal errors",
        "had fatal errors", "wasn't able to deliver your message",
        /* and of a delay notice: Exim's "has not yet been delivered to one or more of its
         * recipients", Sendmail's "THIS IS A WARNING MESSAGE ONLY", Exchange's "Delivery is
         * delayed to these recipients", Courier's "DELAYS IN DELIVERING YOUR MESSAGE" */
        "not yet been delivered", "warning message only", "delivery is delayed", "delays in delivering",
        /* and the openings of other MTAs' notices, as Sisimai's MTA modules list them: Oracle
         * Messaging Server ("This report relates to a message you sent"), au's EZweb ("The
         * following recipients did not receive this message"), SurfControl ("Your message could
         * not be sent"), Spanish servers ("Su mensaje no pudo ser entregado"), and others ("We had
         * trouble delivering your message", "This is the machine generated message from mail
         * service") */
        "relates to a message you sent", "did not receive this message", "could not be sent",
        /* Openwave InterMail's report, as TIN/Virgilio's help quotes it ("These recipients of
         * your message have been processed by the mail server: a@b; Failed; 5.2.2 ...") */
        "recipients of your message have been processed",
        "pudo ser entregado", "trouble delivering your message", "machine generated message from mail service",
        /* Exchange's NDR heading in its other languages (English "Delivery has failed to these
         * recipients or groups" above): Portuguese, Spanish, French, Italian, German, Dutch,
         * Russian; and Exchange Online's "rejected your message to the following e-mail
         * addresses" */
        "seguintes destinat\xc3\xa1rios ou grupos", "estos destinatarios o grupos", "destinataires ou groupes",
        "destinatari o gruppi", "empf\xc3\xa4nger oder gruppen", "ontvangers of groepen",
        "\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f\xd0\xbc \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xb3\xd1\x80\xd1\x83\xd0\xbf\xd0\xbf\xd0\xb0\xd0\xbc",
        "rejected your message to the following",
        "\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xbe\xd0\xbd\xd0\xb8\xd0\xbb \xd0\xb2\xd0\xb0\xd1\x88\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5",
        /* ... the same heading's "recipients or groups" in Chinese (zh-CN "向以下收件人或组传递
         * 邮件失败", as pasted in GTD2020-05-31#583; zh-TW "收件者或群組"), Japanese ("受信者
         * またはグループ") and Korean ("받는 사람 또는 그룹"); Exchange's sentence for one
         * recipient in German, French, Spanish, Dutch ("Ihre Nachricht an a@b konnte nicht
         * zugestellt werden.", "n'a pas pu être remis", "no se pudo entregar", "kan niet worden
         * bezorgd"); QQ and Tencent Exmail's "您发送的邮件被退回" (your mail was returned) and
         * "无法发送到" (could not be sent to), as pasted in issue threads (cloudflare_temp_email#52,
         * webcron#14) */
        "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe6\x88\x96\xe7\xbb\x84",
        "\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85\xe6\x88\x96\xe7\xbe\xa4\xe7\xb5\x84",
        "\xe5\x8f\x97\xe4\xbf\xa1\xe8\x80\x85\xe3\x81\xbe\xe3\x81\x9f\xe3\x81\xaf\xe3\x82\xb0\xe3\x83\xab\xe3\x83\xbc\xe3\x83\x97",
        "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c \xeb\x98\x90\xeb\x8a\x94 \xea\xb7\xb8\xeb\xa3\xb9",
        "nicht zugestellt werden", "pas pu \xc3\xaatre remis", "no se pudo entregar", "niet worden bezorgd",
        "\xe9\x82\xae\xe4\xbb\xb6\xe8\xa2\xab\xe9\x80\x80\xe5\x9b\x9e",
        "\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91\xe9\x80\x81\xe5\x88\xb0",
        /* Exchange's section for administrators, in English and German ("Diagnostic information
         * for administrators", "Diagnoseinformationen für Administratoren", weg-li#839), and its
         * line for the remote server's reply ("Remote Server returned '550 5.1.1 ...'"); a
         * Russian provider's "Ваше письмо не может быть доставлено адресату" (nginx-blackout#1,
         * its line broken before "быть") */
        "diagnostic information for administrators", "diagnoseinformationen f\xc3\xbcr administratoren",
        "remote server returned",
        "\xd0\xb1\xd1\x8b\xd1\x82\xd1\x8c \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
        /* CommuniGate Pro's ("Failed to deliver to '<a@b>'", its module's report below), and
         * amavisd-new's notices to the sender (its templates' "Delivery of the email was
         * stopped!") */
        "failed to deliver to", "delivery of the email was stopped",
        /* SmarterMail's notice ("Could not deliver message to the following recipient(s):",
         * over "Failed Recipient:" and "Reason:" lines, as its knowledge base shows it) */
        "deliver message to the following recipient",
        /* Gmail's notices as its web view shows them, pasted without a header: "Address not
         * found" over "Your message wasn't delivered to a@b because ...", "Message blocked" over
         * "Your message to a@b has been blocked. See technical details below ...", "Delivery
         * incomplete" over "There was a temporary problem delivering your message to a@b", and
         * "The response from the remote server was:" above the reply */
        "wasn't delivered", "see technical details below", "problem delivering your message",
        "response from the remote server was",
        /* Exchange 2000 and 2003's NDR: "Your message did not reach some or all of the intended
         * recipients.", "The following recipient(s) could not be reached:" */
        "did not reach some or all", "recipient(s) could not be reached",
        /* Gmail's Polish and Korean notices ("Wiadomość nie została dostarczona, ponieważ nie
         * znaleziono adresu odbiorcy"; "... 메일을 받을 수 없어 메일이 전송되지 않았습니다", the
         * mail was not sent) */
        "nie zosta\xc5\x82" "a dostarczona",
        "\xeb\xa9\x94\xec\x9d\xbc\xec\x9d\xb4 \xec\xa0\x84\xec\x86\xa1\xeb\x90\x98\xec\xa7\x80 "
        "\xec\x95\x8a\xec\x95\x98\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4", NULL
    };
    return find_any_wrapped(t, words);
}

/* An SMTP client's account of a remote reply, as Postfix's smtp(8) and Exim write it under each recipient
 * ("said: 550 ... (in reply to RCPT TO command)"): a bounce's entry when pasted alone, as far as
 * the recipient block, where none of the notice's own sentences came with it. Not for a message
 * with a header, whose writer may be quoting one. */
static int smtp_client_text(bm_span t)
{
    static const char *const words[] = {
        "(in reply to rcpt to command)", "(in reply to end of data command)", "(in reply to mail from command)",
        "(in reply to data command)",
        /* ... and Exim's smtp transport under each address ("SMTP error from remote mail server
         * after RCPT TO:<a@b>:", transports/smtp.c) */
        "smtp error from remote mail server after",
        /* Postfix's smtp(8) without the command: the remote host's reply ("host mx[192.0.2.1]
         * said: 550 ..."), its connection ("connect to mx[192.0.2.1]:25: Connection refused"), its
         * DNS lookup ("Host or domain name not found. Name service error for name=mx type=A") */
        "] said:", "]:25: ", "name service error for name=",
        /* qmail-remote's ("192.0.2.1 does not like recipient.", "Remote host said: 550 ...",
         * "Giving up on 192.0.2.1.") */
        "does not like recipient", "remote host said:",
        /* Postfix's smtp(8) where TLS was required ("TLS is required, but was not offered by host
         * mx[192.0.2.1]") */
        "tls is required, but was not offered", NULL
    };
    /* Postfix folds its entry's lines: "(in reply to MAIL\n    FROM command)" */
    return find_any_wrapped(t, words);
}

/* A delivery report's per-recipient fields pasted inside a text (Gmail's "The recipient server did
 * not accept our requests to connect." above "Final-Recipient: rfc822; a@b", "Action: delayed",
 * "Status: 4.4.1"): a Final-Recipient with an Action or a Status. */
static int report_fields_text(bm_span t)
{
    return bm_sfind(t, "final-recipient:") && (bm_sfind(t, "action:") || bm_sfind(t, "status:"));
}

/* A provider's own notice that a mailbox failed, which some send as an auto-reply
 * (Auto-Submitted: auto-replied): the words of a failure, not of an absence. */
static int failure_text(bm_span t)
{
    static const char *const words[] = {
        "user not found", "mailbox not found", "address not found", "recipient not found",
        "account not found", "no such user", "no such mailbox", "no such recipient", "user unknown",
        "unknown user", "unknown recipient", "mailbox unavailable", "mailbox is unavailable",
        "mailbox is not available", "does not exist", "doesn't exist", "invalid recipient",
        "invalid address", "not a valid",
        /* a refusal sent as an automatic reply: a challenge-response filter's blacklist (cPanel's
         * BoxTrapper, forms/blacklist.txt: "The user x does not accept mail from your address.") */
        "does not accept mail from", "does not accept email from", "will not accept mail from", NULL
    };
    if (t.n > 4096) t.n = 4096;
    return bounce_text(t) || bm_sfind_any(t, words);
}

/* A notice that delivery is still being tried: the words of the MTAs' delay warnings (Postfix's
 * delay template, Exim's send_warning_message, OpenSMTPD's bounce.c, Sendmail's and Gmail's
 * "THIS IS A WARNING MESSAGE ONLY", Exchange's "Delivery is delayed"), unless it also says that
 * the queue gave up. */
static int delay_notice(bm_span subject, bm_span t)
{
    static const char *const subjects[] = {
        "delay", "still being retried", "could not send message for past", "could not yet send",
        /* "delayed" in the languages Postfix's bounce_template_file and Exchange are translated
         * into: nl, de, fr, es, it, pt, pl, cs, ru, ja (遅延), zh (延迟, 延遲) */
        "vertraagd", "verz\xc3\xb6gert", "retard\xc3\xa9", "retrasad", "ritardat", "atrasad", "op\xc3\xb3\xc5\xbanion",
        "zpo\xc5\xbe" "d\xc4\x9bn", "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd",
        "\xe9\x81\x85\xe5\xbb\xb6", "\xe5\xbb\xb6\xe8\xbf\x9f", "\xe5\xbb\xb6\xe9\x81\xb2", NULL
    };
    /* (with only_warnings below, which a warning's text is read for first) */
    static const char *const words[] = {
        "warning only", "not yet been delivered", "attempts will continue", "will continue to be attempted",
        "will be retried", "will keep trying", "will retry", "still being retried",
        "temporary failure report", "has been delayed", "delivery is delayed", "is delayed for",
        "delivery delayed", "has been postponed", "delivery postponed",
        /* masqmail's warnmsg.tpl ("Sorry, but your mail could not yet be delivered to all
         * recipients.", "Delivery will be tried again, until ..."), also beside its translations */
        "could not yet be delivered", "will be tried again", NULL
    };
    /* "permanent" as a notice says the queue gave up ("This is a permanent error"), not as the
     * remote reply a warning quotes ("will be permanently deferred") or its promise ("You'll be
     * notified if the delivery fails permanently") */
    static const char *const gave_up[] = {
        "giving up", "gave up", "given up", "not going to try", "will not be retried",
        "will not retry", "will be deleted", "deleted from", "permanent error", "permanent failure",
        "permanent fatal", "permanently failed", "failed permanently", NULL
    };
    static const char *const failed[] = {
        "fail", "undeliver", "undelivered", "returned", "return to sender", "returning",
        "not delivered", "non-deliver", "nondeliver", "rejected", NULL
    };
    /* words no failure report uses, which outweigh a subject that says it failed (Sendmail's
     * savemail.c: "Warning: message still undelivered after 4 hours", "Will keep trying until
     * message is 5 days old", under a subject the relaying host may have rewritten) or one that
     * says "failure" of a warning */
    static const char *const only_warnings[] = {
        "warning message only", "do not need to resend", "do not need to re-send", "still undelivered after",
        "will keep trying until",
        /* MDaemon's "Warning: Temporary Delivery Failure Notice": "This is only a warning. ... YOU
         * DO NOT NEED TO REDELIVER THE ATTACHED MESSAGE." */
        "only a warning", "do not need to redeliver",
        /* "this is only a warning, you need not resend" in the translated delay templates */
        "enkel een waarschuwing", "alleen een waarschuwing", "nur eine warnung", "lediglich eine warnung",
        "seulement un avertissement", "simple avertissement", "solo una advertencia", "solo un avviso",
        "apenas um aviso", "tylko ostrze\xc5\xbc" "enie", "pouze varov\xc3\xa1n\xc3\xad",
        "\xd1\x82\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xba\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x83\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5",
        "niet opnieuw te verzenden", "nicht erneut zu senden", "nicht erneut senden", NULL
    };
    if (t.n > 2048) t.n = 2048; /* they say so at the top, before the list of recipients */
    if (!bm_sfind_any(subject, subjects) && !bm_sfind_any(t, only_warnings) &&
        (bm_sfind_any(subject, failed) || !bm_sfind_any(t, words))) /* a subject that says it failed */
        return 0;
    return !bm_sfind_any(subject, gave_up) && !bm_sfind_any(t, gave_up);
}

/* The text up to its first blank line, as one line. */
static bm_span first_paragraph(P *ps, bm_span t)
{
    const char *q = t.p, *end = t.p + t.n, *s, *e, *last = t.p;
    while (bm_next_line(&q, end, &s, &e) && !blank(s, e))
        last = e;
    return bm_join_lines(ps, t.p, last);
}

/* Whether a disposition notification reports a rejection, not a reading: the message deleted
 * by an automatic action (a Sieve reject, RFC 5429; Dovecot's LDA), read as the bounce it is. */
static int rejection_notice(bm_span disposition)
{
    return bm_sfind(disposition, "automatic-action") && bm_sfind(disposition, "deleted");
}

/* Whether a recipient's reason is a permanent reply (a 5xx code or a 5.x.x status): then the
 * notice reports a failure, whatever else it says, and its text need not be read for a delay. */
static int permanent_replies(P *ps)
{
    unsigned i;
    for (i = 0; i < ps->r->n_recipients; i++) {
        bm_span d = ps->r->recipients[i].diagnostic;
        size_t k;
        for (k = 0; k + 3 <= d.n; k++) {
            if (d.p[k] != '5' || (k > 0 && (is_alnum(d.p[k - 1]) || d.p[k - 1] == '.'))) continue;
            if (is_digit(d.p[k + 1]) && is_digit(d.p[k + 2]) && (k + 3 == d.n || !is_alnum(d.p[k + 3])) &&
                (k + 3 == d.n || d.p[k + 3] != '.'))
                return 1;
            if (d.p[k + 1] == '.' && is_digit(d.p[k + 2]) && bm_has_status(d.p + k, d.n - k)) return 1;
        }
    }
    return 0;
}

/* A challenge-response system's request that the sender prove to be a person before the message
 * is delivered: the sender is asked to verify or authorize itself to become an approved sender
 * (as Spam Arrest, Boxbe, TMDA, Mailblocks, EarthLink's spamBlocker, ChoiceMail and ApproveMail
 * describe their challenges). An auto-reply, not a failure. */
static int challenge(bm_span subject, bm_span t)
{
    static const char *const words[] = {
        "challenge-response", "challenge/response", "challenge response", "verify that you are",
        "confirm that you are", "prove that you are", "prove you are", "you are a real person",
        "you are a human", "you are not a spammer", "you are not a robot", "approved sender",
        "list of approved", "sender verification", "verify yourself", "authorize yourself",
        "authenticate yourself", "verification request", "authentication request", "spam arrest",
        "spamarrest", "boxbe", "mailblocks", "spamblocker", "choicemail", "approvemail", NULL
    };
    if (t.n > 4096) t.n = 4096;
    return bm_sfind_any(subject, words) || bm_sfind_any(t, words);
}

/* The words of an absence notice in the first lines of its text, for auto-replies that carry no
 * header saying so (vacation(1)'s .vacation.msg, mail clients' rules): "I am out of the office",
 * "I will not be reading my mail". */
static int absence_text(bm_span t)
{
    static const char *const words[] = {
        "out of the office", "out of office", "on vacation", "on holiday", "on leave",
        "away from the office", "away from my desk", "away from my mail", "away from my e-mail",
        "away from my email", "not be reading my mail", "not be reading my e-mail",
        "not be reading my email", "limited access to e-mail", "limited access to email",
        "currently away", "currently out of",
        /* the same in other languages ("nicht im Büro", "je suis absent", "fuera de la oficina",
         * "в отпуске", ...), and a help desk's or office's acknowledgement ("We have received your
         * message", "Wir haben Ihre Anfrage erhalten") */
        "nicht im b\xc3\xbcro", "nicht im buero", "bin abwesend", "im urlaub", "absent du bureau",
        "absente du bureau", "je suis absent", "en cong\xc3\xa9", "en vacances", "fuera de la oficina",
        "estoy ausente", "de vacaciones", "fuori ufficio", "sono assente", "in ferie",
        "ausente do escrit\xc3\xb3rio", "fora do escrit\xc3\xb3rio", "estou ausente", "me ausente",
        "de f\xc3\xa9rias", "afwezig", "niet op kantoor", "met vakantie", "poza biurem", "nieobecn",
        "na urlopie", "mimo kancel\xc3\xa1\xc5\x99", "nep\xc5\x99\xc3\xadtomn", "na dovolen\xc3\xa9",
        "\xd0\xb2 \xd0\xbe\xd1\x82\xd0\xbf\xd1\x83\xd1\x81\xd0\xba\xd0\xb5",
        "\xd0\xbe\xd1\x82\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd1\x8e",
        "\xd0\xbd\xd0\xb5\xd1\x82 \xd0\xbd\xd0\xb0 \xd0\xbc\xd0\xb5\xd1\x81\xd1\x82\xd0\xb5",
        "\xd0\xb2\xd0\xbd\xd0\xb5 \xd0\xbe\xd1\x84\xd0\xb8\xd1\x81\xd0\xb0",
        "\xd1\x83 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd1\x83\xd1\x81\xd1\x82\xd1\x86\xd1\x96",
        "\xd0\xb2\xd1\x96\xd0\xb4\xd1\x81\xd1\x83\xd1\x82\xd0\xbd", "inte p\xc3\xa5 kontoret",
        "p\xc3\xa5 semester", "ikke p\xc3\xa5 kontoret", "p\xc3\xa5 ferie", "frav\xc3\xa6rende",
        "poissa toimistolta", "lomalla", "ofis d\xc4\xb1\xc5\x9f\xc4\xb1nda", "izindeyim",
        "h\xc3\xa1zon k\xc3\xadv\xc3\xbcl", "szabads\xc3\xa1gon",
        "\xce\xb5\xce\xba\xcf\x84\xcf\x8c\xcf\x82 \xce\xb3\xcf\x81\xce\xb1\xcf\x86\xce\xb5\xce\xaf\xce\xbf\xcf\x85",
        "\xc3\xaen concediu", "\xc3\xaen afara biroului", "\xe4\xbc\x91\xe6\x9a\x87",
        "\xe5\x87\xba\xe5\xbc\xb5\xe4\xb8\xad", "\xe4\xbc\x91\xe5\x81\x87", "\xe5\xa4\x96\xe5\x87\xba",
        "\xeb\xb6\x80\xec\x9e\xac\xec\xa4\x91", "\xed\x9c\xb4\xea\xb0\x80",
        /* the person has left or the box is not read ("I am no longer with Example Corp.", "This
         * mailbox is no longer monitored", Russian "больше не работает", "не просматривается"),
         * Catalan "sóc fora de l'oficina", Thai "ลาพักร้อน" (on leave) */
        "no longer with", "no longer employed", "no longer work", "left the company", "has retired",
        "have retired", "no longer monitored", "not monitored", "not being monitored",
        "\xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x88\xd0\xb5 \xd0\xbd\xd0\xb5 \xd1\x80\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd0\xb0\xd0\xb5\xd1\x82",
        "\xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbc\xd0\xb0\xd1\x82\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f",
        "fora de l'oficina", "\xe0\xb8\xa5\xe0\xb8\xb2\xe0\xb8\x9e\xe0\xb8\xb1\xe0\xb8\x81\xe0\xb8\xa3\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x99",
        /* acknowledgements: nl, pl, ru ("сообщение получено"), cs, da, nb, fi, tr, zh (已收到您的), ko
         * (접수되었습니다), fa (دریافت شد), fr */
        "uw vraag ontvangen", "zosta\xc5\x82o przyj\xc4\x99te",
        "\xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd\xd0\xbe",
        "jsme p\xc5\x99ijali", "har modtaget", "har mottatt", "olemme vastaanottaneet", "bize ula\xc5\x9ft\xc4\xb1",
        "\xe5\xb7\xb2\xe6\x94\xb6\xe5\x88\xb0\xe6\x82\xa8\xe7\x9a\x84",
        "\xec\xa0\x91\xec\x88\x98\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",
        "\xd8\xaf\xd8\xb1\xdb\x8c\xd8\xa7\xd9\x81\xd8\xaa \xd8\xb4\xd8\xaf", "a bien \xc3\xa9t\xc3\xa9 re\xc3\xa7u",
        "received your message",
        "received your email", "received your e-mail", "received your request", "received your inquiry",
        "wir haben ihre", "anfrage erhalten", "nachricht erhalten", "nous avons bien re\xc3\xa7u",
        "hemos recibido", "abbiamo ricevuto", "recebemos a sua", "recebemos sua", "uw bericht ontvangen",
        "otrzymali\xc5\x9bmy", "obdr\xc5\xbe" "eli jsme",
        "\xd0\xbc\xd1\x8b \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xb2\xd0\xb0\xd1\x88",
        /* a web site's contact form answering whoever it names as the sender (WordPress's and
         * PHPMailer sites' "Thank you for contacting us. We will get back to you as soon as
         * possible.", Japanese "お問い合わせフォームから自動的に送信されました"), as mailing-list
         * archives hold them where a spam bot typed a list's address into the form */
        "thank you for contacting", "thanks for contacting", "thank you for your submission",
        "thank you for your enquiry", "thank you for your inquiry", "will get back to you",
        "will be responding soon", "auto responding", "received your enquiry", "appreciate your inquiry",
        "appreciate your enquiry",
        /* ... Japanese "お問い合わせありがとうございます" / "お問い合わせをいただき", Thai
         * "ขอบคุณสำหรับการติดต่อ" (thank you for contacting) */
        "\xe3\x81\x8a\xe5\x95\x8f\xe3\x81\x84\xe5\x90\x88\xe3\x82\x8f\xe3\x81\x9b\xe3\x81\x82\xe3\x82\x8a\xe3\x81\x8c\xe3\x81\xa8\xe3\x81\x86",
        "\xe3\x81\x8a\xe5\x95\x8f\xe3\x81\x84\xe5\x90\x88\xe3\x82\x8f\xe3\x81\x9b\xe3\x82\x92\xe3\x81\x84\xe3\x81\x9f\xe3\x81\xa0\xe3\x81\x8d",
        "\xe0\xb8\x82\xe0\xb8\xad\xe0\xb8\x9a\xe0\xb8\x84\xe0\xb8\xb8\xe0\xb8\x93\xe0\xb8\xaa\xe0\xb8\xb3\xe0\xb8\xab\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\x95\xe0\xb8\xb4\xe0\xb8\x94\xe0\xb8\x95\xe0\xb9\x88\xe0\xb8\xad",
        "\xe8\x87\xaa\xe5\x8b\x95\xe7\x9a\x84\xe3\x81\xab\xe9\x80\x81\xe4\xbf\xa1\xe3\x81\x95\xe3\x82\x8c",
        "\xe5\x8f\x97\xe3\x81\x91\xe4\xbb\x98\xe3\x81\x91\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",
        NULL
    };
    if (t.n > 1024) t.n = 1024;
    return bm_sfind_any(t, words);
}

/* A DMARC failure report sent as plain text rather than ARF, known by its subject: Exim's
 * (dmarc_common.c: "Subject: DMARC Forensic Report for <domain> from IP <ip>"). A report, not a
 * bounce. */
static int dmarc_failure_report(bm_span subject)
{
    static const char *const subjects[] = {"dmarc forensic report", "dmarc failure report", NULL};
    return bm_sfind_any(subject, subjects);
}

static int auto_reply_subject(bm_span s)
{
    static const char *const words[] = {
        "auto reply", "autoreply", "auto-reply", "automatic reply", "auto response",
        "autoresponse", "auto-response", "out of office", "out of the office", "vacation",
        "away from", "away until", "abwesenheit", "abwesend", "automatische antwort",
        "r\xc3\xa9ponse automatique", "reponse automatique", "absence", "respuesta autom",
        "fuera de la oficina", "risposta automatica", "fuori sede", "automatisch antwoord",
        "afwezig", "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82",
        "\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82", /* capital A: lc() folds ASCII only */
        "\xe8\x87\xaa\xe5\x8b\x95\xe5\xbf\x9c\xe7\xad\x94", "\xe8\x87\xaa\xe5\x8a\xa8\xe5\x9b\x9e\xe5\xa4\x8d",
        "\xe4\xb8\x8d\xe5\x9c\xa8", "\xeb\xb6\x80\xec\x9e\xac",
        /* Outlook's "Automatic reply:" in the other languages it answers in: Scandinavian
         * "Autosvar" / "Automatisk svar", Finnish, Polish, Czech, Slovak, Portuguese, Hungarian,
         * Turkish, Romanian, Greek, Ukrainian, Russian, Korean, Japanese, Chinese (Traditional),
         * Vietnamese, Indonesian; German "Außer Haus" */
        "autosvar", "automatisk svar", "automaattinen vastaus", "odpowied\xc5\xba automatyczna",
        "automatick\xc3\xa1 odpov\xc4\x9b\xc4\x8f", "automatick\xc3\xa1 odpove\xc4\x8f", "resposta autom",
        "automatikus v\xc3\xa1lasz", "otomatik yan\xc4\xb1t", "otomatik cevap", "r\xc4\x83spuns automat",
        "\xcf\x84\xcf\x8c\xce\xbc\xce\xb1\xcf\x84\xce\xb7 \xce\xb1\xcf\x80\xce\xac\xce\xbd\xcf\x84\xce\xb7\xcf\x83\xce\xb7",
        "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd1\x8c",
        "\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd1\x8c",
        "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8\xd1\x87\xd0\xb5\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82",
        "\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8\xd1\x87\xd0\xb5\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82",
        "\xec\x9e\x90\xeb\x8f\x99 \xed\x9a\x8c\xec\x8b\xa0", "\xec\x9e\x90\xeb\x8f\x99 \xec\x9d\x91\xeb\x8b\xb5",
        "\xe8\x87\xaa\xe5\x8b\x95\xe8\xbf\x94\xe4\xbf\xa1", "\xe8\x87\xaa\xe5\x8b\x95\xe5\x9b\x9e\xe8\xa6\x86",
        "tr\xe1\xba\xa3 l\xe1\xbb\x9di t\xe1\xbb\xb1 \xc4\x91\xe1\xbb\x99ng", "balasan otomatis",
        "au\xc3\x9f" "er haus", "ausser haus",
        /* an automatic acknowledgement of receipt (helpdesks, public authorities' case systems,
         * web sites' contact forms: "Thank you for your enquiry", "We Have Received Your Enquiry") */
        "acknowledgement of receipt", "acknowledgment of receipt", "receipt acknowledg",
        "thank you for contacting", "thanks for contacting", "thank you for your enquiry",
        "thank you for your inquiry", "thank you for your submission", "thank you for your message",
        "thank you for your contact", "we have received your",
        "empfangsbest", "eingangsbest", "accus\xc3\xa9 de r\xc3\xa9" "ception", "accuse de reception",
        "acuse de recibo", "ontvangstbevestiging",
        /* the absence itself as a subject, in the languages vacation notices are written in
         * ("Ausência", "Ausencia (Re: ...)", "Нет на месте: ...", "Urlaub", "Vacances") */
        "ausencia", "aus\xc3\xaancia", "assenza", "afwezigheid", "nieobecno", "nep\xc5\x99\xc3\xadtomn",
        "frav\xc3\xa6rende", "fr\xc3\xa5nvaro", "poissaolo",
        "\xd0\xbd\xd0\xb5\xd1\x82 \xd0\xbd\xd0\xb0 \xd0\xbc\xd0\xb5\xd1\x81\xd1\x82\xd0\xb5",
        "\xd0\xbe\xd1\x82\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2",
        "\xd0\x9e\xd1\x82\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2", "urlaub", "vacances",
        "cong\xc3\xa9s", "vacaciones", "ferie", "lomalla", "\xe4\xbc\x91\xe5\x81\x87",
        "\xed\x9c\xb4\xea\xb0\x80", "\xe4\xbc\x91\xe6\x9a\x87",
        NULL
    };
    return bm_sfind_any(s, words);
}

/* Adds the address of a header value as the only recipient. */
static void rcpt_from_value(P *ps, bm_span v)
{
    bm_span a;
    int br, k;
    if (v.n && bm_find_address(v.p, v.p + v.n, &a, &br) && (k = bm_add_rcpt(ps)) >= 0)
        ps->c->rc[k].recipient = a;
}

/* Addresses of a list such as X-Failed-Recipients: a@b, c@d */
static void rcpts_from_list(P *ps, bm_span v)
{
    const char *p = v.p, *e;
    bm_span a;
    int br, k;
    if (!v.n) return;
    e = v.p + v.n;
    while (p < e && bm_find_address(p, e, &a, &br)) {
        if (bm_find_rcpt(ps, a, 0) < 0 && (k = bm_add_rcpt(ps)) >= 0) ps->c->rc[k].recipient = a;
        p = a.p + a.n;
    }
}

static int single_address(bm_span v)
{
    bm_span a;
    int br;
    return v.n && bm_find_address(v.p, v.p + v.n, &a, &br) && !memchr(a.p + a.n, '@', (size_t)(v.p + v.n - a.p - a.n));
}

/* Whether the header line [s,e) is a From that names a mailer daemon or a Subject of a bounce. */
static int bounce_field(const char *s, const char *e)
{
    size_t n = (size_t)(e - s);
    return (istarts(s, n, "from:") && bounce_from(span(s + 5, e))) ||
           (istarts(s, n, "subject:") && bounce_subject(span(s + 8, e)));
}

/* A bounce that a person forwarded without quoting it (Gmail's "---------- Forwarded message
 * ---------", Outlook's "-----Original Message-----"): the header block under the marker names a
 * mailer daemon or a bounce's subject. The text under the marker (which would otherwise end the
 * bounce's text as the start of its returned message); none where there is none. */
static bm_span forwarded_bounce(bm_span t)
{
    const char *q = t.p, *end = t.p + t.n, *s, *e;
    while (bm_next_line(&q, end, &s, &e)) {
        const char *q2 = q, *s2, *e2;
        int lines = 0;
        if (!bm_forward_marker(span(s, e))) continue;
        while (lines++ < 8 && bm_next_line(&q2, end, &s2, &e2))
            if (bounce_field(s2, e2)) return span(q, end);
    }
    return span(NULL, NULL);
}

/* Whether the text's first line is a mail client's forward marker: a bounce pasted alone (no
 * header of its own) with the client's "-----Original Message-----" block above it, which would
 * otherwise end the notice's text before it starts. */
static int opens_with_forward(bm_span t)
{
    const char *q = t.p, *end = t.p + t.n, *s, *e;
    while (bm_next_line(&q, end, &s, &e))
        if (!blank(s, e)) return bm_forward_marker(span(s, e));
    return 0;
}

/* Whether text begins with a header block that names a mailer daemon or a bounce's subject. */
static int bounce_header(bm_span t)
{
    const char *q = t.p, *end = t.p + t.n, *s, *e;
    int lines = 0;
    if (!t.n || !bm_field_name(t.p, end)) return 0;
    while (lines++ < 40 && bm_next_line(&q, end, &s, &e) && !blank(s, e))
        if (bounce_field(s, e)) return 1;
    return 0;
}

/* A bounce that a person attached as a text part, whole (a list post that passes on the report
 * the poster got): the part is read as the message it holds. */
static void attached_bounce(P *ps)
{
    unsigned i, n = ps->n_notes;
    for (i = 1; i < n && !ps->r->n_recipients; i++) {
        bm_span t = bm_notice_text(ps, &ps->notes[i]);
        unsigned before = ps->n_notes;
        if (ps->notes[i].html || !bounce_header(t)) continue;
        bm_walk_entity(ps, t.p, t.p + t.n, 1, 0);
        /* a text bounce in it: its first text part is the report */
        if (!ps->r->n_recipients && ps->n_notes > before) {
            bm_span u = bm_notice_text(ps, &ps->notes[before]);
            bm_text_scan(ps, u.p, u.p + u.n);
        }
    }
}

/* Whether a subject is a person's reply ("Re: the parcel", "AW:", "SV:", "回复:"): the words of a
 * failure in its text are that person's, not a notice's. */
static int reply_subject(bm_span s)
{
    static const char *const prefixes[] = {
        "re:", "re :", "aw:", "sv:", "vs:", "antw:", "odp:", "ynt:", "rif:", "r\xc3\xa9" "f :",
        "\xe5\x9b\x9e\xe5\xa4\x8d", "\xe7\xad\x94\xe5\xa4\x8d", "\xe5\x9b\x9e\xe8\xa6\x86", "\xe8\xbf\x94\xe4\xbf\xa1", NULL
    };
    int i;
    s = trim(s);
    for (i = 0; prefixes[i]; i++)
        if (istarts(s.p, s.n, prefixes[i])) return 1;
    return 0;
}

/* The human-readable parts: an Amazon SES notification, or (when the message looks like a
 * bounce) the text an MTA writes about each recipient. A person's reply is read as a bounce by
 * its headers only, or where it forwards one. */
static void notices_scan(P *ps, int bounce)
{
    unsigned i;
    int texts = 0;
    for (i = 0; i < ps->n_notes; i++)
        if (!ps->notes[i].html) texts++;
    for (i = 0; i < ps->n_notes; i++) {
        notice *n = &ps->notes[i];
        bm_span t, f;
        if (n->html && texts) continue;
        t = bm_notice_text(ps, n);
        if (i > 0 && ps->r->n_recipients) {
            /* a later text part that is a header block is the original message's headers */
            if (!ps->have_original && bm_field_name(t.p, t.p + t.n)) bm_orig_scan(ps, t.p, t.p + t.n);
            continue;
        }
        if (bm_find_cs(t.p, t.p + t.n, "notificationType") && bm_ses_scan(ps, t.p, t.p + t.n)) return;
        if ((!bounce || (!ps->r->from.n && opens_with_forward(t))) && (f = forwarded_bounce(t)).n) {
            bm_text_scan(ps, f.p, f.p + f.n);
        } else if (bounce || (bounce_text(t) && !reply_subject(ps->r->subject))) {
            t = bm_unquote_forwarded(ps, t);
            bm_text_scan(ps, t.p, t.p + t.n);
        }
    }
}

/* Whether the input starts with an RFC 3464 field (its per-message or a per-recipient block),
 * not with a message's header. */
static int dsn_document(const char *p, const char *end)
{
    static const char *const fields[] = {
        "reporting-mta:", "final-recipient:", "original-envelope-id:", "original-recipient:", NULL
    };
    size_t n = (size_t)(end - p), i;
    for (i = 0; fields[i]; i++)
        if (istarts(p, n, fields[i])) return 1;
    return 0;
}

/* Recipients that nothing else gives a reason for take the Status field's comment. */
static void comment_reasons(P *ps)
{
    unsigned i;
    for (i = 0; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        if (!rc->diagnostic.n) rc->diagnostic = rc->status_comment;
    }
}

/* Marks the recipients whose reply refuses the envelope sender: Sendmail's "<a@b>... reason"
 * names the address it refuses, and a@b is the Return-Path of the message that bounced. */
static void sender_refusals(P *ps)
{
    bm_span rp = ps->r->original.return_path;
    unsigned i;
    if (!rp.n) return;
    for (i = 0; i < ps->r->n_recipients; i++) {
        bm_recipient *rc = &ps->c->rc[i];
        const char *d = rc->diagnostic.p, *end, *x = d;
        if (!rc->diagnostic.n) continue;
        end = d + rc->diagnostic.n;
        while ((x = bm_ifind(x, end, ">...")) != NULL) {
            const char *open = x;
            while (open > d && open[-1] != '<' && !is_ws(open[-1])) open--;
            if (open > d && open[-1] == '<' && same_addr(span(open, x), rp)) {
                rc->refuses_sender = 1;
                break;
            }
            x += 4;
        }
    }
}

/* Whether any recipient the report gives has an address. */
static int named_recipients(const P *ps)
{
    unsigned i;
    for (i = 0; i < ps->r->n_recipients; i++)
        if (ps->c->rc[i].recipient.n || ps->c->rc[i].original_recipient.n) return 1;
    return 0;
}

/* Drops recipients without an address. The recipient is the address the sender used:
 * Original-Recipient where it is an rfc822 address (Final-Recipient may be an alias it was
 * expanded to, or an X.400 or local name), and it stands in for a missing final one. */
static void compact(P *ps)
{
    unsigned i, o = 0;
    bm_recipient *rc = ps->c->rc;
    for (i = 0; i < ps->r->n_recipients; i++) {
        if (rc[i].original_is_address || !rc[i].recipient.n) {
            /* a text's address an alias led to is what a report's Final-Recipient would give */
            if (!rc[i].final_recipient.n) rc[i].final_recipient = rc[i].recipient;
            rc[i].recipient = rc[i].original_recipient;
        }
        if (!rc[i].recipient.n) continue;
        if (o != i) rc[o] = rc[i];
        o++;
    }
    ps->r->n_recipients = o;
}

void bm_limits_default(bm_limits *lim)
{
    lim->max_input = 16u << 20;
    lim->max_header_line = 8u << 10;
    lim->max_decoded = 4u << 20;
    lim->max_text = 64u << 10;
    lim->max_diagnostic = 2u << 10;
    lim->max_headers = 256;
    lim->max_parts = 256;
    lim->max_depth = 32;
    lim->max_recipients = 1000;
    lim->max_x_headers = 64;
}

bm_ctx *bm_ctx_new(void)
{
    return calloc(1, sizeof(bm_ctx));
}

void bm_ctx_free(bm_ctx *ctx)
{
    if (!ctx) return;
    free(ctx->arena);
    free(ctx->rc);
    free(ctx->xh);
    bm_charset_free(ctx);
    free(ctx);
}

const bm_result *bm_parse(bm_ctx *ctx, const char *msg, size_t len, const bm_limits *lim)
{
    P ps;
    bm_result *r;
    size_t need;
    if (!ctx) return NULL;
    memset(&ps, 0, sizeof ps);
    if (lim) ps.L = *lim;
    else bm_limits_default(&ps.L);
    if (ps.L.max_recipients < 1) ps.L.max_recipients = 1;
    if (ps.L.max_depth > MAX_DEPTH) ps.L.max_depth = MAX_DEPTH; /* the walk recurses per level */
    r = &ctx->res;
    memset(r, 0, sizeof *r);
    r->recipients = ctx->rc;
    r->original.x_headers = ctx->xh;
    ps.c = ctx;
    ps.r = r;
    if (!msg) len = 0;
    if (len > ps.L.max_input) {
        len = ps.L.max_input;
        r->truncated = 1;
    }
    /* decoded text never outgrows its source; twice the input covers nested decoding */
    need = len * 2 + 65536;
    if (need > ps.L.max_decoded) need = ps.L.max_decoded;
    if (ctx->arena_cap < need) {
        char *a = malloc(need);
        if (a) {
            free(ctx->arena);
            ctx->arena = a;
            ctx->arena_cap = need;
        }
    }
    ps.alimit = ctx->arena_cap < need ? ctx->arena_cap : need;
    if (!msg) return r;

    /* a byte-order mark that an editor saved before the first header field */
    if (len >= 3 && memcmp(msg, "\xef\xbb\xbf", 3) == 0) {
        msg += 3;
        len -= 3;
    }
    /* blank lines (white space only) before the first header field, as a copy saved with
     * padding above it has: skipped, where a header field follows them */
    {
        const char *q = msg, *end = msg + len, *s = NULL, *e = NULL, *start = msg;
        int more;
        while ((more = bm_next_line(&q, end, &s, &e)) && blank(s, e))
            start = q;
        /* s, e: the first line that is not blank */
        if (start > msg && more && bm_field_name(s, e)) {
            len -= (size_t)(start - msg);
            msg = start;
        }
    }
    bm_walk_entity(&ps, msg, msg + len, 0, 1);
    /* a delivery-status part given alone, its fields with no message around them (as a MIME
     * library hands the part over, or a report pasted without its headers): read as the part */
    if (!r->n_recipients && dsn_document(msg, msg + len)) bm_dsn_scan(&ps, msg, msg + len, CONTINUE);

    /* a report whose recipient blocks name no one (Courier's sample report spells its field
     * "Final-Receipient"): the text names them, with their reasons */
    if (r->n_recipients && !named_recipients(&ps)) r->n_recipients = 0;

    if (r->n_recipients && !ps.have_arf) {
        r->kind = BM_DSN;
        bm_supplement(&ps);
        bm_complete_local(&ps);
    } else if (ps.have_arf) {
        r->kind = BM_ARF;
        if (!r->n_recipients) rcpt_from_value(&ps, r->original.to);
    } else if (ps.have_mdn && !rejection_notice(r->disposition)) {
        /* a read receipt names the reader in Final-Recipient; its sender, where it does not */
        int k;
        r->kind = BM_MDN;
        if (!ps.mdn_rcpt.n) rcpt_from_value(&ps, r->from);
        else if ((k = bm_add_rcpt(&ps)) >= 0) r->recipients[k].recipient = ps.mdn_rcpt;
    } else if (ps.apple_unsubscribe.n && istarts(ps.apple_unsubscribe.p, ps.apple_unsubscribe.n, "true")) {
        /* Apple Mail's unsubscribe request: the sender of it is the recipient who opts out */
        r->kind = BM_ARF;
        r->feedback.feedback_type = lit("opt-out");
        rcpt_from_value(&ps, r->from);
    } else if (ps.jmrp_rcpt.n && !ps.n_notes) {
        /* Microsoft's complaint notice (JMRP) encloses the message with its original recipient */
        int k = bm_add_rcpt(&ps);
        r->kind = BM_ARF;
        r->feedback.feedback_type = lit("abuse");
        r->feedback.original_rcpt_to = ps.jmrp_rcpt;
        if (k >= 0) r->recipients[k].recipient = ps.jmrp_rcpt;
    } else {
        /* RFC 3834's marks: a reply, or a message a program generated in answer to one (a help
         * desk's "Your request has been received", its ticket notices) */
        int autor = ps.x_autoreply || istarts(ps.auto_submitted.p, ps.auto_submitted.n, "auto-replied") ||
                    istarts(ps.auto_submitted.p, ps.auto_submitted.n, "auto-generated") ||
                    ieq(ps.precedence.p, ps.precedence.n, "auto_reply") ||
                    /* vacation(1)'s and procmail recipes' own mark */
                    ieq(ps.precedence.p, ps.precedence.n, "junk") || auto_reply_subject(r->subject);
        int bounce = ps.multipart_report || ps.x_failed.n || bounce_from(r->from) ||
                     bounce_subject(r->subject);
        notice *main = bm_main_notice(&ps);
        bm_span text = main ? bm_notice_text(&ps, main) : span(NULL, NULL);
        /* a bounce's text pasted with no header at all: its own words say what it is */
        if (!bounce && !r->from.n && !r->subject.n &&
            (bounce_text(text) || smtp_client_text(text) || report_fields_text(text)))
            bounce = 1;
        if (dmarc_failure_report(r->subject)) {
            r->kind = BM_ARF;
            r->feedback.feedback_type = lit("auth-failure");
        } else if (!bounce && challenge(r->subject, text)) {
            r->kind = BM_AUTO_REPLY;
            rcpt_from_value(&ps, r->from);
        } else if (!bounce && (autor || absence_text(text)) && !failure_text(text)) {
            r->kind = BM_AUTO_REPLY;
            rcpt_from_value(&ps, r->from);
        } else {
            int says_bounce = bounce;
            if (autor) bounce = 1; /* a provider's own failure notice sent as an auto-reply */
            notices_scan(&ps, bounce);
            /* a gateway that wraps another MTA's report in a notice of its own; where the notice
             * names the recipients, the enclosed message is the one that bounced, and what its
             * body says is no reason */
            if (ps.enclosed.n && !r->n_recipients && bounce)
                bm_walk_entity(&ps, ps.enclosed.p, ps.enclosed.p + ps.enclosed.n, 1, 0);
            if (!r->n_recipients && !bounce) attached_bounce(&ps);
            if (!r->n_recipients) bm_list_refusal(&ps);
            if (!r->n_recipients && ps.have_mdn && ps.mdn_rcpt.n) {
                /* a rejection's notice that names no one (Zimbra's Sieve reject: "The message was
                 * refused by the recipient's mail filtering program. The reason given was as
                 * follows: ..."): its Final-Recipient, and the whole notice as the reason, since
                 * the refusal is in its first words and the filter's own reason after them */
                int k = bm_add_rcpt(&ps);
                if (k >= 0) {
                    r->recipients[k].recipient = ps.mdn_rcpt;
                    ps.c->rc[k].diagnostic = bm_join_lines(&ps, text.p, text.p + text.n);
                }
            }
            if (!r->n_recipients) {
                if (ps.x_failed.n) rcpts_from_list(&ps, ps.x_failed);
                else if (bounce && single_address(r->original.to)) rcpt_from_value(&ps, r->original.to);
                else if (bounce) bm_mentioned_recipient(&ps);
                /* last, the envelope recipient the copy's newest Received: field names (Exim's
                 * "Mail failure - rejected by local scanning code", which names no address) */
                if (!r->n_recipients && bounce && ps.orig_received_for.n) {
                    int k = bm_add_rcpt(&ps);
                    if (k >= 0) r->recipients[k].recipient = ps.orig_received_for;
                }
                bm_fallback_reason(&ps);
                /* a Sieve reject sent as a notice of its own, from the mailbox whose script
                 * refused (Citadel's serv_sieve.c, the wording RFC 5429's examples and the other
                 * Sieve servers use: "The message was refused by the recipient's mail filtering
                 * program. The reason given was as follows:"): its From, the whole notice its
                 * reason, as for the report of one (above) */
                if (!r->n_recipients && bounce && bm_sfind(text, "refused by the recipient's mail filtering")) {
                    rcpt_from_value(&ps, r->from);
                    if (r->n_recipients) ps.c->rc[0].diagnostic = bm_join_lines(&ps, text.p, text.p + text.n);
                }
            }
            if (r->n_recipients) {
                r->kind = ps.have_arf ? BM_ARF : BM_DSN;
                if (!permanent_replies(&ps) && delay_notice(r->subject, ps.region.n ? ps.region : text)) {
                    unsigned i;
                    for (i = 0; i < r->n_recipients; i++)
                        if (!r->recipients[i].action.n)
                            r->recipients[i].action = lit("delayed");
                }
            } else if (autor && !says_bounce) {
                /* Postfix marks its bounces auto-replied too: one from a mailer daemon, or
                 * titled as a bounce, is no absence notice even where it names no recipient.
                 * An automatic reply that says it refused the mail (a challenge-response
                 * filter's blacklist) reports its sender's refusal, its first paragraph the
                 * reason. */
                r->kind = BM_AUTO_REPLY;
                rcpt_from_value(&ps, r->from);
                if (r->n_recipients == 1 && failure_text(text)) {
                    r->kind = BM_DSN;
                    ps.c->rc[0].diagnostic = first_paragraph(&ps, text);
                }
            }
        }
    }
    if (r->kind == BM_DSN) bm_smtp_commands_of(&ps);
    comment_reasons(&ps);
    if (r->kind == BM_DSN) sender_refusals(&ps);
    compact(&ps);
    if (r->kind == BM_DSN && !r->n_recipients) r->kind = BM_UNKNOWN;
    return r;
}
