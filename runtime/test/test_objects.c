/*
 * Object model: layout offsets, allocation (zeroing, alignment, limits and their exceptions),
 * strings, MD arrays, frozen literals, boxing, hash codes, clone, a statically initialised
 * MethodTable with a vtable (the code generator's pattern).
 */
#include "fake_program.h"

#include <stdint.h>

/* A class as the code generator would emit it: Point { int X; int Y; object Tag; } with a
 * vtable of Object's four slots plus one new virtual (slot 4). */
typedef struct Point {
    const DnMethodTable *mt;
    DnObject *tag; /* +8: references first (auto layout) */
    int32_t x;     /* +16 */
    int32_t y;     /* +20 */
} Point;

static int32_t Point_Sum(Point *p) { return p->x + p->y; }
static DnString *Point_ToString(DnObject *p) {
    (void)p;
    return fake_str("Point");
}

DnMethodTable Point_MT = {
    .flags = DN_MT_FLAG_CONTAINS_GC_POINTERS | DN_MT_FLAG_HAS_DEFAULT_CTOR,
    .base_size = 32,
    .num_virtuals = 5,
    .parent = &Object_MT,
    .name = "Test.Point",
    .instance_field_bytes = 16,
    .cor_element_type = DN_ELEMENT_TYPE_CLASS,
    .vtable = {NULL, (DnFnPtr)Point_ToString, NULL, NULL, (DnFnPtr)Point_Sum},
};

/* enum Color : int */
DnMethodTable Color_MT = {
    .flags = DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE,
    .base_size = 24,
    .parent = &Enum_MT,
    .name = "Test.Color",
    .instance_field_bytes = 4,
    .cor_element_type = DN_ELEMENT_TYPE_I4,
};

/* Nullable<int>: { bool hasValue; int value; } */
static const DnMethodTable *const nullable_int_args[] = {&Int32_MT};
DnMethodTable NullableInt32_MT = {
    .flags = DN_MT_FLAG_CATEGORY_NULLABLE | DN_MT_FLAG_GENERICS_GENERIC_INST,
    .base_size = 24,
    .parent = &ValueType_MT,
    .nullable = {.value_offset = 4, .value_size = 4},
    .name = "System.Nullable`1[System.Int32]",
    .instance_field_bytes = 8,
    .cor_element_type = DN_ELEMENT_TYPE_VALUETYPE,
    .num_generic_args = 1,
    .generic_args = nullable_int_args,
};

/* int[,] and a 2-byte-element array, as for char[] */
DnMethodTable Int32Array2D_MT = {
    .flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(DN_MT_FLAG_CATEGORY_ARRAY, 4),
    .base_size = 24 + 8 * 2,
    .parent = &Array_MT,
    .element_type = &Int32_MT,
    .name = "System.Int32[,]",
    .cor_element_type = DN_ELEMENT_TYPE_ARRAY,
    .rank = 2,
};

DN_FROZEN_STRING(literal_hello, &String_MT, 5, u"hello");

static bool all_zero(const void *p, size_t n) {
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i]) return false;
    return true;
}

static DnObject *take_exception(void) {
    CHECK(dn_exception_pending());
    return dn_catch();
}

static void test_hash_codes_match_dotnet(void) {
    /* The first hash codes of a .NET 10 process's main thread (`new object().GetHashCode()` x4,
     * verified under dotnet 10.0.12); dotnative's generator and thread ids are CoreCLR's. */
    static const int32_t dotnet[] = {58225482, 54267293, 18643596, 33574638};
    for (int i = 0; i < 4; i++) {
        DnObject *o = dn_alloc_object(&Object_MT);
        CHECK_EQ_LL(dn_object_try_get_hashcode(o), 0);
        CHECK_EQ_LL(dn_object_get_hashcode(o), dotnet[i]);
        CHECK_EQ_LL(dn_object_get_hashcode(o), dotnet[i]);
        CHECK_EQ_LL(dn_object_try_get_hashcode(o), dotnet[i]);
        CHECK_EQ_LL(dn_object_header(o)->sync_block_value, 0x0C000000u | (uint32_t)dotnet[i]);
        CHECK_EQ_LL(dn_object_header(o)->lock_word, 0);
    }
    /* A frozen literal's header is writable. */
    DnObject *lit = DN_FROZEN_OBJECT_REF(literal_hello);
    CHECK_EQ_LL(dn_object_get_hashcode(lit), 33736294);
    CHECK_EQ_LL(dn_current_thread()->thread_id, 1);
    fake_section("hash codes equal dotnet's (main thread, thread id 1)");
}

