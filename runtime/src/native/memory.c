/*
 * Native memory (NativeMemory.Alloc ...) and random bytes (System.Native's pal_memory,
 * pal_random).
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

void *SystemNative_Malloc(uintptr_t size) { return malloc(size); }

void *SystemNative_Calloc(uintptr_t num, uintptr_t size) { return calloc(num, size); }

void *SystemNative_Realloc(void *ptr, uintptr_t size) { return realloc(ptr, size); }

void SystemNative_Free(void *ptr) { free(ptr); }

void *SystemNative_AlignedAlloc(uintptr_t alignment, uintptr_t size) {
    void *p = NULL;
    if (alignment < sizeof(void *)) alignment = sizeof(void *);
    if (posix_memalign(&p, alignment, size == 0 ? 1 : size) != 0) return NULL;
    return p;
}

void SystemNative_AlignedFree(void *ptr) { free(ptr); }

void *SystemNative_AlignedRealloc(void *ptr, uintptr_t alignment, uintptr_t size) {
    void *p = SystemNative_AlignedAlloc(alignment, size);
    if (p == NULL || ptr == NULL) return p;
    size_t old = malloc_usable_size(ptr);
    memcpy(p, ptr, old < size ? old : size);
    free(ptr);
    return p;
}

static int fill_random(uint8_t *buffer, int32_t length) {
    for (int32_t i = 0; i < length;) {
        ssize_t n = getrandom(buffer + i, (size_t)(length - i), 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        i += (int32_t)n;
    }
    return 0;
}

void SystemNative_GetNonCryptographicallySecureRandomBytes(uint8_t *buffer, int32_t bufferLength) {
    if (fill_random(buffer, bufferLength) != 0)
        for (int32_t i = 0; i < bufferLength; i++) buffer[i] = (uint8_t)random();
}

int32_t SystemNative_GetCryptographicallySecureRandomBytes(uint8_t *buffer, int32_t bufferLength) {
    return fill_random(buffer, bufferLength);
}
