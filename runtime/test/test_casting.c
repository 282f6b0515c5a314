/*
 * Casting and interface dispatch over a small hierarchy:
 *   Animal <- Dog <- Puppy, Animal <- Cat; IAnimal, IPet : IAnimal;
 *   IEnumerable<out T>, IComparer<in T>, IList<T> (an array interface), Func<out T> (delegate);
 *   arrays with covariance and CoreCLR's primitive element rules; stelem/ldelema checks.
 */
#include "fake_program.h"

#define CLASS(var, text, parent_mt, ...)                                                       \
    DnMethodTable var = {.flags = 0,                                                          \
                         .base_size = 24,                                                     \
                         .parent = &parent_mt,                                                \
                         .name = text,                                                        \
                         .cor_element_type = DN_ELEMENT_TYPE_CLASS,                           \
                         __VA_ARGS__}
#define INTERFACE(var, text, extra_flags, ...)                                                 \
    DnMethodTable var = {.flags = DN_MT_FLAG_CATEGORY_INTERFACE,                              \
                         .base_size = 0,                                                      \
                         .name = text,                                                        \
                         .dn_flags = DN_TYPE_FLAG_ABSTRACT | (extra_flags),                   \
                         .cor_element_type = DN_ELEMENT_TYPE_CLASS,                           \
                         __VA_ARGS__}

/* ---- interfaces ---- */
INTERFACE(IAnimal_MT, "Test.IAnimal", 0);
static const DnMethodTable *const IPet_map[] = {&IAnimal_MT};
INTERFACE(IPet_MT, "Test.IPet", 0, .num_interfaces = 1, .interface_map = IPet_map);

static const char IEnumerable_def, IComparer_def, IList_def, Func_def; /* definition identities */
static const uint8_t covariant[] = {DN_VARIANCE_COVARIANT}, contravariant[] = {DN_VARIANCE_CONTRAVARIANT};

extern DnMethodTable Animal_MT, Dog_MT, Cat_MT;
static const DnMethodTable *const args_Dog[] = {&Dog_MT}, *const args_Animal[] = {&Animal_MT}, *const args_Cat[] = {&Cat_MT},
                                  *const args_Object[] = {&Object_MT}, *const args_Int32[] = {&Int32_MT},
                                  *const args_String[] = {&String_MT};
#define GENERIC(def, variance, args) .generic_definition = &def, .generic_variance = variance, .num_generic_args = 1, .generic_args = args
#define VARIANT DN_TYPE_FLAG_HAS_VARIANCE
INTERFACE(IEnumerable_Dog_MT, "IEnumerable`1[Test.Dog]", VARIANT, GENERIC(IEnumerable_def, covariant, args_Dog));
INTERFACE(IEnumerable_Animal_MT, "IEnumerable`1[Test.Animal]", VARIANT, GENERIC(IEnumerable_def, covariant, args_Animal));
INTERFACE(IEnumerable_Cat_MT, "IEnumerable`1[Test.Cat]", VARIANT, GENERIC(IEnumerable_def, covariant, args_Cat));
INTERFACE(IEnumerable_Object_MT, "IEnumerable`1[System.Object]", VARIANT, GENERIC(IEnumerable_def, covariant, args_Object));
INTERFACE(IEnumerable_Int32_MT, "IEnumerable`1[System.Int32]", VARIANT, GENERIC(IEnumerable_def, covariant, args_Int32));
INTERFACE(IComparer_Animal_MT, "IComparer`1[Test.Animal]", VARIANT, GENERIC(IComparer_def, contravariant, args_Animal));
INTERFACE(IComparer_Dog_MT, "IComparer`1[Test.Dog]", VARIANT, GENERIC(IComparer_def, contravariant, args_Dog));
#define ARRAYIF DN_TYPE_FLAG_ARRAY_INTERFACE
INTERFACE(IList_String_MT, "IList`1[System.String]", ARRAYIF, GENERIC(IList_def, NULL, args_String));
INTERFACE(IList_Object_MT, "IList`1[System.Object]", ARRAYIF, GENERIC(IList_def, NULL, args_Object));
INTERFACE(IList_Int32_MT, "IList`1[System.Int32]", ARRAYIF, GENERIC(IList_def, NULL, args_Int32));

