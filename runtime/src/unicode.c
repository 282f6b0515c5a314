/*
 * UTF-8 <-> UTF-16 for the runtime's own needs: Main's args, literals given as UTF-8, and
 * text written to stderr.
 */
#include "internal.h"

#include <stdlib.h>

char *dn_utf16_to_utf8(const uint16_t *chars, size_t length, size_t *out_len) {
    char *buf = malloc(length * 3 + 1);
    if (buf == NULL) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < length; i++) {
        uint32_t c = chars[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00u);
            i++;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD; /* lone surrogate */
        }
        if (c < 0x80) {
            buf[o++] = (char)c;
        } else if (c < 0x800) {
            buf[o++] = (char)(0xC0 | (c >> 6));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buf[o++] = (char)(0xE0 | (c >> 12));
            buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[o++] = (char)(0xF0 | (c >> 18));
            buf[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    buf[o] = 0;
    if (out_len != NULL) *out_len = o;
    return buf;
}

size_t dn_utf8_to_utf16(const char *utf8, size_t bytes, uint16_t *out) {
    const uint8_t *s = (const uint8_t *)utf8;
    size_t i = 0, n = 0;
    while (i < bytes) {
        uint32_t b = s[i];
        uint32_t c;
        size_t need;
        uint32_t lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
        if (b < 0x80) {
            c = b;
            need = 0;
        } else if (b >= 0xC2 && b <= 0xDF) {
            c = b & 0x1F;
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            c = b & 0x0F;
            need = 2;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F; /* no surrogates */
        } else if (b >= 0xF0 && b <= 0xF4) {
            c = b & 0x07;
            need = 3;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            /* invalid lead byte: one U+FFFD */
            if (out != NULL) out[n] = 0xFFFD;
            n++;
            i++;
            continue;
        }
        size_t j = 1;
        bool ok = true;
        for (; j <= need; j++) {
            if (i + j >= bytes) {
                ok = false;
                break;
            }
            uint32_t cb = s[i + j];
            uint32_t l = j == 1 ? lo : 0x80, h = j == 1 ? hi : 0xBF;
            if (cb < l || cb > h) {
                ok = false;
                break;
            }
            c = (c << 6) | (cb & 0x3F);
        }
        if (!ok) {
            /* a maximal invalid subpart: one U+FFFD for the bytes consumed so far */
            if (out != NULL) out[n] = 0xFFFD;
            n++;
            i += j;
            continue;
        }
        i += need + 1;
        if (c >= 0x10000) {
            if (out != NULL) {
                out[n] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
                out[n + 1] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
            }
            n += 2;
        } else {
            if (out != NULL) out[n] = (uint16_t)c;
            n++;
        }
    }
    return n;
}
