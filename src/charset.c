/* Text in the charset a part or an encoded word declares, as UTF-8, so that the rules read one
 * encoding: a Japanese carrier's ISO-2022-JP notice and a Chinese provider's GB2312 one included.
 * The conversion is iconv's (in the C library); a context keeps the descriptors of the last
 * few charsets it met. Names are matched as MIME writes them, and a few are read as the superset
 * mail software really writes under them (Shift_JIS as Windows-31J, GB2312 as GB18030,
 * ISO-8859-1 as windows-1252). Text that is valid UTF-8 beyond ASCII is read as UTF-8 whatever
 * the label says, and 8-bit text labelled ISO-2022-JP (a 7-bit charset) as Shift_JIS: the
 * mislabelling that mail software does. 8-bit text that declares no charset (or US-ASCII) is read
 * in the charset of its sender's country, else windows-1252 (undeclared_charset).
 *
 * Where iconv knows none of a charset's names, the text is read as UTF-8: ASCII and valid UTF-8
 * sequences are kept and each other byte becomes U+FFFD, so the output is always UTF-8 and never
 * longer than three times the input. A byte iconv cannot convert becomes U+FFFD as well.
 */
#include "scan.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#define REPLACEMENT "\xef\xbf\xbd" /* U+FFFD */

/* Charset names mail software writes, and what iconv should read them as (first that it
 * knows). Lower-case. */
static const char *const aliases[][4] = {
    { "shift_jis", "WINDOWS-31J", "SHIFT_JIS", NULL },
    { "shift-jis", "WINDOWS-31J", "SHIFT_JIS", NULL },
    { "sjis", "WINDOWS-31J", "SHIFT_JIS", NULL },
    { "x-sjis", "WINDOWS-31J", "SHIFT_JIS", NULL },
    { "ms_kanji", "WINDOWS-31J", "SHIFT_JIS", NULL },
    { "csshiftjis", "WINDOWS-31J", "SHIFT_JIS", NULL },
    { "euc-jp", "EUC-JP-MS", "EUC-JP", NULL },
    { "x-euc-jp", "EUC-JP-MS", "EUC-JP", NULL },
    { "gb2312", "GB18030", "GBK", "GB2312" },
    { "gbk", "GB18030", "GBK", NULL },
    { "x-gbk", "GB18030", "GBK", NULL },
    { "euc-cn", "GB18030", "GBK", "GB2312" },
    { "cp936", "GB18030", "GBK", NULL },
    { "big5", "CP950", "BIG5", NULL },
    { "x-big5", "CP950", "BIG5", NULL },
    { "cn-big5", "CP950", "BIG5", NULL },
    { "ks_c_5601-1987", "CP949", "EUC-KR", NULL },
    { "euc-kr", "CP949", "EUC-KR", NULL },
    { "iso-8859-8-i", "ISO-8859-8", NULL, NULL },
    { "unicode-1-1-utf-7", "UTF-7", NULL, NULL },
    { "utf7", "UTF-7", NULL, NULL },
};

/* windows-1252, which ISO-8859-1 text is read as (mailers label it so): the most common 8-bit
 * charset after UTF-8, converted here without iconv. Its 0x80-0x9F; bytes 0xA0-0xFF are the code
 * points of the same value; the five bytes it leaves undefined stay the C1 controls they are in
 * ISO-8859-1. */
static const unsigned short cp1252_high[32] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
};

static int is_cp1252_name(const char *name)
{
    return strcmp(name, "iso-8859-1") == 0 || strcmp(name, "windows-1252") == 0 ||
           strcmp(name, "latin1") == 0 || strcmp(name, "cp1252") == 0 ||
           strcmp(name, "iso_8859-1") == 0 || strcmp(name, "iso8859-1") == 0 || strcmp(name, "l1") == 0;
}