/* ---- classes ---- */
static int32_t Dog_Speak(DnObject *o) { return o->mt == &Dog_MT ? 1 : 11; }
static int32_t Dog_Legs(DnObject *o) { (void)o; return 4; }
static int32_t Dog_Name(DnObject *o) { (void)o; return 100; }
static int32_t Cat_Speak(DnObject *o) { (void)o; return 2; }
static int32_t Cat_Legs(DnObject *o) { (void)o; return 40; }
static const DnFnPtr Dog_IAnimal_slots[] = {(DnFnPtr)Dog_Speak, (DnFnPtr)Dog_Legs};
static const DnFnPtr Dog_IPet_slots[] = {(DnFnPtr)Dog_Name};
static const DnFnPtr Cat_IAnimal_slots[] = {(DnFnPtr)Cat_Speak, (DnFnPtr)Cat_Legs};
static const DnMethodTable *const Dog_map[] = {&IAnimal_MT, &IPet_MT};
static const DnFnPtr *const Dog_slots[] = {Dog_IAnimal_slots, Dog_IPet_slots};
static const DnMethodTable *const Cat_map[] = {&IAnimal_MT};
static const DnFnPtr *const Cat_slots[] = {Cat_IAnimal_slots};

CLASS(Animal_MT, "Test.Animal", Object_MT);
CLASS(Dog_MT, "Test.Dog", Animal_MT, .num_interfaces = 2, .interface_map = Dog_map, .interface_slots = Dog_slots);
CLASS(Puppy_MT, "Test.Puppy", Dog_MT, .num_interfaces = 2, .interface_map = Dog_map, .interface_slots = Dog_slots);
CLASS(Cat_MT, "Test.Cat", Animal_MT, .num_interfaces = 1, .interface_map = Cat_map, .interface_slots = Cat_slots);

static int32_t DogList_GetEnumerator(DnObject *o) { (void)o; return 7; }
static const DnFnPtr DogList_enum_slots[] = {(DnFnPtr)DogList_GetEnumerator};
static const DnMethodTable *const DogList_map[] = {&IEnumerable_Dog_MT};
static const DnFnPtr *const DogList_slots[] = {DogList_enum_slots};
CLASS(DogList_MT, "Test.DogList", Object_MT, .num_interfaces = 1, .interface_map = DogList_map, .interface_slots = DogList_slots);
static const DnMethodTable *const IntList_map[] = {&IEnumerable_Int32_MT};
static const DnFnPtr *const IntList_slots[] = {DogList_enum_slots};
CLASS(IntList_MT, "Test.IntList", Object_MT, .num_interfaces = 1, .interface_map = IntList_map, .interface_slots = IntList_slots);
static const DnMethodTable *const AnimalComparer_map[] = {&IComparer_Animal_MT};
static const DnFnPtr *const AnimalComparer_slots[] = {DogList_enum_slots};
CLASS(AnimalComparer_MT, "Test.AnimalComparer", Object_MT, .num_interfaces = 1, .interface_map = AnimalComparer_map,
      .interface_slots = AnimalComparer_slots);
CLASS(Func_Dog_MT, "System.Func`1[Test.Dog]", Object_MT, .dn_flags = DN_TYPE_FLAG_HAS_VARIANCE | DN_TYPE_FLAG_DELEGATE,
      GENERIC(Func_def, covariant, args_Dog));
CLASS(Func_Animal_MT, "System.Func`1[Test.Animal]", Object_MT, .dn_flags = DN_TYPE_FLAG_HAS_VARIANCE | DN_TYPE_FLAG_DELEGATE,
      GENERIC(Func_def, covariant, args_Animal));

/* enum Color : int; Nullable<int> */
DnMethodTable Color_MT = {.flags = DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE, .base_size = 24, .parent = &Enum_MT,
                          .name = "Test.Color", .instance_field_bytes = 4, .cor_element_type = DN_ELEMENT_TYPE_I4};
DnMethodTable NullableInt32_MT = {.flags = DN_MT_FLAG_CATEGORY_NULLABLE, .base_size = 24, .parent = &ValueType_MT,
                                  .name = "System.Nullable`1[System.Int32]", .instance_field_bytes = 8,
                                  .cor_element_type = DN_ELEMENT_TYPE_VALUETYPE, .num_generic_args = 1, .generic_args = args_Int32};

