/*
 * The properties the .NET host hands to AppContext at start-up (AppContext.Setup): the app's
 * runtimeconfig.json configProperties, which the generated program passes in, and the ones the
 * host computes — APP_CONTEXT_BASE_DIRECTORY (the executable's directory, with a trailing
 * separator), which AppContext.BaseDirectory reads.
 */
#include "internal.h"
#include "dn_system_native.h"

#include <stdlib.h>
#include <string.h>

static uint16_t *to_utf16(const char *s) {
    size_t n = strlen(s);
    uint16_t *out = malloc((n + 1) * sizeof(uint16_t)); /* UTF-16 never needs more units than UTF-8 bytes */
    if (out == NULL) return NULL;
    out[dn_utf8_to_utf16(s, n, out)] = 0;
    return out;
}

void dn_app_context_setup(void (*setup)(uint16_t **names, uint16_t **values, int32_t count), const char *const *names,
                          const char *const *values, int32_t count) {
    int32_t total = count + 1;
    uint16_t **n16 = calloc((size_t)total, sizeof *n16);
    uint16_t **v16 = calloc((size_t)total, sizeof *v16);
    char *exe = SystemNative_GetProcessPath();
    char *slash = exe != NULL ? strrchr(exe, '/') : NULL;
    if (slash != NULL) slash[1] = '\0';
    if (n16 == NULL || v16 == NULL) goto done;
    int32_t k = 0;
    for (int32_t i = 0; i < count; i++, k++) {
        n16[k] = to_utf16(names[i]);
        v16[k] = to_utf16(values[i]);
        if (n16[k] == NULL || v16[k] == NULL) goto done;
    }
    if (slash != NULL) {
        n16[k] = to_utf16("APP_CONTEXT_BASE_DIRECTORY");
        v16[k] = to_utf16(exe);
        if (n16[k] == NULL || v16[k] == NULL) goto done;
        k++;
    }
    setup(n16, v16, k);
done:
    for (int32_t i = 0; n16 != NULL && v16 != NULL && i < total; i++) {
        free(n16[i]);
        free(v16[i]);
    }
    free(n16);
    free(v16);
    free(exe);
}