static void test_object_layout(void) {
    for (int i = 0; i < 1000; i++) {
        Point *p = (Point *)dn_alloc_object(&Point_MT);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 7) == 0);
        CHECK(p->mt == &Point_MT);
        CHECK(all_zero((char *)p - 8, 8));
        CHECK(all_zero((char *)p + 8, Point_MT.base_size - 16));
        p->x = i;
        p->y = 2 * i;
        p->tag = (DnObject *)p;
        CHECK_EQ_LL(((int32_t(*)(Point *))DN_VIRTUAL(p, 4))(p), 3 * i);
        CHECK_EQ_LL(dn_object_size((DnObject *)p), 32);
    }
    Point *p = (Point *)dn_alloc_object(&Point_MT);
    CHECK(fake_str_eq(((DnString * (*)(DnObject *)) DN_VIRTUAL(p, 1))((DnObject *)p), "Point"));
    /* Pointer-free objects are zeroed too (GC_malloc_atomic does not clear). */
    for (int i = 0; i < 2000; i++) {
        DnArray *a = dn_alloc_array(&Int64Array_MT, i % 300);
        CHECK(a != NULL && a->length == (uint32_t)(i % 300) && a->padding == 0);
        CHECK(all_zero(a->data, (size_t)a->length * 8));
        CHECK(all_zero((char *)a - 8, 8));
        for (uint32_t j = 0; j < a->length; j++) DN_ARRAY_DATA(a, int64_t)[j] = -1;
    }
    fake_section("objects: MethodTable at 0, header at -8, zeroed, 8-aligned, vtable calls");
}