/* ---- arrays ---- */
#define SZ (DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY)
#define ARRAY(var, text, elem, size, gc, ...)                                                  \
    DnMethodTable var = {.flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(SZ | (gc), size),          \
                         .base_size = 24,                                                     \
                         .parent = &Array_MT,                                                 \
                         .element_type = &elem,                                               \
                         .name = text,                                                        \
                         .cor_element_type = DN_ELEMENT_TYPE_SZARRAY,                         \
                         .rank = 1,                                                           \
                         __VA_ARGS__}
#define GCP DN_MT_FLAG_CONTAINS_GC_POINTERS
ARRAY(DogArray_MT, "Test.Dog[]", Dog_MT, 8, GCP);
ARRAY(AnimalArray_MT, "Test.Animal[]", Animal_MT, 8, GCP);
ARRAY(CatArray_MT, "Test.Cat[]", Cat_MT, 8, GCP);
ARRAY(IAnimalArray_MT, "Test.IAnimal[]", IAnimal_MT, 8, GCP);
ARRAY(ColorArray_MT, "Test.Color[]", Color_MT, 4, 0);
static int32_t StrArr_get_Item(DnObject *o) { (void)o; return 55; }
static const DnFnPtr StrArr_IList_slots[] = {(DnFnPtr)StrArr_get_Item};
static const DnMethodTable *const StrArr_map[] = {&IList_String_MT};
static const DnFnPtr *const StrArr_slots[] = {StrArr_IList_slots};
ARRAY(StrArr_MT, "System.String[]", String_MT, 8, GCP, .num_interfaces = 1, .interface_map = StrArr_map, .interface_slots = StrArr_slots);
DnMethodTable Int32Array2D_MT = {.flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(DN_MT_FLAG_CATEGORY_ARRAY, 4), .base_size = 40,
                                 .parent = &Array_MT, .element_type = &Int32_MT, .name = "System.Int32[,]",
                                 .cor_element_type = DN_ELEMENT_TYPE_ARRAY, .rank = 2};
DnMethodTable Int32ArrayRank1_MT = {.flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(DN_MT_FLAG_CATEGORY_ARRAY, 4), .base_size = 32,
                                    .parent = &Array_MT, .element_type = &Int32_MT, .name = "System.Int32[*]",
                                    .cor_element_type = DN_ELEMENT_TYPE_ARRAY, .rank = 1};

static DnObject *new_obj(const DnMethodTable *mt) { return dn_alloc_object(mt); }
#define A(from, to) dn_is_assignable(&from, &to)

static void test_classes_and_interfaces(void) {
    DnObject *dog = new_obj(&Dog_MT), *puppy = new_obj(&Puppy_MT), *cat = new_obj(&Cat_MT);
    CHECK(dn_isinst_class(dog, &Animal_MT) == dog);
    CHECK(dn_isinst_class(puppy, &Dog_MT) == puppy);
    CHECK(dn_isinst_class(puppy, &Object_MT) == puppy);
    CHECK(dn_isinst_class(cat, &Dog_MT) == NULL);
    CHECK(dn_isinst_class(NULL, &Dog_MT) == NULL);
    CHECK(dn_isinst_interface(dog, &IPet_MT) == dog);
    CHECK(dn_isinst_interface(puppy, &IAnimal_MT) == puppy);
    CHECK(dn_isinst_interface(cat, &IPet_MT) == NULL);
    CHECK(dn_isinst_any(cat, &IAnimal_MT) == cat);
    CHECK(A(IPet_MT, IAnimal_MT) && !A(IAnimal_MT, IPet_MT) && A(IPet_MT, Object_MT));
    int32_t v = 5;
    DnObject *boxed = dn_box(&Int32_MT, &v);
    CHECK(dn_isinst_class(boxed, &ValueType_MT) == boxed && dn_isinst_any(boxed, &Object_MT) == boxed);
    CHECK(dn_isinst_any(boxed, &NullableInt32_MT) == boxed); /* a boxed T is a Nullable<T> */
    CHECK(dn_isinst_any(boxed, &Color_MT) == NULL);          /* isinst is exact for value types */

    CHECK(dn_castclass_class(dog, &Animal_MT) == dog && !dn_exception_pending());
    CHECK(dn_castclass_class(NULL, &Dog_MT) == NULL && !dn_exception_pending());
    CHECK(dn_castclass_class(cat, &Dog_MT) == NULL);
    CHECK_STR(fake_exception_text(dn_catch()),
              "System.InvalidCastException: Unable to cast object of type 'Test.Cat' to type 'Test.Dog'.");
    CHECK(dn_castclass_interface(cat, &IPet_MT) == NULL);
    CHECK_STR(fake_exception_text(dn_catch()),
              "System.InvalidCastException: Unable to cast object of type 'Test.Cat' to type 'Test.IPet'.");
    CHECK(dn_castclass_any(dog, &CatArray_MT) == NULL && dn_catch() != NULL);
    fake_section("isinst/castclass over classes and interfaces");
}

