/*
 * metadata.c — reads an embedded ECMA-335 metadata root (dn_metadata.h): the stream headers
 * (II.24.2.1-2), the #~ table stream's row counts and column widths (II.24.2.6), rows, heaps,
 * the owner/child lists (II.22) and lookups by column. Every read is bounds-checked: a
 * malformed image answers 0 / NULL, never reads outside the array.
 */
#include "dn_metadata.h"

#include <string.h>

/* Column kinds: constants and heap indexes below 0x40, coded indexes 0x40 | kind, simple
 * indexes 0x80 | table. */
enum { U2 = 1, U4 = 2, STR = 3, GUID = 4, BLOB = 5 };
#define CI(k) (0x40 | (k))
#define T(t) (0x80 | (t))

/* Coded index kinds (II.24.2.6) and the tables each tag selects (0xff: unused tag). */
enum {
    CI_TYPEDEFORREF, CI_HASCONSTANT, CI_HASCUSTOMATTRIBUTE, CI_HASFIELDMARSHAL, CI_HASDECLSECURITY,
    CI_MEMBERREFPARENT, CI_HASSEMANTICS, CI_METHODDEFORREF, CI_MEMBERFORWARDED, CI_IMPLEMENTATION,
    CI_CUSTOMATTRIBUTETYPE, CI_RESOLUTIONSCOPE, CI_TYPEORMETHODDEF, CI_COUNT,
};
static const struct { uint8_t bits, count; uint8_t tables[22]; } coded[CI_COUNT] = {
    [CI_TYPEDEFORREF] = {2, 3, {0x02, 0x01, 0x1b}},
    [CI_HASCONSTANT] = {2, 3, {0x04, 0x08, 0x17}},
    [CI_HASCUSTOMATTRIBUTE] = {5, 22, {0x06, 0x04, 0x01, 0x02, 0x08, 0x09, 0x0a, 0x00, 0x0e, 0x17, 0x14, 0x11, 0x1a,
                                       0x1b, 0x20, 0x23, 0x26, 0x27, 0x28, 0x2a, 0x2c, 0x2b}},
    [CI_HASFIELDMARSHAL] = {1, 2, {0x04, 0x08}},
    [CI_HASDECLSECURITY] = {2, 3, {0x02, 0x06, 0x20}},
    [CI_MEMBERREFPARENT] = {3, 5, {0x02, 0x01, 0x1a, 0x06, 0x1b}},
    [CI_HASSEMANTICS] = {1, 2, {0x14, 0x17}},
    [CI_METHODDEFORREF] = {1, 2, {0x06, 0x0a}},
    [CI_MEMBERFORWARDED] = {1, 2, {0x04, 0x06}},
    [CI_IMPLEMENTATION] = {2, 3, {0x26, 0x23, 0x27}},
    [CI_CUSTOMATTRIBUTETYPE] = {3, 5, {0xff, 0xff, 0x06, 0x0a, 0xff}},
    [CI_RESOLUTIONSCOPE] = {2, 4, {0x00, 0x1a, 0x23, 0x01}},
    [CI_TYPEORMETHODDEF] = {1, 2, {0x02, 0x06}},
};

