/*
 * Process, user and system information (System.Native's pal_process, pal_uid, pal_runtime-
 * information, pal_log), the environment block and processor count (CoreCLR's QCalls: the
 * Kernel32 names are what CoreCLR's PAL provides on Unix), Environment.ExitCode, the last
 * P/Invoke error and the command line.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include "../internal.h"
#include "dn_gc.h"

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int32_t SystemNative_GetPid(void) { return (int32_t)getpid(); }

uint32_t SystemNative_GetEUid(void) { return (uint32_t)geteuid(); }

uint32_t SystemNative_GetEGid(void) { return (uint32_t)getegid(); }

int32_t SystemNative_GetGroups(int32_t ngroups, uint32_t *groups) {
    _Static_assert(sizeof(gid_t) == sizeof(uint32_t), "gid_t is 32 bits");
    return getgroups(ngroups, (gid_t *)groups);
}

int32_t SystemNative_GetHostName(char *name, int32_t nameLength) {
    if (nameLength <= 0) {
        errno = EINVAL;
        return -1;
    }
    return gethostname(name, (size_t)nameLength);
}

/* A malloc'ed path (the managed marshaller frees it). */
char *SystemNative_GetProcessPath(void) {
    size_t size = 256;
    for (;;) {
        char *buf = malloc(size);
        if (buf == NULL) return NULL;
        ssize_t n = readlink("/proc/self/exe", buf, size);
        if (n < 0) {
            free(buf);
            return NULL;
        }
        if ((size_t)n < size) {
            buf[n] = '\0';
            return buf;
        }
        free(buf);
        size *= 2;
    }
}

int64_t SystemNative_SysConf(int32_t name) {
    switch (name) {
    case 1: return sysconf(_SC_CLK_TCK);
    case 2: return sysconf(_SC_PAGESIZE);
    default: errno = EINVAL; return -1;
    }
}

/* A malloc'ed copy (the managed marshaller frees it). */
const char *SystemNative_GetUnixRelease(void) {
    struct utsname u;
    return uname(&u) == 0 ? strdup(u.release) : NULL;
}

int32_t SystemNative_GetUnixVersion(char *version, int32_t *capacity) {
    struct utsname u;
    if (uname(&u) != 0) return -1;
    int n = snprintf(version, (size_t)*capacity, "%s %s %s", u.sysname, u.release, u.version);
    if (n < 0) return -1;
    if (n >= *capacity) {
        *capacity = n + 1;
        return -1;
    }
    return 0;
}

int32_t SystemNative_GetOSArchitecture(void) {
    /* System.Runtime.InteropServices.Architecture */
#if defined(__x86_64__)
    return 1;
#elif defined(__aarch64__)
    return 3;
#elif defined(__i386__)
    return 0;
#elif defined(__arm__)
    return 2;
#elif defined(__riscv)
    return 9;
#else
    return -1;
#endif
}

int32_t SystemNative_SchedGetCpu(void) { return sched_getcpu(); }

uint32_t SystemNative_TryGetUInt32OSThreadId(void) { return (uint32_t)syscall(SYS_gettid); }

static int32_t processor_count(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int32_t)n : 1;
}

double SystemNative_GetCpuUtilization(struct DnSysProcessCpuInformation *previousCpuInfo) {
    struct rusage ru;
    struct timespec now;
    if (getrusage(RUSAGE_SELF, &ru) != 0 || clock_gettime(CLOCK_MONOTONIC, &now) != 0) return 0;
    /* 100 ns units. */
    uint64_t user = (uint64_t)ru.ru_utime.tv_sec * 10000000 + (uint64_t)ru.ru_utime.tv_usec * 10;
    uint64_t kernel = (uint64_t)ru.ru_stime.tv_sec * 10000000 + (uint64_t)ru.ru_stime.tv_usec * 10;
    uint64_t current = (uint64_t)now.tv_sec * 10000000 + (uint64_t)now.tv_nsec / 100;
    double result = 0;
    uint64_t prevCurrent = previousCpuInfo->lastRecordedCurrentTime;
    if (prevCurrent != 0 && current > prevCurrent) {
        uint64_t cpu = (user - previousCpuInfo->lastRecordedUserTime) + (kernel - previousCpuInfo->lastRecordedKernelTime);
        result = (double)cpu * 100.0 / (double)(current - prevCurrent) / processor_count();
    }
    previousCpuInfo->lastRecordedCurrentTime = current;
    previousCpuInfo->lastRecordedUserTime = user;
    previousCpuInfo->lastRecordedKernelTime = kernel;
    return result;
}

intptr_t SystemNative_GetDefaultSearchOrderPseudoHandle(void) { return 0; /* RTLD_DEFAULT */ }

static void write_all(int fd, const uint8_t *buffer, int32_t length) {
    for (int32_t off = 0; off < length;) {
        ssize_t n = write(fd, buffer + off, (size_t)(length - off));
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        off += (int32_t)n;
    }
}

void SystemNative_Log(uint8_t *buffer, int32_t length) { write_all(STDOUT_FILENO, buffer, length); }

void SystemNative_LogError(uint8_t *buffer, int32_t length) { write_all(STDERR_FILENO, buffer, length); }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
void SystemNative_SysLog(int32_t priority, const char *message, const char *arg1) { syslog(priority, message, arg1); }