static void test_variance(void) {
    CHECK(A(DogList_MT, IEnumerable_Dog_MT));
    CHECK(A(DogList_MT, IEnumerable_Animal_MT));
    CHECK(A(DogList_MT, IEnumerable_Object_MT));
    CHECK(!A(DogList_MT, IEnumerable_Cat_MT));
    CHECK(!A(IntList_MT, IEnumerable_Object_MT)); /* variance is for reference types only */
    CHECK(A(IEnumerable_Dog_MT, IEnumerable_Animal_MT) && !A(IEnumerable_Animal_MT, IEnumerable_Dog_MT));
    CHECK(A(AnimalComparer_MT, IComparer_Dog_MT) && A(IComparer_Animal_MT, IComparer_Dog_MT));
    CHECK(!A(IComparer_Dog_MT, IComparer_Animal_MT));
    CHECK(A(Func_Dog_MT, Func_Animal_MT) && !A(Func_Animal_MT, Func_Dog_MT));
    DnObject *dl = new_obj(&DogList_MT), *f = new_obj(&Func_Dog_MT);
    CHECK(dn_isinst_interface(dl, &IEnumerable_Animal_MT) == dl);
    CHECK(dn_isinst_class(f, &Func_Animal_MT) == f);
    fake_section("generic variance (interfaces and delegates)");
}

static void test_arrays(void) {
    CHECK(A(DogArray_MT, AnimalArray_MT) && A(DogArray_MT, ObjectArray_MT) && A(DogArray_MT, IAnimalArray_MT));
    CHECK(!A(DogArray_MT, CatArray_MT) && !A(AnimalArray_MT, DogArray_MT));
    CHECK(A(DogArray_MT, Array_MT) && A(DogArray_MT, Object_MT));
    CHECK(A(Int32Array_MT, UInt32Array_MT) && A(UInt32Array_MT, Int32Array_MT)); /* same-size integers */
    CHECK(A(ColorArray_MT, Int32Array_MT) && A(Int32Array_MT, ColorArray_MT));   /* enum and underlying type */
    CHECK(!A(Int32Array_MT, Int64Array_MT) && !A(Int32Array_MT, ObjectArray_MT));
    CHECK(!A(Int32Array2D_MT, Int32Array_MT) && !A(Int32Array_MT, Int32ArrayRank1_MT) && A(Int32Array2D_MT, Array_MT));
    CHECK(A(StrArr_MT, IList_String_MT) && A(StrArr_MT, IList_Object_MT)); /* array covariance to IList<T> */
    CHECK(!A(StrArr_MT, IList_Int32_MT) && !A(Int32Array_MT, IList_Object_MT));
    DnArray *strs = dn_alloc_array(&StrArr_MT, 1);
    CHECK(dn_isinst_interface((DnObject *)strs, &IList_Object_MT) == (DnObject *)strs);
    CHECK(dn_castclass_any((DnObject *)dn_alloc_array(&Int32Array_MT, 1), &StrArr_MT) == NULL);
    CHECK_STR(fake_exception_text(dn_catch()),
              "System.InvalidCastException: Unable to cast object of type 'System.Int32[]' to type 'System.String[]'.");
    fake_section("array casts: covariance, same-size integers, enums, ranks, IList<T>");

    DnArray *dogs = dn_alloc_array(&DogArray_MT, 3);
    DnArray *animals = (DnArray *)dn_castclass_any((DnObject *)dogs, &AnimalArray_MT); /* Animal[] a = dogs */
    CHECK(animals == dogs);
    CHECK(dn_stelem_ref(animals, 0, new_obj(&Puppy_MT)));
    CHECK(dn_stelem_ref(animals, 1, NULL));
    CHECK(!dn_stelem_ref(animals, 2, new_obj(&Cat_MT)));
    CHECK_STR(fake_exception_text(dn_catch()),
              "System.ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.");
    CHECK(DN_ARRAY_DATA(dogs, DnObject *)[2] == NULL);
    CHECK(!dn_stelem_ref(animals, 3, NULL));
    CHECK_STR(fake_exception_text(dn_catch()), "System.IndexOutOfRangeException: Index was outside the bounds of the array.");
    CHECK(!dn_stelem_ref(animals, -1, NULL) && dn_catch() != NULL);
    CHECK(!dn_stelem_ref(NULL, 0, NULL));
    CHECK_STR(fake_exception_text(dn_catch()), "System.NullReferenceException: Object reference not set to an instance of an object.");
    DnArray *objs = dn_alloc_array(&ObjectArray_MT, 1);
    CHECK(dn_stelem_ref(objs, 0, (DnObject *)fake_str("s")));
    DnArray *ifaces = dn_alloc_array(&IAnimalArray_MT, 2);
    CHECK(dn_stelem_ref(ifaces, 0, new_obj(&Cat_MT)) && !dn_stelem_ref(ifaces, 1, (DnObject *)fake_str("s")));
    (void)dn_catch();
    CHECK(dn_ldelema_ref(dogs, 0, &Dog_MT) == &DN_ARRAY_DATA(dogs, DnObject *)[0]);
    CHECK(dn_ldelema_ref(animals, 0, &Animal_MT) == NULL); /* ldelema Animal on a Dog[] */
    CHECK_STR(fake_exception_text(dn_catch()),
              "System.ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.");
    fake_section("stelem.ref covariance check, ldelema exact type check");
}

