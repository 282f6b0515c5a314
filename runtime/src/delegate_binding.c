/*
 * Delegate.CreateDelegate(Type, object target / Type target, string method): the method of a
 * given name whose signature is the delegate's Invoke's, found among the compile-time method
 * records (dn_typeinfo.h) of the type and then of its bases, as CoreCLR searches. Only exact
 * signatures bind (the overloads by name never ask for relaxed matching).
 */
#include "dn_typeinfo.h"

#include <string.h>
#include <strings.h>

/* DelegateBindingFlags (CoreLib). */
enum {
    DN_BIND_STATIC_ONLY = 0x1, DN_BIND_INSTANCE_ONLY = 0x2, DN_BIND_OPEN_ONLY = 0x4, DN_BIND_CLOSED_ONLY = 0x8,
    DN_BIND_CASELESS = 0x20
};
/* MethodAttributes.Static. */
#define DN_METHOD_STATIC 0x10u

static const DnMethodInfo *find_in(const DnMethodTable *type, const char *name) {
    const DnTypeInfo *ti = dn_typeinfo(type);
    if (ti == NULL || ti->methods == NULL) return NULL;
    for (const DnMethodInfo *mi = ti->methods; mi->owner != NULL; mi++)
        if (strcmp(mi->name, name) == 0) return mi;
    return NULL;
}

static bool same_signature(const DnMethodInfo *a, const DnMethodInfo *b) {
    if (a->param_count != b->param_count || a->ret != b->ret) return false;
    for (uint32_t i = 0; i < a->param_count; i++)
        if (a->params[i] != b->params[i]) return false;
    return true;
}

const DnMethodInfo *dn_find_delegate_method(const DnMethodTable *delegate_type, const DnMethodTable *type, const char *name, uint32_t flags) {
    const DnMethodInfo *invoke = find_in(delegate_type, "Invoke");
    if (invoke == NULL || name == NULL) return NULL;
    /* Open instance methods (the target as Invoke's first argument) and static methods closed over
     * their first argument are what the MethodInfo overloads bind; by name, the signature is Invoke's. */
    for (const DnMethodTable *t = type; t != NULL; t = t->parent) {
        const DnTypeInfo *ti = dn_typeinfo(t);
        if (ti == NULL || ti->methods == NULL) continue;
        for (const DnMethodInfo *mi = ti->methods; mi->owner != NULL; mi++) {
            if ((flags & DN_BIND_CASELESS) != 0 ? strcasecmp(mi->name, name) != 0 : strcmp(mi->name, name) != 0) continue;
            bool is_static = (mi->attributes & DN_METHOD_STATIC) != 0;
            if (((flags & DN_BIND_STATIC_ONLY) != 0 && !is_static) || ((flags & DN_BIND_INSTANCE_ONLY) != 0 && is_static)) continue;
            if (mi->name[0] == '.' || !same_signature(mi, invoke)) continue;
            return mi;
        }
    }
    return NULL;
}
