/*
 * dn_metadata.h — a small reader of ECMA-335 metadata (II.22-24) embedded in the program: the
 * metadata root of an application assembly (its #~ tables and #Strings, #US, #GUID and #Blob
 * heaps) as one byte array, which src/codegen/assemblies.ts writes beside the assembly's
 * DnAssemblyInfo when the program keeps CoreLib's MetadataImport calls. runtime/src/metadata.c
 * reads it; runtime/src/metadata_import.c answers the MetadataImport calls over it.
 */
#ifndef DN_METADATA_H
#define DN_METADATA_H

#include <stdbool.h>
#include <stdint.h>

/* Table numbers (ECMA-335 II.22). */
enum {
    DN_MD_MODULE = 0x00, DN_MD_TYPEREF = 0x01, DN_MD_TYPEDEF = 0x02, DN_MD_FIELDPTR = 0x03, DN_MD_FIELD = 0x04,
    DN_MD_METHODPTR = 0x05, DN_MD_METHOD = 0x06, DN_MD_PARAMPTR = 0x07, DN_MD_PARAM = 0x08,
    DN_MD_INTERFACEIMPL = 0x09, DN_MD_MEMBERREF = 0x0a, DN_MD_CONSTANT = 0x0b, DN_MD_CUSTOMATTRIBUTE = 0x0c,
    DN_MD_FIELDMARSHAL = 0x0d, DN_MD_DECLSECURITY = 0x0e, DN_MD_CLASSLAYOUT = 0x0f, DN_MD_FIELDLAYOUT = 0x10,
    DN_MD_STANDALONESIG = 0x11, DN_MD_EVENTMAP = 0x12, DN_MD_EVENTPTR = 0x13, DN_MD_EVENT = 0x14,
    DN_MD_PROPERTYMAP = 0x15, DN_MD_PROPERTYPTR = 0x16, DN_MD_PROPERTY = 0x17, DN_MD_METHODSEMANTICS = 0x18,
    DN_MD_METHODIMPL = 0x19, DN_MD_MODULEREF = 0x1a, DN_MD_TYPESPEC = 0x1b, DN_MD_IMPLMAP = 0x1c,
    DN_MD_FIELDRVA = 0x1d, DN_MD_ASSEMBLY = 0x20, DN_MD_ASSEMBLYREF = 0x23, DN_MD_NESTEDCLASS = 0x29,
    DN_MD_GENERICPARAM = 0x2a, DN_MD_METHODSPEC = 0x2b, DN_MD_GENERICPARAMCONSTRAINT = 0x2c,
    DN_MD_TABLE_COUNT = 0x2d,
};

/* A compressed unsigned integer (II.23.2) at *p, which moves past it; false at `end` or when
 * malformed (*p then unmoved). */
static inline bool dn_md_uncompress(const uint8_t **p, const uint8_t *end, uint32_t *v) {
    if (*p >= end) return false;
    const uint8_t *b = *p;
    if ((b[0] & 0x80) == 0) { *v = b[0]; *p += 1; return true; }
    if ((b[0] & 0xc0) == 0x80 && end - b >= 2) { *v = ((uint32_t)(b[0] & 0x3f) << 8) | b[1]; *p += 2; return true; }
    if ((b[0] & 0xe0) == 0xc0 && end - b >= 4) {
        *v = ((uint32_t)(b[0] & 0x1f) << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
        *p += 4;
        return true;
    }
    return false;
}

/* An opened image: heaps, row counts, and each table's place and column widths. */
typedef struct DnMdScope {
    const uint8_t *strings; uint32_t strings_size;
    const uint8_t *blobs; uint32_t blobs_size;
    const uint8_t *user_strings; uint32_t user_strings_size;
    const uint8_t *guids; uint32_t guids_size;
    uint32_t rows[DN_MD_TABLE_COUNT];
    const uint8_t *table[DN_MD_TABLE_COUNT];
    uint32_t row_size[DN_MD_TABLE_COUNT];
    uint8_t col_offset[DN_MD_TABLE_COUNT][10];
    uint8_t col_width[DN_MD_TABLE_COUNT][10];
} DnMdScope;

/* Opens `size` bytes of a metadata root into *scope; false when they are not well formed. */
bool dn_md_open(DnMdScope *scope, const uint8_t *image, uint32_t size);

/* The value stored in column `col` of row `rid` (1-based) of `table`: heap offsets and simple
 * indexes as stored, coded indexes decoded to tokens (table << 24 | rid). 0 for a bad rid. */
uint32_t dn_md_get(const DnMdScope *s, int table, uint32_t rid, int col);
/* Whether `token` names an existing row (or, for 0x70 user strings, lies in the #US heap). */
bool dn_md_valid_token(const DnMdScope *s, uint32_t token);
/* A #Strings entry (UTF-8, NUL-terminated); "" when out of range. */
const char *dn_md_string(const DnMdScope *s, uint32_t offset);
/* A #Blob entry and its length; NULL when out of range or malformed. */
const uint8_t *dn_md_blob(const DnMdScope *s, uint32_t offset, uint32_t *length);

/* The rows of `child` (DN_MD_FIELD, DN_MD_METHOD, DN_MD_PARAM, DN_MD_PROPERTY, DN_MD_EVENT) owned
 * by `owner_rid` of its owner table (TypeDef, MethodDef, PropertyMap or EventMap), through the
 * *Ptr tables when present: [*first, *end) are list positions, dn_md_list_row maps them to rids. */
void dn_md_list(const DnMdScope *s, int child, uint32_t owner_rid, uint32_t *first, uint32_t *end);
uint32_t dn_md_list_row(const DnMdScope *s, int child, uint32_t position);
/* The owner (TypeDef rid for fields and methods, MethodDef rid for params) of a child row; 0 if none. */
uint32_t dn_md_owner(const DnMdScope *s, int child, uint32_t rid);
/* The first row (after `after`) of `table` whose column `col` holds `value`; 0 when none. */
uint32_t dn_md_find(const DnMdScope *s, int table, int col, uint32_t value, uint32_t after);

#endif