/* The columns of each table (II.22), ended by 0. */
static const uint8_t schema[DN_MD_TABLE_COUNT][10] = {
    [0x00] = {U2, STR, GUID, GUID, GUID},
    [0x01] = {CI(CI_RESOLUTIONSCOPE), STR, STR},
    [0x02] = {U4, STR, STR, CI(CI_TYPEDEFORREF), T(0x04), T(0x06)},
    [0x03] = {T(0x04)},
    [0x04] = {U2, STR, BLOB},
    [0x05] = {T(0x06)},
    [0x06] = {U4, U2, U2, STR, BLOB, T(0x08)},
    [0x07] = {T(0x08)},
    [0x08] = {U2, U2, STR},
    [0x09] = {T(0x02), CI(CI_TYPEDEFORREF)},
    [0x0a] = {CI(CI_MEMBERREFPARENT), STR, BLOB},
    [0x0b] = {U2, CI(CI_HASCONSTANT), BLOB},
    [0x0c] = {CI(CI_HASCUSTOMATTRIBUTE), CI(CI_CUSTOMATTRIBUTETYPE), BLOB},
    [0x0d] = {CI(CI_HASFIELDMARSHAL), BLOB},
    [0x0e] = {U2, CI(CI_HASDECLSECURITY), BLOB},
    [0x0f] = {U2, U4, T(0x02)},
    [0x10] = {U4, T(0x04)},
    [0x11] = {BLOB},
    [0x12] = {T(0x02), T(0x14)},
    [0x13] = {T(0x14)},
    [0x14] = {U2, STR, CI(CI_TYPEDEFORREF)},
    [0x15] = {T(0x02), T(0x17)},
    [0x16] = {T(0x17)},
    [0x17] = {U2, STR, BLOB},
    [0x18] = {U2, T(0x06), CI(CI_HASSEMANTICS)},
    [0x19] = {T(0x02), CI(CI_METHODDEFORREF), CI(CI_METHODDEFORREF)},
    [0x1a] = {STR},
    [0x1b] = {BLOB},
    [0x1c] = {U2, CI(CI_MEMBERFORWARDED), STR, T(0x1a)},
    [0x1d] = {U4, T(0x04)},
    [0x1e] = {U4, U4},
    [0x1f] = {U4},
    [0x20] = {U4, U2, U2, U2, U2, U4, BLOB, STR, STR},
    [0x21] = {U4},
    [0x22] = {U4, U4, U4},
    [0x23] = {U2, U2, U2, U2, U4, BLOB, STR, STR, BLOB},
    [0x24] = {U4, T(0x23)},
    [0x25] = {U4, U4, U4, T(0x23)},
    [0x26] = {U4, STR, BLOB},
    [0x27] = {U4, U4, STR, STR, CI(CI_IMPLEMENTATION)},
    [0x28] = {U4, U4, STR, CI(CI_IMPLEMENTATION)},
    [0x29] = {T(0x02), T(0x02)},
    [0x2a] = {U2, U2, CI(CI_TYPEORMETHODDEF), STR},
    [0x2b] = {CI(CI_METHODDEFORREF), BLOB},
    [0x2c] = {T(0x2a), CI(CI_TYPEDEFORREF)},
};

static uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8); }
static uint32_t rd32(const uint8_t *p) { return rd16(p) | (rd16(p + 2) << 16); }

static bool stream(DnMdScope *s, const char *name, const uint8_t *data, uint32_t size) {
    if (strcmp(name, "#~") == 0 || strcmp(name, "#-") == 0) return true;
    if (strcmp(name, "#Strings") == 0) { s->strings = data; s->strings_size = size; }
    else if (strcmp(name, "#Blob") == 0) { s->blobs = data; s->blobs_size = size; }
    else if (strcmp(name, "#US") == 0) { s->user_strings = data; s->user_strings_size = size; }
    else if (strcmp(name, "#GUID") == 0) { s->guids = data; s->guids_size = size; }
    return true;
}