static size_t cp1252_decode(P *ps, const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    for (i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 > cap) break;
            out[o++] = (char)c;
            continue;
        }
        if (c < 0xa0) c = cp1252_high[c - 0x80];
        if (c < 0x800) {
            if (o + 2 > cap) break;
            out[o++] = (char)(0xc0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3f));
        } else {
            if (o + 3 > cap) break;
            out[o++] = (char)(0xe0 | (c >> 12));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3f));
            out[o++] = (char)(0x80 | (c & 0x3f));
        }
    }
    if (i < n) ps->r->truncated = 1;
    return o;
}

/* Whether 7-bit text in charset name needs converting: in the charsets that switch with escapes
 * (ISO-2022-*) or shifts (UTF-7's "+", HZ's "~{") only where one stands, in the wide ones
 * (UTF-16, UTF-32, UCS-2/4) always, in the others never. */
static int ascii_needs(const char *name, const char *s, size_t n)
{
    switch (name[0]) {
    case 'i':
        return strncmp(name, "iso-2022", 8) == 0 && memchr(s, 0x1b, n) != NULL;
    case 'u':
        if (strncmp(name, "utf-7", 5) == 0 || strncmp(name, "utf7", 4) == 0 ||
            strncmp(name, "unicode-1-1-utf-7", 17) == 0)
            return memchr(s, '+', n) != NULL;
        return strncmp(name, "utf-16", 6) == 0 || strncmp(name, "utf-32", 6) == 0 ||
               strncmp(name, "ucs", 3) == 0;
    case 'h':
        return strncmp(name, "hz", 2) == 0;
    }
    return 0;
}

static int is_utf8_name(const char *name)
{
    return strcmp(name, "utf-8") == 0 || strcmp(name, "utf8") == 0;
}

/* US-ASCII: 8-bit text under it is read as valid UTF-8 where it is, else as text that declares
 * no charset (undeclared_charset). */
static int is_ascii_name(const char *name)
{
    return strcmp(name, "us-ascii") == 0 || strcmp(name, "ascii") == 0 || strcmp(name, "ansi_x3.4-1968") == 0;
}

/* Length of the valid UTF-8 sequence at s[0..n), 0 when there is none. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    size_t len, i;
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) len = 2;
    else if (s[0] >= 0xe0 && s[0] <= 0xef) len = 3;
    else if (s[0] >= 0xf0 && s[0] <= 0xf4) len = 4;
    else return 0;
    if (n < len) return 0;
    for (i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80) return 0;
    if (len == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0))) return 0;
    if (len == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))) return 0;
    return len;
}

/* The fallback: valid UTF-8 kept, other bytes U+FFFD. */
static size_t utf8_clean(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        size_t len = utf8_seq((const unsigned char *)s + i, n - i);
        if (len) {
            if (o + len > cap) break;
            memcpy(out + o, s + i, len);
            o += len;
            i += len;
        } else {
            if (o + 3 > cap) break;
            memcpy(out + o, REPLACEMENT, 3);
            o += 3;
            i++;
        }
    }
    return o;
}

/* The context's descriptor for name (lower-case), opened on first use and kept: closing one
 * may unload iconv's module for the charset, and reloading it costs more than a parse.
 * (iconv_t)-1 when iconv knows the charset under none of its names. */
static iconv_t descriptor(bm_ctx *c, const char *name)
{
    bm_iconv *slot;
    size_t i;
    for (i = 0; i < BM_ICONV_SLOTS && c->iconv[i].name[0]; i++)
        if (strcmp(c->iconv[i].name, name) == 0) return c->iconv[i].cd;
    if (i == BM_ICONV_SLOTS) { /* all taken: the oldest goes */
        i = c->iconv_next;
        c->iconv_next = (c->iconv_next + 1) % BM_ICONV_SLOTS;
        if (c->iconv[i].cd != (iconv_t)-1) iconv_close(c->iconv[i].cd);
    }
    slot = &c->iconv[i];
    slot->cd = (iconv_t)-1;
    for (i = 0; i < sizeof aliases / sizeof aliases[0] && slot->cd == (iconv_t)-1; i++) {
        int k;
        if (strcmp(aliases[i][0], name) != 0) continue;
        for (k = 1; k < 4 && aliases[i][k] && slot->cd == (iconv_t)-1; k++)
            slot->cd = iconv_open("UTF-8", aliases[i][k]);
    }
    if (slot->cd == (iconv_t)-1) slot->cd = iconv_open("UTF-8", name);
    strcpy(slot->name, name);
    return slot->cd;
}