int32_t SystemNative_SNPrintF_1S(char *string, int32_t size, const char *format, const char *str) {
    return snprintf(string, (size_t)size, format, str);
}

int32_t SystemNative_SNPrintF_1I(char *string, int32_t size, const char *format, int32_t value) {
    return snprintf(string, (size_t)size, format, value);
}
#pragma GCC diagnostic pop

/* ---- QCalls: environment variables (Windows semantics, CoreCLR's PAL) ---- */

#define ERROR_ENVVAR_NOT_FOUND 203

static size_t wcslen16(const uint16_t *s) {
    size_t n = 0;
    while (s[n] != 0) n++;
    return n;
}

static char *to_utf8(const uint16_t *s) { return dn_utf16_to_utf8(s, wcslen16(s), NULL); }

uint32_t DnQCall_GetEnvironmentVariableW(const uint16_t *name, uint16_t *buffer, uint32_t size) {
    char *n = to_utf8(name);
    if (n == NULL) {
        errno = ENOMEM;
        return 0;
    }
    const char *v = getenv(n);
    free(n);
    if (v == NULL) {
        errno = ERROR_ENVVAR_NOT_FOUND; /* CoreCLR's PAL keeps SetLastError in errno */
        return 0;
    }
    size_t bytes = strlen(v);
    size_t count = dn_utf8_to_utf16(v, bytes, NULL);
    errno = 0;
    if (count + 1 > size) return (uint32_t)(count + 1);
    dn_utf8_to_utf16(v, bytes, buffer);
    buffer[count] = 0;
    return (uint32_t)count;
}

int32_t DnQCall_SetEnvironmentVariableW(const uint16_t *name, const uint16_t *value) {
    char *n = to_utf8(name);
    if (n == NULL) return 0;
    int r;
    if (value == NULL) {
        r = unsetenv(n);
    } else {
        char *v = to_utf8(value);
        if (v == NULL) {
            free(n);
            return 0;
        }
        r = setenv(n, v, 1);
        free(v);
    }
    free(n);
    return r == 0;
}

/* "name=value\0name=value\0\0" in UTF-16, malloc'ed. */
uint16_t *DnQCall_GetEnvironmentStringsW(void) {
    size_t total = 1;
    for (char **e = environ; *e != NULL; e++) total += dn_utf8_to_utf16(*e, strlen(*e), NULL) + 1;
    uint16_t *block = malloc(total * sizeof(uint16_t));
    if (block == NULL) return NULL;
    size_t pos = 0;
    for (char **e = environ; *e != NULL; e++) {
        pos += dn_utf8_to_utf16(*e, strlen(*e), block + pos);
        block[pos++] = 0;
    }
    block[pos] = 0;
    return block;
}

int32_t DnQCall_FreeEnvironmentStringsW(uint16_t *block) {
    free(block);
    return 1;
}

int32_t DnQCall_Environment_GetProcessorCount(void) { return processor_count(); }

/* ---- QCalls: threads ---- */

void DnQCall_ThreadNative_Sleep(int32_t milliseconds) {
    if (milliseconds == 0) {
        sched_yield();
        return;
    }
    struct timespec ts = {milliseconds / 1000, (long)(milliseconds % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

void DnQCall_ThreadNative_SpinWait(int32_t iterations) {
    for (int32_t i = 0; i < iterations; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#else
        __asm__ __volatile__("" ::: "memory");
#endif
    }
}

int32_t DnQCall_ThreadNative_YieldThread(void) { return sched_yield() == 0; }

/* ---- internal calls ---- */

static int32_t exit_code;
static _Thread_local int32_t last_pinvoke_error;

int32_t dn_icall_get_exit_code(void) { return __atomic_load_n(&exit_code, __ATOMIC_RELAXED); }

void dn_icall_set_exit_code(int32_t code) { __atomic_store_n(&exit_code, code, __ATOMIC_RELAXED); }

int32_t dn_icall_get_last_pinvoke_error(void) { return last_pinvoke_error; }

void dn_icall_set_last_pinvoke_error(int32_t error) { last_pinvoke_error = error; }

void *dn_icall_get_command_line_args(void) {
    int argc = dn_get_argc();
    char **argv = dn_get_argv();
    DnArray *args = dn_alloc_array(dn_managed_hooks.string_array_mt, argc);
    if (args == NULL) return NULL;
    for (int i = 0; i < argc; i++) {
        DnString *s = dn_string_from_utf8(argv[i], strlen(argv[i]));
        if (s == NULL) return NULL;
        DN_STORE_REF(&DN_ARRAY_DATA(args, DnString *)[i], s);
    }
    return args;
}

void dn_icall_get_memory_info(int64_t *totalAvailableBytes, int64_t *memoryLoadBytes, int64_t *heapSizeBytes) {
    struct sysinfo si;
    int64_t total = 0, load = 0;
    if (sysinfo(&si) == 0) {
        total = (int64_t)si.totalram * si.mem_unit;
        load = (int64_t)(si.totalram - si.freeram - si.bufferram) * si.mem_unit;
    }
    *totalAvailableBytes = total;
    *memoryLoadBytes = load;
    *heapSizeBytes = dn_gc_total_memory(false);
}
