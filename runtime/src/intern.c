/*
 * String.Intern / String.IsInterned: one table of strings by content, seeded with the program's
 * frozen literals (which the compiler already made unique), so that interning a string built at
 * run time returns the literal object with the same text, as under the JIT.
 */
#include "internal.h"

#include <pthread.h>
#include <string.h>

static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;
static DnString **slots; /* open addressing; uncollectable memory, so its strings stay alive */
static size_t capacity;  /* a power of two, or 0 before the first use */
static size_t used;

static uint32_t hash_chars(const uint16_t *chars, int32_t length) {
    uint32_t h = 2166136261u; /* FNV-1a over the UTF-16 code units */
    for (int32_t i = 0; i < length; i++) {
        h ^= chars[i];
        h *= 16777619u;
    }
    return h;
}

static bool same_text(const DnString *a, const DnString *b) {
    return a->length == b->length && memcmp(a->chars, b->chars, (size_t)a->length * sizeof(uint16_t)) == 0;
}

/* The slot holding s's text, or the empty slot where it would go. */
static DnString **find_slot(DnString **table, size_t cap, const DnString *s) {
    size_t i = hash_chars(s->chars, s->length) & (cap - 1);
    while (table[i] != NULL && !same_text(table[i], s)) i = (i + 1) & (cap - 1);
    return &table[i];
}

static void grow(size_t new_capacity) {
    DnString **table = dn_gc_alloc_uncollectable(new_capacity * sizeof *table);
    if (table == NULL) dn_fatal("out of memory in String.Intern");
    for (size_t i = 0; i < capacity; i++)
        if (slots[i] != NULL) *find_slot(table, new_capacity, slots[i]) = slots[i];
    if (slots != NULL) dn_gc_free_uncollectable(slots);
    slots = table;
    capacity = new_capacity;
}

static void insert(DnString *s) {
    if ((used + 1) * 2 > capacity) grow(capacity ? capacity * 2 : 256);
    DnString **slot = find_slot(slots, capacity, s);
    if (*slot == NULL) {
        *slot = s;
        used++;
    }
}

DnString *dn_string_intern(DnString *s, bool add, DnObject *const *literals, int32_t literal_count) {
    pthread_mutex_lock(&intern_lock);
    if (capacity == 0) {
        grow(256);
        for (int32_t i = 0; i < literal_count; i++) insert((DnString *)literals[i]);
    }
    DnString *found = *find_slot(slots, capacity, s);
    if (found == NULL && add) {
        insert(s);
        found = s;
    }
    pthread_mutex_unlock(&intern_lock);
    return found;
}
