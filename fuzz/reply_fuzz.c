/* libFuzzer harness for the reply parser and text folding (src/reply.c), and the count of a
 * folded reply's words (src/words.c): any bytes as a reply. Beyond memory safety (ASan, UBSan) it
 * checks what reply.h promises: NUL-terminated status fields, a code of three digits, folded text
 * (plain and reply folding) no longer than its input, in lower case with single spaces and none at
 * either end, plain folding idempotent; and no more unknown words than words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reply.h"
#include "words.h"

#define CHECK(cond)        \
    do {                   \
        if (!(cond))       \
            abort();       \
    } while (0)

/* What bounce_fold promises of its output. */
static void check_folded(const char *s, size_t n)
{
    size_t i;
    if (n == 0)
        return;
    CHECK(s[0] != ' ' && s[n - 1] != ' ');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        CHECK(!(c >= 'A' && c <= 'Z'));
        CHECK(c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' && c != 0);
        CHECK(!(c == ' ' && i + 1 < n && s[i + 1] == ' '));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    /* Exactly the n bytes reply.h asks of dst, so that any write beyond them is caught. */
    char *folded = malloc(size ? size : 1), *again = malloc(size ? size : 1);
    bounce_reply r;
    size_t n, m;
    long wait;

    CHECK(folded != NULL && again != NULL);
    bounce_reply_parse(s, size, &r);
    CHECK(memchr(r.status, '\0', sizeof r.status) != NULL);
    CHECK(memchr(r.effective, '\0', sizeof r.effective) != NULL);
    CHECK(r.code == 0 || (r.code >= 200 && r.code <= 599));
    CHECK(r.klass == 0 || (r.klass >= 2 && r.klass <= 5));

    n = bounce_fold(s, size, folded);
    CHECK(n <= size);
    check_folded(folded, n);
    m = bounce_fold(folded, n, again);
    CHECK(m == n && memcmp(folded, again, n) == 0);

    n = bounce_fold_reply(s, size, folded);
    CHECK(n <= size);
    check_folded(folded, n);
    wait = bounce_retry_after(folded, n);
    CHECK(wait >= -1);
    /* Raw text too: the function must stay in bounds whatever it is given. */
    wait = bounce_retry_after(s, size);
    CHECK(wait >= -1);
    {
        static bounce_words *generic;
        int words, unknown;
        if (generic == NULL) {
            generic = bounce_words_new();
            CHECK(generic != NULL && bounce_words_add(generic, "the", 3) == 0 &&
                  bounce_words_add(generic, "mailbox", 7) == 0 && bounce_words_add(generic, "Bad", 3) == -1);
        }
        unknown = bounce_words_unknown(generic, folded, n, &words);
        CHECK(unknown >= 0 && unknown <= words && (size_t)words <= n);
    }

    free(folded);
    free(again);
    return 0;
}