static bool open_tables(DnMdScope *s, const uint8_t *p, uint32_t size) {
    if (size < 24) return false;
    uint8_t heaps = p[6];
    uint64_t valid = (uint64_t)rd32(p + 8) | ((uint64_t)rd32(p + 12) << 32);
    uint32_t at = 24;
    for (int t = 0; t < 64; t++) {
        if (!(valid & ((uint64_t)1 << t))) continue;
        if (t >= DN_MD_TABLE_COUNT || at + 4 > size) return false;
        s->rows[t] = rd32(p + at);
        at += 4;
    }
    if (heaps & 0x40) at += 4; /* extra data after the row counts */
    uint8_t str_w = (heaps & 1) ? 4 : 2, guid_w = (heaps & 2) ? 4 : 2, blob_w = (heaps & 4) ? 4 : 2;
    for (int t = 0; t < DN_MD_TABLE_COUNT; t++) {
        uint32_t off = 0;
        for (int c = 0; c < 10 && schema[t][c] != 0; c++) {
            uint8_t k = schema[t][c], w;
            if (k == U2) w = 2;
            else if (k == U4) w = 4;
            else if (k == STR) w = str_w;
            else if (k == GUID) w = guid_w;
            else if (k == BLOB) w = blob_w;
            else if (k & 0x80) w = s->rows[k & 0x7f] < 0x10000 ? 2 : 4;
            else {
                uint32_t max = 0;
                for (int i = 0; i < coded[k & 0x3f].count; i++) {
                    uint8_t ct = coded[k & 0x3f].tables[i];
                    if (ct != 0xff && s->rows[ct] > max) max = s->rows[ct];
                }
                w = max < (1u << (16 - coded[k & 0x3f].bits)) ? 2 : 4;
            }
            s->col_offset[t][c] = (uint8_t)off;
            s->col_width[t][c] = w;
            off += w;
        }
        s->row_size[t] = off;
        if (s->rows[t] == 0) continue;
        if (off == 0 || (uint64_t)s->rows[t] * off > size - at) return false;
        s->table[t] = p + at;
        at += s->rows[t] * off;
    }
    return true;
}

bool dn_md_open(DnMdScope *s, const uint8_t *image, uint32_t size) {
    memset(s, 0, sizeof *s);
    if (size < 20 || rd32(image) != 0x424A5342u) return false; /* "BSJB" */
    uint32_t vlen = rd32(image + 12);
    if (vlen > size - 20) return false;
    uint32_t at = 16 + vlen;
    uint32_t count = rd16(image + at + 2);
    at += 4;
    const uint8_t *tables = NULL;
    uint32_t tables_size = 0;
    for (uint32_t i = 0; i < count; i++) {
        if (at + 8 > size) return false;
        uint32_t off = rd32(image + at), len = rd32(image + at + 4);
        const char *name = (const char *)image + at + 8;
        size_t nlen = strnlen(name, size - at - 8);
        if (nlen == size - at - 8 || off > size || len > size - off) return false;
        if (name[0] == '#' && name[1] == '~' && name[2] == 0) { tables = image + off; tables_size = len; }
        if (name[0] == '#' && name[1] == '-' && name[2] == 0) { tables = image + off; tables_size = len; }
        stream(s, name, image + off, len);
        at += 8 + (uint32_t)((nlen + 4) & ~(size_t)3);
    }
    return tables != NULL && open_tables(s, tables, tables_size);
}

uint32_t dn_md_get(const DnMdScope *s, int table, uint32_t rid, int col) {
    if (table < 0 || table >= DN_MD_TABLE_COUNT || rid == 0 || rid > s->rows[table] || col < 0 || col >= 10) return 0;
    uint8_t k = schema[table][col];
    if (k == 0) return 0;
    const uint8_t *p = s->table[table] + (size_t)(rid - 1) * s->row_size[table] + s->col_offset[table][col];
    uint32_t v = s->col_width[table][col] == 2 ? rd16(p) : rd32(p);
    if ((k & 0xc0) != 0x40) return v;
    unsigned bits = coded[k & 0x3f].bits;
    uint32_t tag = v & ((1u << bits) - 1);
    if (tag >= coded[k & 0x3f].count || coded[k & 0x3f].tables[tag] == 0xff) return 0;
    return ((uint32_t)coded[k & 0x3f].tables[tag] << 24) | (v >> bits);
}

bool dn_md_valid_token(const DnMdScope *s, uint32_t token) {
    uint32_t t = token >> 24, rid = token & 0xffffff;
    if (t == 0x70) return rid < s->user_strings_size;
    return t < DN_MD_TABLE_COUNT && rid >= 1 && rid <= s->rows[t];
}

