/*
 * Assembly.Load(name) in a closed world: the name CoreLib parsed (NativeAssemblyNameParts) is
 * matched against the assemblies the program was compiled with, as the host's binder matches
 * the trusted platform assemblies: simple name ignoring case; a requested version must not be
 * above the assembly's (System.Private.CoreLib binds by name alone); a requested culture must be
 * the assembly's. The public key token is not compared (dotnet loads a TPA assembly asked for
 * with another token too). A mismatch is reported as not found, as dotnet does.
 */
#include "dn_typeinfo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Appends a NUL-terminated UTF-16 string as UTF-8 (ASCII names; others as '?'). */
static size_t put_utf16(char *out, size_t at, size_t cap, const uint16_t *s) {
    for (; s != NULL && *s != 0; s++) {
        if (at + 1 < cap) out[at] = *s < 0x80 ? (char)*s : '?';
        at++;
    }
    return at;
}

static bool equal_ascii_ignore_case(const uint16_t *a, const char *b) {
    for (; *a != 0 && *b != '\0'; a++, b++) {
        uint16_t x = *a >= 'A' && *a <= 'Z' ? (uint16_t)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != (uint8_t)y) return false;
    }
    return *a == 0 && *b == '\0';
}

char *dn_assembly_name_display(const DnAssemblyNameParts *parts) {
    size_t cap = 512;
    char *out = malloc(cap);
    if (out == NULL) return NULL;
    size_t at = put_utf16(out, 0, cap, parts->name);
    if (parts->major != 0xFFFF) {
        uint16_t v[4] = {parts->major, parts->minor, parts->build, parts->revision};
        at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, ", Version=%u", v[0]);
        for (int i = 1; i < 4 && v[i] != 0xFFFF; i++)
            at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, ".%u", v[i]);
    }
    at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, ", Culture=");
    if (parts->culture != NULL && parts->culture[0] != 0) at = put_utf16(out, at, cap, parts->culture);
    else at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, "neutral");
    at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, ", PublicKeyToken=");
    if (parts->public_key_or_token_length > 0 && (parts->flags & 1) == 0) {
        for (int32_t i = 0; i < parts->public_key_or_token_length; i++)
            at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, "%02x", parts->public_key_or_token[i]);
    } else {
        at += (size_t)snprintf(out + (at < cap ? at : cap), at < cap ? cap - at : 0, "null");
    }
    out[at < cap ? at : cap - 1] = '\0';
    return out;
}

int dn_assembly_load_lookup(DnAssemblyInfo *const *assemblies, const DnAssemblyNameParts *parts, DnAssemblyInfo **found) {
    *found = NULL;
    if (parts->name == NULL) return DN_ASSEMBLY_NOT_FOUND;
    for (DnAssemblyInfo *const *a = assemblies; *a != NULL; a++) {
        if (!equal_ascii_ignore_case(parts->name, (*a)->name)) continue;
        const uint16_t requested[4] = {parts->major, parts->minor, parts->build, parts->revision};
        bool core_lib = strcmp((*a)->name, "System.Private.CoreLib") == 0;
        for (int i = 0; i < 4 && requested[i] != 0xFFFF && !core_lib; i++) {
            if (requested[i] < (*a)->version[i]) break;
            if (requested[i] > (*a)->version[i]) return DN_ASSEMBLY_MISMATCH;
        }
        if (parts->culture != NULL && parts->culture[0] != 0 && !equal_ascii_ignore_case(parts->culture, (*a)->culture[0] != '\0' ? (*a)->culture : "neutral"))
            return DN_ASSEMBLY_MISMATCH;
        *found = *a;
        return DN_ASSEMBLY_FOUND;
    }
    return DN_ASSEMBLY_NOT_FOUND;
}
