/*
 * Custom attribute blobs (custom_attributes.c): [AttributeUsage] parsing with and without named
 * arguments and a refused prolog; fixed arguments (int, string, null string, int[], a boxed
 * object) decoded for a constructor record whose invoke thunk here is C; the named-argument count;
 * a named property argument; a truncated blob.
 */
#include "fake_program.h"
#include "dn_typeinfo.h"

static const uint8_t usage_named[] = {
    0x01, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x02, 0x00,
    0x54, 0x02, 13, 'A', 'l', 'l', 'o', 'w', 'M', 'u', 'l', 't', 'i', 'p', 'l', 'e', 0x01,
    0x54, 0x02, 9, 'I', 'n', 'h', 'e', 'r', 'i', 't', 'e', 'd', 0x00,
};
static const uint8_t usage_plain[] = {0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00};
static const uint8_t usage_bad[] = {0x02, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00};

/* What the fake constructor received. */
static int32_t got_number;
static DnString *got_text, *got_missing;
static DnArray *got_numbers;
static DnObject *got_boxed;

static DnObject *fake_ctor_invoke(DnObject *target, void **args, bool construct) {
    (void)target;
    CHECK(construct);
    got_number = *(int32_t *)args[0];
    got_text = *(DnString **)args[1];
    got_missing = *(DnString **)args[2];
    got_numbers = *(DnArray **)args[3];
    got_boxed = *(DnObject **)args[4];
    return (DnObject *)fake_str("the attribute");
}

static const DnMethodTable *const ctor_params[] = {&Int32_MT, &String_MT, &String_MT, &Int32Array_MT, &Object_MT};
static const DnMethodInfo ctor = {
    .owner = &Object_MT, .name = ".ctor", .param_count = 5, .params = ctor_params, .invoke = fake_ctor_invoke,
};

static const uint8_t fixed_args[] = {
    0x01, 0x00,
    0x2a, 0x00, 0x00, 0x00,                         /* 42 */
    0x03, 'a', 'b', 'c',                            /* "abc" */
    0xff,                                           /* null */
    0x02, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, /* {7, 8} */
    0x08, 0x05, 0x00, 0x00, 0x00,                   /* (object)5: tagged int */
    0x01, 0x00,                                     /* one named argument */
    0x54, 0x0e, 0x04, 'N', 'o', 't', 'e', 0x02, 'h', 'i', /* Note = "hi" */
};

static DnObject *type_object(const DnMethodTable *mt) { return (DnObject *)fake_str(mt->name); }

int32_t test_main(DnArray *args) {
    (void)args;
    int32_t targets = 0, allow = -1, inherited = -1;
    CHECK(dn_ca_parse_usage(usage_named, (int32_t)sizeof usage_named, &targets, &allow, &inherited) == 1);
    CHECK(targets == 0x0c && allow == 1 && inherited == 0);
    CHECK(dn_ca_parse_usage(usage_plain, (int32_t)sizeof usage_plain, &targets, &allow, &inherited) == 1);
    CHECK(targets == 4 && allow == 0 && inherited == 1);
    CHECK(dn_ca_parse_usage(usage_bad, (int32_t)sizeof usage_bad, &targets, &allow, &inherited) == 0);
    fake_section("AttributeUsage blobs");

    static const DnMethodTable *primitives[0x0f];
    primitives[DN_ELEMENT_TYPE_I4] = &Int32_MT;
    primitives[DN_ELEMENT_TYPE_STRING] = &String_MT;
    DnCaContext cx = {.primitives = primitives, .type_mt = NULL, .object_mt = &Object_MT, .type_object = type_object};
    const uint8_t *p = fixed_args;
    int32_t named = -1;
    DnObject *a = dn_ca_create_instance(&cx, &ctor, &p, fixed_args + sizeof fixed_args, &named);
    CHECK(a != NULL && fake_str_eq((DnString *)a, "the attribute"));
    CHECK(got_number == 42);
    CHECK(got_text != NULL && fake_str_eq(got_text, "abc"));
    CHECK(got_missing == NULL);
    CHECK(got_numbers != NULL && got_numbers->length == 2 && DN_ARRAY_DATA(got_numbers, int32_t)[1] == 8);
    CHECK(got_boxed != NULL && got_boxed->mt == &Int32_MT && *(int32_t *)((uint8_t *)got_boxed + 8) == 5);
    CHECK(named == 1);
    fake_section("fixed arguments");

    DnString *name = NULL;
    int32_t is_property = -1;
    DnObject *type = NULL, *value = NULL;
    CHECK(dn_ca_named_argument(&cx, &p, fixed_args + sizeof fixed_args, &name, &is_property, &type, &value));
    CHECK(name != NULL && fake_str_eq(name, "Note") && is_property == 1);
    CHECK(type != NULL && fake_str_eq((DnString *)type, "System.String"));
    CHECK(value != NULL && fake_str_eq((DnString *)value, "hi"));
    CHECK(p == fixed_args + sizeof fixed_args);
    fake_section("named arguments");

    const uint8_t *q = fixed_args;
    CHECK(dn_ca_create_instance(&cx, &ctor, &q, fixed_args + 8, &named) == NULL);
    CHECK(dn_exception_pending());
    (void)dn_catch();
    CHECK(q == fixed_args);
    fake_section("truncated blob");
    return fake_finish();
}