const char *dn_md_string(const DnMdScope *s, uint32_t offset) {
    if (offset >= s->strings_size || memchr(s->strings + offset, 0, s->strings_size - offset) == NULL) return "";
    return (const char *)s->strings + offset;
}

const uint8_t *dn_md_blob(const DnMdScope *s, uint32_t offset, uint32_t *length) {
    *length = 0;
    if (offset >= s->blobs_size) return NULL;
    const uint8_t *p = s->blobs + offset;
    uint32_t left = s->blobs_size - offset, n, hdr;
    if ((p[0] & 0x80) == 0) { n = p[0]; hdr = 1; }
    else if ((p[0] & 0xc0) == 0x80) { if (left < 2) return NULL; n = ((uint32_t)(p[0] & 0x3f) << 8) | p[1]; hdr = 2; }
    else if ((p[0] & 0xe0) == 0xc0) { if (left < 4) return NULL; n = ((uint32_t)(p[0] & 0x1f) << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]; hdr = 4; }
    else return NULL;
    if (n > left - hdr) return NULL;
    *length = n;
    return p + hdr;
}

/* The owner table, its list column and the Ptr table of each child table. */
static bool list_shape(int child, int *owner, int *col, int *ptr) {
    switch (child) {
    case DN_MD_FIELD: *owner = DN_MD_TYPEDEF; *col = 4; *ptr = DN_MD_FIELDPTR; return true;
    case DN_MD_METHOD: *owner = DN_MD_TYPEDEF; *col = 5; *ptr = DN_MD_METHODPTR; return true;
    case DN_MD_PARAM: *owner = DN_MD_METHOD; *col = 5; *ptr = DN_MD_PARAMPTR; return true;
    case DN_MD_PROPERTY: *owner = DN_MD_PROPERTYMAP; *col = 1; *ptr = DN_MD_PROPERTYPTR; return true;
    case DN_MD_EVENT: *owner = DN_MD_EVENTMAP; *col = 1; *ptr = DN_MD_EVENTPTR; return true;
    default: return false;
    }
}

void dn_md_list(const DnMdScope *s, int child, uint32_t owner_rid, uint32_t *first, uint32_t *end) {
    int owner, col, ptr;
    *first = *end = 1;
    if (!list_shape(child, &owner, &col, &ptr) || owner_rid == 0 || owner_rid > s->rows[owner]) return;
    uint32_t count = s->rows[ptr] != 0 ? s->rows[ptr] : s->rows[child];
    uint32_t a = dn_md_get(s, owner, owner_rid, col);
    uint32_t b = owner_rid < s->rows[owner] ? dn_md_get(s, owner, owner_rid + 1, col) : count + 1;
    if (a < 1) a = 1;
    if (b > count + 1) b = count + 1;
    if (a > b) a = b;
    *first = a;
    *end = b;
}

uint32_t dn_md_list_row(const DnMdScope *s, int child, uint32_t position) {
    int owner, col, ptr;
    if (!list_shape(child, &owner, &col, &ptr)) return 0;
    return s->rows[ptr] != 0 ? dn_md_get(s, ptr, position, 0) : position;
}

uint32_t dn_md_owner(const DnMdScope *s, int child, uint32_t rid) {
    int owner, col, ptr;
    if (!list_shape(child, &owner, &col, &ptr)) return 0;
    for (uint32_t o = 1; o <= s->rows[owner]; o++) {
        uint32_t first, end;
        dn_md_list(s, child, o, &first, &end);
        for (uint32_t i = first; i < end; i++)
            if (dn_md_list_row(s, child, i) == rid) return o;
    }
    return 0;
}

uint32_t dn_md_find(const DnMdScope *s, int table, int col, uint32_t value, uint32_t after) {
    if (table < 0 || table >= DN_MD_TABLE_COUNT) return 0;
    for (uint32_t r = after + 1; r <= s->rows[table]; r++)
        if (dn_md_get(s, table, r, col) == value) return r;
    return 0;
}
