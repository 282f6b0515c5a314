/*
 * Generic parameters and instantiations at run time (Type.MakeGenericType, constraint checks),
 * over the compile-time records of dn_typeinfo.h. A closed world has only the instantiations
 * the program compiled: src/codegen/type-lookups.ts lists them, this file searches the list.
 */
#include "dn_typeinfo.h"

#include <stdio.h>
#include <string.h>

/* GenericParameterAttributes */
#define GP_REFERENCE_TYPE 0x4u
#define GP_NOT_NULLABLE_VALUE_TYPE 0x8u
#define GP_DEFAULT_CONSTRUCTOR 0x10u
#define GP_ALLOW_BYREF_LIKE 0x20u

static bool is_parameter(const DnMethodTable *mt) {
    return mt->cor_element_type == DN_ELEMENT_TYPE_VAR || mt->cor_element_type == DN_ELEMENT_TYPE_MVAR;
}

int32_t dn_generic_satisfies(const DnMethodTable *param, const DnMethodTable *arg, const DnMethodTable *const *context, uint32_t count) {
    const DnTypeInfo *ti = dn_typeinfo(param);
    if (ti == NULL || !is_parameter(param)) return -1;
    if (is_parameter(arg)) return -1; /* an open argument: its own constraints would decide */
    uint32_t flags = ti->generic_param_flags;
    bool value_type = dn_mt_is_value_type(arg);
    if ((arg->flags & DN_MT_FLAG_IS_BYREF_LIKE) != 0 && (flags & GP_ALLOW_BYREF_LIKE) == 0) return 0;
    if ((flags & GP_REFERENCE_TYPE) != 0 && value_type) return 0;
    if ((flags & GP_NOT_NULLABLE_VALUE_TYPE) != 0 && (!value_type || dn_mt_is_nullable(arg))) return 0;
    bool unknown = (flags & DN_GENERIC_CONSTRAINTS_UNKNOWN) != 0;
    if ((flags & GP_DEFAULT_CONSTRUCTOR) != 0 && !value_type) {
        /* A public parameterless constructor: known only when Activator's data is recorded. */
        const DnTypeInfo *ati = dn_typeinfo(arg);
        if ((arg->dn_flags & DN_TYPE_FLAG_ABSTRACT) != 0) return 0;
        if (ati == NULL || ati->default_ctor == NULL) unknown = true;
    }
    for (const DnMethodTable *const *c = ti->constraints; c != NULL && *c != NULL; c++) {
        const DnMethodTable *to = *c;
        if (is_parameter(to)) {
            const DnTypeInfo *cti = dn_typeinfo(to);
            if (cti == NULL || cti->generic_position < 0 || (uint32_t)cti->generic_position >= count) return -1;
            to = context[cti->generic_position];
            if (is_parameter(to)) return -1;
        }
        if (!dn_is_assignable(arg, to)) return 0;
    }
    return unknown ? -1 : 1;
}

/* "Ns.Def`1[Arg1,Arg2]" into buf (truncated to size). */
static void instantiation_name(char *buf, size_t size, const DnMethodTable *def, const DnMethodTable *const *args, int32_t count) {
    size_t used = (size_t)snprintf(buf, size, "%s[", def->name);
    for (int32_t i = 0; i < count && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i > 0 ? "," : "", args[i]->name);
    if (used < size) snprintf(buf + used, size - used, "]");
}

const DnMethodTable *dn_generic_instantiate(const DnMethodTable *const *table, const DnMethodTable *def, const DnMethodTable *const *args,
                                            int32_t count) {
    if (count == def->num_generic_args) {
        for (const DnMethodTable *const *e = table; e[0] != NULL; e += 2 + e[0]->num_generic_args) {
            if (e[0] != def) continue;
            int32_t i = 0;
            while (i < count && e[2 + i] == args[i]) i++;
            if (i == count) return e[1];
        }
        /* The definition over its own parameters is the definition. */
        int32_t i = 0;
        while (def->generic_args != NULL && i < count && def->generic_args[i] == args[i]) i++;
        if (def->generic_args != NULL && i == count) return def;
    }
    char name[512];
    instantiation_name(name, sizeof name, def, args, count);
    char message[1600];
    /* A violated constraint is a TypeLoadException, as CoreCLR's loader raises (CoreLib turns
     * it into the ArgumentException naming the parameter). */
    for (int32_t i = 0; def->generic_args != NULL && i < count && i < def->num_generic_args; i++) {
        if (dn_generic_satisfies(def->generic_args[i], args[i], args, (uint32_t)count) != 0) continue;
        char open[512];
        instantiation_name(open, sizeof open, def, def->generic_args, def->num_generic_args);
        snprintf(message, sizeof message, "GenericArguments[%d], '%s', on '%s' violates the constraint of type parameter '%s'.", (int)i,
                 args[i]->name, open, def->generic_args[i]->name);
        dn_throw_kind(DN_EXC_TYPE_LOAD, message);
        return NULL;
    }
    dn_throw_missing_native_code(name, NULL);
    return NULL;
}

void dn_throw_missing_native_code(const char *type_name, const char *member_name) {
    char message[1024];
    /* What Native AOT throws for an instantiation it has no code for. */
    snprintf(message, sizeof message,
             "'%s%s%s' is missing native code or metadata. This can happen for code that is not compatible with trimming or AOT. "
             "Inspect and fix trimming and AOT related warnings that were generated when the app was published. "
             "For more information see https://aka.ms/nativeaot-compatibility",
             type_name, member_name != NULL ? "." : "", member_name != NULL ? member_name : "");
    dn_throw_kind(DN_EXC_NOT_SUPPORTED, message);
}