typedef int32_t (*Fn)(DnObject *);

static void test_dispatch(void) {
    DnObject *dog = new_obj(&Dog_MT), *puppy = new_obj(&Puppy_MT), *cat = new_obj(&Cat_MT);
    CHECK(((Fn)dn_interface_lookup(dog, &IAnimal_MT, 0))(dog) == 1);
    CHECK(((Fn)dn_interface_lookup(dog, &IAnimal_MT, 1))(dog) == 4);
    CHECK(((Fn)dn_interface_lookup(puppy, &IPet_MT, 0))(puppy) == 100);
    CHECK(((Fn)dn_interface_lookup(cat, &IAnimal_MT, 1))(cat) == 40);
    CHECK(dn_interface_lookup(NULL, &IAnimal_MT, 0) == NULL);
    CHECK_STR(fake_exception_text(dn_catch()), "System.NullReferenceException: Object reference not set to an instance of an object.");
    DnObject *dl = new_obj(&DogList_MT);
    CHECK(((Fn)dn_interface_lookup(dl, &IEnumerable_Object_MT, 0))(dl) == 7); /* through variance */
    DnObject *strs = (DnObject *)dn_alloc_array(&StrArr_MT, 1);
    CHECK(((Fn)dn_interface_lookup(strs, &IList_Object_MT, 0))(strs) == 55); /* string[] as IList<object> */

    static DnDispatchCache site; /* one per call site, zero-initialised static data */
    DnObject *animals[4] = {dog, cat, puppy, cat};
    static const int32_t legs[4] = {4, 40, 4, 40};
    bool ok = true;
    for (int i = 0; i < 1000; i++) {
        DnObject *a = animals[i % 4];
        ok = ok && ((Fn)dn_interface_lookup_cached(a, &IAnimal_MT, 1, &site))(a) == legs[i % 4];
    }
    CHECK(ok);
    CHECK(site.misses == DN_DISPATCH_CACHE_MAX_MISSES); /* megamorphic: stops caching, still correct */
    static DnDispatchCache mono;
    for (int i = 0; i < 100; i++) ok = ok && ((Fn)dn_interface_lookup_cached(dog, &IAnimal_MT, 0, &mono))(dog) == 1;
    CHECK(ok && mono.misses == 1 && mono.entry->mt == &Dog_MT);
    CHECK(dn_interface_lookup_cached(NULL, &IAnimal_MT, 0, &mono) == NULL && dn_catch() != NULL);
    fake_section("interface dispatch: exact, inherited, variant, arrays, per-site cache");
}

int32_t test_main(DnArray *args) {
    (void)args;
    test_classes_and_interfaces();
    test_variance();
    test_arrays();
    test_dispatch();
    CHECK(!dn_exception_pending());
    return fake_finish();
}