/* A charset parameter as a lower-case name without quotes or white space; 0 when there is none
 * or it is too long to be one. */
static int charset_name(bm_span cs, char *name, size_t cap)
{
    size_t i, n = 0;
    cs = trim(cs);
    while (cs.n && (cs.p[0] == '"' || cs.p[0] == '\'')) { cs.p++; cs.n--; }
    while (cs.n && (cs.p[cs.n - 1] == '"' || cs.p[cs.n - 1] == '\'')) cs.n--;
    for (i = 0; i < cs.n; i++)
        if (cs.p[i] == '*') cs.n = i; /* RFC 2231's language: "utf-8*en" */
    if (!cs.n || cs.n >= cap) return 0;
    for (i = 0; i < cs.n; i++) {
        unsigned char ch = (unsigned char)cs.p[i];
        if (ch <= ' ' || ch >= 0x7f) return 0;
        name[n++] = (char)lc(ch);
    }
    name[n] = 0;
    return 1;
}

/* Whether text in no declared charset is ISO-2022-JP: its escapes to JIS X 0208 say so. */
static int jis_escapes(const char *s, size_t n)
{
    const char *x = s, *e = s + n;
    while ((x = memchr(x, 0x1b, (size_t)(e - x))) != NULL && e - x >= 3) {
        if (x[1] == '$' && (x[2] == 'B' || x[2] == '@')) return 1;
        x++;
    }
    return 0;
}

/* Whether s is UTF-8 with at least one character beyond ASCII: text that a mislabelled part
 * (UTF-8 declared as ISO-8859-1 or ISO-2022-JP) holds; text in those charsets almost never
 * forms valid UTF-8 by chance. */
static int utf8_text(const char *s, size_t n)
{
    size_t i = 0, len;
    int wide = 0;
    while (i < n) {
        if (!(len = utf8_seq((const unsigned char *)s + i, n - i))) return 0;
        wide |= len > 1;
        i += len;
    }
    return wide;
}

int bm_charset_needed(bm_span cs, const char *s, size_t n)
{
    char name[BM_CHARSET_NAME];
    size_t i;
    int named;
    if (!n) return 0;
    named = charset_name(cs, name, sizeof name);
    if (!named && jis_escapes(s, n)) return 1;
    if (named && is_utf8_name(name)) return 0;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return !utf8_text(s + i, n - i);
    return named && ascii_needs(name, s, n);
}

/* The charset 8-bit text that declares none (or only US-ASCII) is read in, where it is not
 * UTF-8: the one the country of the notice's sender writes in (its From's top-level domain:
 * GB2312 for .cn, Big5 for .tw and .hk, EUC-KR for .kr; for .jp Shift_JIS or EUC-JP, and for
 * Cyrillic domains windows-1251 or KOI8-R, by the bytes), else windows-1252, the 8-bit charset
 * of Western mail. */
