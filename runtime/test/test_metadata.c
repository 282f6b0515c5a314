/*
 * The embedded metadata reader (dn_metadata.h) over a hand-built image: a metadata root with a
 * #~ stream (Module, TypeDef, MethodDef, Param) and a #Strings heap; row counts, column widths,
 * coded indexes, owner/child lists, lookups, token checks, and truncated images refused.
 */
#include "fake_program.h"
#include "dn_metadata.h"

#include <string.h>

static uint8_t image[512];
static uint32_t at;

static void u8(uint32_t v) { image[at++] = (uint8_t)v; }
static void u16(uint32_t v) { u8(v & 0xff); u8(v >> 8); }
static void u32(uint32_t v) { u16(v & 0xffff); u16(v >> 16); }
static void bytes(const void *p, uint32_t n) { memcpy(image + at, p, n); at += n; }

/* #Strings: offsets of the names used below. */
static const char strings[] = "\0<Module>\0Foo\0A\0B\0C\0x\0y\0Ns";
enum { S_MODULE = 1, S_FOO = 10, S_A = 14, S_B = 16, S_C = 18, S_X = 20, S_Y = 22, S_NS = 24 };

/* Builds the image; returns its size. */
static uint32_t build(void) {
    at = 0;
    /* Metadata root (II.24.2.1): signature, versions, reserved, version string, flags, 2 streams. */
    u32(0x424A5342u); u16(1); u16(1); u32(0); u32(4); bytes("v4\0\0", 4); u16(0); u16(2);
    uint32_t headers = at;
    at += 12 + 20; /* the stream headers, filled in below */
    uint32_t tables = at;
    u32(0); u8(2); u8(0); u8(0); u8(1);
    u32((1u << 0) | (1u << 2) | (1u << 6) | (1u << 8)); u32(0); /* valid: Module, TypeDef, MethodDef, Param */
    u32(0); u32(0);                                              /* sorted */
    u32(1); u32(2); u32(3); u32(2);                              /* row counts */
    u16(0); u16(S_MODULE); u16(0); u16(0); u16(0);               /* Module */
    u32(0); u16(S_MODULE); u16(0); u16(0); u16(1); u16(1);       /* TypeDef 1: <Module>, no methods */
    u32(0x100001); u16(S_FOO); u16(S_NS); u16((5 << 2) | 1); u16(1); u16(1); /* TypeDef 2: extends TypeRef 5 */
    u32(0); u16(0); u16(0x6); u16(S_A); u16(0); u16(1);         /* MethodDef 1: A, no params */
    u32(0); u16(0); u16(0x16); u16(S_B); u16(0); u16(1);        /* MethodDef 2: B(x, y) */
    u32(0); u16(0); u16(0x6); u16(S_C); u16(0); u16(3);         /* MethodDef 3: C, no params */
    u16(0); u16(1); u16(S_X);                                    /* Param 1 */
    u16(0x10); u16(2); u16(S_Y);                                 /* Param 2 */
    uint32_t tables_size = at - tables;
    uint32_t heap = at;
    bytes(strings, sizeof strings);
    while (at % 4) u8(0);
    uint32_t end = at;
    at = headers;
    u32(tables); u32(tables_size); bytes("#~\0\0", 4);
    u32(heap); u32(end - heap); bytes("#Strings\0\0\0\0", 12);
    return end;
}

int32_t test_main(DnArray *args) {
    (void)args;
    uint32_t size = build();
    DnMdScope s;
    CHECK(dn_md_open(&s, image, size));
    CHECK_EQ_LL(s.rows[DN_MD_TYPEDEF], 2);
    CHECK_EQ_LL(s.rows[DN_MD_METHOD], 3);
    CHECK_EQ_LL(s.row_size[DN_MD_TYPEDEF], 14);
    CHECK_STR(dn_md_string(&s, dn_md_get(&s, DN_MD_TYPEDEF, 2, 1)), "Foo");
    CHECK_STR(dn_md_string(&s, dn_md_get(&s, DN_MD_TYPEDEF, 2, 2)), "Ns");
    CHECK_EQ_LL(dn_md_get(&s, DN_MD_TYPEDEF, 2, 0), 0x100001);
    CHECK_EQ_LL(dn_md_get(&s, DN_MD_TYPEDEF, 2, 3), 0x01000005); /* coded TypeDefOrRef */
    CHECK_EQ_LL(dn_md_get(&s, DN_MD_TYPEDEF, 3, 0), 0);          /* no such row */
    fake_section("rows, heaps and coded indexes");

    uint32_t first, stop;
    dn_md_list(&s, DN_MD_METHOD, 1, &first, &stop);
    CHECK_EQ_LL(stop - first, 0);
    dn_md_list(&s, DN_MD_METHOD, 2, &first, &stop);
    CHECK_EQ_LL(first, 1);
    CHECK_EQ_LL(stop, 4);
    dn_md_list(&s, DN_MD_PARAM, 2, &first, &stop);
    CHECK_EQ_LL(first, 1);
    CHECK_EQ_LL(stop, 3);
    dn_md_list(&s, DN_MD_PARAM, 3, &first, &stop);
    CHECK_EQ_LL(stop - first, 0);
    CHECK_EQ_LL(dn_md_owner(&s, DN_MD_PARAM, 2), 2);
    CHECK_EQ_LL(dn_md_owner(&s, DN_MD_METHOD, 3), 2);
    CHECK_STR(dn_md_string(&s, dn_md_get(&s, DN_MD_PARAM, 2, 2)), "y");
    CHECK_EQ_LL(dn_md_find(&s, DN_MD_PARAM, 1, 2, 0), 2);
    CHECK_EQ_LL(dn_md_find(&s, DN_MD_PARAM, 1, 2, 2), 0);
    fake_section("member lists and lookups");

    CHECK(dn_md_valid_token(&s, 0x06000003));
    CHECK(!dn_md_valid_token(&s, 0x06000004));
    CHECK(!dn_md_valid_token(&s, 0x06000000));
    CHECK_STR(dn_md_string(&s, 1000), "");
    uint32_t n;
    CHECK(dn_md_blob(&s, 0, &n) == NULL);
    CHECK(!dn_md_open(&s, image, 40));
    image[0] = 'X';
    CHECK(!dn_md_open(&s, image, size));
    fake_section("tokens and malformed images");
    return fake_finish();
}
