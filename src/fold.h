/* Folding one UTF-8 character for matching: what rules and replies are compared in. */
#ifndef BOUNCE_FOLD_H
#define BOUNCE_FOLD_H

#include <stddef.h>

/* The character starting at s (n > 0 bytes left, s[0] >= 0x80), folded into dst (room for 3
 * bytes): Latin, Greek and Cyrillic letters in lower case without their diacritics ("Ä" and
 * "ä" -> "a", "Я" -> "я"), fullwidth ASCII as ASCII ("Ｕ" -> "u"), typographic quotes and dashes
 * as ASCII ones, zero-width characters dropped. Sets *written to the bytes written (never more
 * than read) and *space to 1 where the character is white space (no-break, ideographic and
 * other Unicode spaces; nothing written). Returns the bytes read: 1 where s starts no valid
 * UTF-8 character, which is then copied as it is. */
size_t bounce_fold_utf8(const unsigned char *s, size_t n, char *dst, size_t *written, int *space);

#endif