static const char *undeclared_charset(P *ps, const char *s, size_t n)
{
    bm_span from = ps->r->from.n ? bm_value_address(ps->r->from) : ps->r->from;
    const char *dot = NULL, *x;
    size_t i, sjis = 0, low = 0, high = 0;
    if (!from.n) return "windows-1252";
    for (x = from.p; x < from.p + from.n; x++)
        if (*x == '.') dot = x;
    if (!dot || !memchr(from.p, '@', from.n) || from.p + from.n - dot != 3) return "windows-1252";
    dot++;
    if (ieq(dot, 2, "cn")) return "gb2312";
    if (ieq(dot, 2, "tw") || ieq(dot, 2, "hk") || ieq(dot, 2, "mo")) return "big5";
    if (ieq(dot, 2, "kr")) return "euc-kr";
    if (ieq(dot, 2, "jp")) { /* Shift_JIS leads with 0x81-0x9F, EUC-JP with 0xA1-0xFE (0x8E: its kana) */
        for (i = 0; i < n && !sjis; i++)
            sjis = (unsigned char)s[i] >= 0x81 && (unsigned char)s[i] <= 0x9f && (unsigned char)s[i] != 0x8e;
        return sjis ? "shift_jis" : "euc-jp";
    }
    if (ieq(dot, 2, "ru") || ieq(dot, 2, "ua") || ieq(dot, 2, "by") || ieq(dot, 2, "kz") || ieq(dot, 2, "su") ||
        ieq(dot, 2, "bg")) {
        /* KOI8-R puts the lower-case letters, most of a text, at 0xC0-0xDF; windows-1251 at 0xE0-0xFF */
        for (i = 0; i < n; i++) {
            unsigned char b = (unsigned char)s[i];
            if (b >= 0xc0 && b <= 0xdf) low++;
            if (b >= 0xe0) high++;
        }
        return high >= low ? "windows-1251" : "koi8-r";
    }
    return "windows-1252";
}

size_t bm_to_utf8(P *ps, bm_span cs, const char *s, size_t n, char *out, size_t cap)
{
    char name[BM_CHARSET_NAME];
    iconv_t cd;
    char *in = (char *)(size_t)s, *o = out;
    size_t inleft = n, outleft = cap;
    if (!charset_name(cs, name, sizeof name)) strcpy(name, jis_escapes(s, n) ? "iso-2022-jp" : "us-ascii");
    if (is_ascii_name(name)) strcpy(name, utf8_text(s, n) ? "utf-8" : undeclared_charset(ps, s, n));
    /* ISO-2022-JP is 7-bit: 8-bit text declared so is Shift_JIS, as Japanese mailers mislabel it */
    if (strncmp(name, "iso-2022-jp", 11) == 0 && !memchr(s, 0x1b, n)) strcpy(name, "shift_jis");
    if (is_utf8_name(name)) return utf8_clean(s, n, out, cap);
    if (is_cp1252_name(name)) return cp1252_decode(ps, s, n, out, cap);
    cd = descriptor(ps->c, name);
    if (cd == (iconv_t)-1) return utf8_clean(s, n, out, cap);
    iconv(cd, NULL, NULL, NULL, NULL); /* the initial shift state */
    while (inleft && iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
        int cut = errno == EINVAL;
        if (errno == E2BIG || outleft < 3) {
            ps->r->truncated = 1;
            break;
        }
        /* a byte the charset does not have here (EILSEQ), or a sequence cut off at the end */
        memcpy(o, REPLACEMENT, 3);
        o += 3;
        outleft -= 3;
        if (cut) break;
        in++;
        inleft--;
    }
    return (size_t)(o - out);
}

bm_span bm_text_utf8(P *ps, bm_span cs, bm_span t)
{
    size_t want, got;
    char *o;
    if (!bm_charset_needed(cs, t.p, t.n)) return t;
    /* at most three bytes of UTF-8 a byte; what the arena has left is enough to try */
    want = t.n * 3 + 8;
    if (want > ps->alimit - ps->aused) want = ps->alimit - ps->aused;
    o = bm_ar_begin(ps, want, &got);
    return bm_ar_commit(ps, bm_to_utf8(ps, cs, t.p, t.n, o, got));
}

void bm_charset_free(bm_ctx *c)
{
    size_t i;
    for (i = 0; i < BM_ICONV_SLOTS; i++) {
        if (c->iconv[i].name[0] && c->iconv[i].cd != (iconv_t)-1) iconv_close(c->iconv[i].cd);
        c->iconv[i].name[0] = 0;
    }
}