static void test_array_layout(void) {
    DnArray *a = dn_alloc_array(&Int32Array_MT, 10);
    CHECK((char *)&a->length - (char *)a == 8);
    CHECK((char *)DN_ARRAY_DATA(a, int32_t) - (char *)a == 16);
    CHECK(((uintptr_t)DN_ARRAY_DATA(a, int32_t) & 7) == 0);
    CHECK_EQ_LL(*(uint32_t *)((char *)a + 8), 10);
    CHECK_EQ_LL(dn_object_size((DnObject *)a), 24 + 40);
    DnArray *empty = dn_alloc_array(&StringArray_MT, 0);
    CHECK(empty != NULL && empty->length == 0 && !dn_exception_pending());

    CHECK(dn_alloc_array(&Int32Array_MT, -1) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OverflowException: Arithmetic operation resulted in an overflow.");
    CHECK(dn_alloc_array(&Int32Array_MT, (intptr_t)DN_MAX_ARRAY_LENGTH + 1) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OutOfMemoryException: Array dimensions exceeded supported range.");
    CHECK(dn_alloc_array(&Int64Array_MT, INT32_MAX) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OutOfMemoryException: Array dimensions exceeded supported range.");
    /* Past int.MaxValue (a native length): OverflowException, as CoreCLR's newarr helper. */
    CHECK(dn_alloc_array(&Int32Array_MT, (intptr_t)INT32_MAX + 1) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OverflowException: Arithmetic operation resulted in an overflow.");
    CHECK(dn_alloc_array(&Int64Array_MT, INT64_MAX) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OverflowException: Arithmetic operation resulted in an overflow.");

    /* A request the machine cannot satisfy: 65535-byte elements x 2^31. */
    static DnMethodTable Huge_MT;
    Huge_MT = Int32Array_MT;
    Huge_MT.flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY, 65535);
    CHECK(dn_alloc_array(&Huge_MT, DN_MAX_ARRAY_LENGTH) == NULL);
    CHECK_STR(fake_exception_text(take_exception()),
              "System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");

    /* int[3,4] with lower bounds 1,-2 */
    int32_t lengths[2] = {3, 4}, lows[2] = {1, -2};
    DnArray *m = dn_alloc_md_array(&Int32Array2D_MT, lengths, lows);
    CHECK(m != NULL && m->length == 12);
    CHECK_EQ_LL(DN_MDARRAY_LENGTHS(m)[0], 3);
    CHECK_EQ_LL(DN_MDARRAY_LENGTHS(m)[1], 4);
    CHECK_EQ_LL(DN_MDARRAY_LOWER_BOUNDS(m, 2)[0], 1);
    CHECK_EQ_LL(DN_MDARRAY_LOWER_BOUNDS(m, 2)[1], -2);
    CHECK((char *)DN_MDARRAY_DATA(m, int32_t, 2) - (char *)m == 32); /* BaseSize - 8 */
    CHECK(all_zero(DN_MDARRAY_DATA(m, int32_t, 2), 48));
    CHECK_EQ_LL(dn_object_size((DnObject *)m), 40 + 48);
    int32_t neg[2] = {3, -1};
    CHECK(dn_alloc_md_array(&Int32Array2D_MT, neg, NULL) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OverflowException: Arithmetic operation resulted in an overflow.");
    int32_t big[2] = {0x10000, 0x10000};
    CHECK(dn_alloc_md_array(&Int32Array2D_MT, big, NULL) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OutOfMemoryException: Array dimensions exceeded supported range.");
    fake_section("arrays: length at +8, elements at +16, MD bounds, negative/huge lengths");
}

static void test_strings(void) {
    DnString *s = dn_alloc_string(5);
    CHECK((char *)&s->length - (char *)s == 8);
    CHECK((char *)s->chars - (char *)s == 12);
    CHECK(s->length == 5 && all_zero(s->chars, 12));
    CHECK_EQ_LL(dn_object_size((DnObject *)s), 32); /* 22 + 10 = 32 */
    CHECK_EQ_LL(dn_object_size((DnObject *)dn_alloc_string(0)), 24);
    CHECK_EQ_LL(dn_object_size((DnObject *)dn_alloc_string(1)), 24);
    CHECK_EQ_LL(dn_object_size((DnObject *)dn_alloc_string(2)), 32);

    /* UTF-8 decoding: BMP, a supplementary character, and invalid sequences (one U+FFFD per
     * maximal invalid subpart: "\xE2\x82" truncated, "\xFF", an overlong "\xC0\xAF", a lone
     * continuation byte). */
    const char text[] = "h\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80|\xE2\x82|\xFF|\xC0\xAF|\x80";
    DnString *u = dn_string_from_utf8(text, sizeof text - 1);
    static const uint16_t expect[] = {'h', 0xE9, 0x20AC, 0xD83D, 0xDE00, '|', 0xFFFD, '|', 0xFFFD, '|', 0xFFFD, 0xFFFD, '|', 0xFFFD};
    CHECK_EQ_LL(u->length, sizeof expect / 2);
    CHECK(memcmp(u->chars, expect, sizeof expect) == 0);
    CHECK(u->chars[u->length] == 0); /* NUL-terminated */
    uint16_t raw[] = {'a', 0xD800, 'b'};
    DnString *w = dn_string_from_utf16(raw, 3);
    CHECK(w->length == 3 && w->chars[1] == 0xD800 && w->chars[3] == 0);
    CHECK_STR(fake_utf8(fake_str("caf\xC3\xA9 \xF0\x9F\x98\x80")), "caf\xC3\xA9 \xF0\x9F\x98\x80");

    CHECK(dn_alloc_string(-1) == NULL);
    CHECK_STR(fake_exception_text(take_exception()), "System.OverflowException: Arithmetic operation resulted in an overflow.");
    CHECK(dn_alloc_string(DN_MAX_STRING_LENGTH + 1) == NULL);
    CHECK(dn_catch()->mt == &OutOfMemoryException_MT);

    DnString *lit = (DnString *)DN_FROZEN_OBJECT_REF(literal_hello);
    CHECK(lit->mt == &String_MT && lit->length == 5 && fake_str_eq(lit, "hello") && lit->chars[5] == 0);
    CHECK(((uintptr_t)lit & 7) == 0);
    fake_section("strings: length at +8, chars at +12, NUL, UTF-8 decoding, frozen literal");
}

static void test_boxing(void) {
    int32_t v = -42;
    DnObject *b = dn_box(&Int32_MT, &v);
    CHECK(b->mt == &Int32_MT && *(int32_t *)((char *)b + 8) == -42);
    CHECK(*(int32_t *)dn_unbox(b, &Int32_MT) == -42);
    CHECK(*(int32_t *)dn_unbox(b, &Color_MT) == -42); /* enum <-> underlying type */
    int32_t red = 3;
    CHECK(*(int32_t *)dn_unbox(dn_box(&Color_MT, &red), &Int32_MT) == 3);
    CHECK(dn_unbox(b, &UInt32_MT) == NULL);
    CHECK_STR(fake_exception_text(take_exception()),
              "System.InvalidCastException: Unable to cast object of type 'System.Int32' to type 'System.UInt32'.");
    CHECK(dn_unbox(b, &Int64_MT) == NULL);
    CHECK_STR(fake_exception_text(take_exception()),
              "System.InvalidCastException: Unable to cast object of type 'System.Int32' to type 'System.Int64'.");
    CHECK(dn_unbox(NULL, &Int32_MT) == NULL);
    CHECK_STR(fake_exception_text(take_exception()),
              "System.NullReferenceException: Object reference not set to an instance of an object.");

    struct {
        uint8_t has_value;
        int32_t value;
    } n = {1, 7}, out = {9, 9};
    DnObject *nb = dn_box_nullable(&NullableInt32_MT, &n);
    CHECK(nb != NULL && nb->mt == &Int32_MT && *(int32_t *)((char *)nb + 8) == 7);
    n.has_value = 0;
    CHECK(dn_box_nullable(&NullableInt32_MT, &n) == NULL && !dn_exception_pending());
    CHECK(dn_unbox_nullable(&out, &NullableInt32_MT, nb) && out.has_value == 1 && out.value == 7);
    CHECK(dn_unbox_nullable(&out, &NullableInt32_MT, NULL) && out.has_value == 0 && out.value == 0);
    CHECK(!dn_unbox_nullable(&out, &NullableInt32_MT, (DnObject *)fake_str("x")));
    CHECK_STR(fake_exception_text(take_exception()),
              "System.InvalidCastException: Unable to cast object of type 'System.String' to type 'System.Nullable`1[System.Int32]'.");
    fake_section("box/unbox incl. Nullable<T> and enum/underlying equivalence");
}

static void test_clone(void) {
    Point *p = (Point *)dn_alloc_object(&Point_MT);
    p->x = 5;
    p->y = 6;
    p->tag = (DnObject *)fake_str("tag");
    (void)dn_object_get_hashcode((DnObject *)p);
    Point *q = (Point *)dn_object_clone((DnObject *)p);
    CHECK(q != p && q->mt == &Point_MT && q->x == 5 && q->y == 6 && q->tag == p->tag);
    CHECK_EQ_LL(dn_object_try_get_hashcode((DnObject *)q), 0); /* header not copied */
    DnArray *a = dn_alloc_array(&Int32Array_MT, 3);
    DN_ARRAY_DATA(a, int32_t)[2] = 9;
    DnArray *c = (DnArray *)dn_object_clone((DnObject *)a);
    CHECK(c->length == 3 && DN_ARRAY_DATA(c, int32_t)[2] == 9);
    CHECK(dn_object_clone(NULL) == NULL);
    CHECK(dn_catch() != NULL);
    fake_section("MemberwiseClone");
}

int32_t test_main(DnArray *args) {
    CHECK(args != NULL && args->mt == &StringArray_MT && args->length == 0);
    test_hash_codes_match_dotnet();
    test_object_layout();
    test_array_layout();
    test_strings();
    test_boxing();
    test_clone();
    CHECK(!dn_exception_pending());
    return fake_finish();
}
