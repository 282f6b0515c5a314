/*
 * The System.Native shim (runtime/src/native, declared in dn_system_native.h): file descriptors
 * (open flags in PAL values, write/read/seek/stat with the managed FileStatus layout, dup),
 * errno and the PAL error codes, directories, the working directory, environment variables
 * through the QCalls (UTF-16, Windows semantics), clocks, the exit code and the last P/Invoke
 * error, the command line.
 */
#include "fake_program.h"

#include "dn_system_native.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

/* The managed Interop.Sys.FileStatus layout (read from CoreLib's metadata). */
_Static_assert(sizeof(struct DnSysFileStatus) == 120, "FileStatus size");
_Static_assert(offsetof(struct DnSysFileStatus, Size) == 16, "FileStatus.Size");
_Static_assert(offsetof(struct DnSysFileStatus, MTime) == 40, "FileStatus.MTime");
_Static_assert(offsetof(struct DnSysFileStatus, Ino) == 104, "FileStatus.Ino");
_Static_assert(offsetof(struct DnSysFileStatus, UserFlags) == 112, "FileStatus.UserFlags");
_Static_assert(sizeof(struct DnSysDirectoryEntry) == 16, "DirectoryEntry size");
_Static_assert(sizeof(struct DnSysPasswd) == 48, "Passwd size");
_Static_assert(sizeof(struct DnSysPollEvent) == 8, "PollEvent size");

enum { PAL_O_RDONLY = 0, PAL_O_RDWR = 2, PAL_O_CLOEXEC = 0x10, PAL_O_CREAT = 0x20, PAL_O_EXCL = 0x40, PAL_O_TRUNC = 0x80 };
enum { PAL_ENOENT = 0x1002D, PAL_EEXIST = 0x10014, PAL_EBADF = 0x10008 };

static const uint16_t *u16(const char *ascii, uint16_t *buf) {
    size_t i = 0;
    for (; ascii[i]; i++) buf[i] = (uint8_t)ascii[i];
    buf[i] = 0;
    return buf;
}

static void test_files(void) {
    char dir[] = "/tmp/dn-system-native-XXXXXX";
    CHECK(SystemNative_MkdTemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/f.txt", dir);

    intptr_t fd = SystemNative_Open(path, PAL_O_RDWR | PAL_O_CREAT | PAL_O_EXCL | PAL_O_CLOEXEC, 0644);
    CHECK(fd >= 0);
    CHECK_EQ_LL(SystemNative_Open(path, PAL_O_RDWR | PAL_O_CREAT | PAL_O_EXCL, 0644), -1);
    CHECK_EQ_LL(SystemNative_ConvertErrorPlatformToPal(SystemNative_GetErrNo()), PAL_EEXIST);
    CHECK_EQ_LL(SystemNative_Open(path, 0x7000, 0), -1); /* unknown flag */
    CHECK_EQ_LL(SystemNative_GetErrNo(), EINVAL);

    CHECK_EQ_LL(SystemNative_Write(fd, "hello world", 11), 11);
    struct DnSysFileStatus st;
    CHECK_EQ_LL(SystemNative_FStat(fd, &st), 0);
    CHECK_EQ_LL(st.Size, 11);
    CHECK_EQ_LL(st.Mode & 0xF000, 0x8000); /* regular file */
    CHECK((st.Mode & 0600) == 0600); /* permission bits kept */
    CHECK_EQ_LL(SystemNative_LSeek(fd, 6, 0), 6);
    char buf[16] = {0};
    CHECK_EQ_LL(SystemNative_Read(fd, buf, sizeof buf), 5);
    CHECK_STR(buf, "world");
    CHECK_EQ_LL(SystemNative_PRead(fd, buf, 5, 0), 5);
    CHECK(memcmp(buf, "hello", 5) == 0);
    CHECK_EQ_LL(SystemNative_FTruncate(fd, 3), 0);
    CHECK_EQ_LL(SystemNative_Stat(path, &st), 0);
    CHECK_EQ_LL(st.Size, 3);
    intptr_t fd2 = SystemNative_Dup(fd);
    CHECK(fd2 >= 0 && fd2 != fd);
    CHECK_EQ_LL(SystemNative_Close(fd2), 0);
    CHECK_EQ_LL(SystemNative_Close(fd), 0);
    CHECK_EQ_LL(SystemNative_Close(fd), -1);
    CHECK_EQ_LL(SystemNative_ConvertErrorPlatformToPal(SystemNative_GetErrNo()), PAL_EBADF);

    /* Directories: mkdir, enumerate, rename, unlink, rmdir. */
    char sub[256], moved[256];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    CHECK_EQ_LL(SystemNative_MkDir(sub, 0755), 0);
    void *d = SystemNative_OpenDir(dir);
    CHECK(d != NULL);
    struct DnSysDirectoryEntry e;
    int names = 0, sawFile = 0, sawDir = 0;
    while (SystemNative_ReadDir(d, &e) == 0) {
        names++;
        if (e.NameLength == 5 && memcmp(e.Name, "f.txt", 5) == 0) sawFile = e.InodeType == 8;
        if (e.NameLength == 3 && memcmp(e.Name, "sub", 3) == 0) sawDir = e.InodeType == 4;
    }
    CHECK_EQ_LL(names, 4); /* ".", "..", f.txt, sub */
    CHECK(sawFile && sawDir);
    CHECK_EQ_LL(SystemNative_CloseDir(d), 0);
    snprintf(moved, sizeof moved, "%s/g.txt", dir);
    CHECK_EQ_LL(SystemNative_Rename(path, moved), 0);
    CHECK_EQ_LL(SystemNative_Access(path, 0), -1);
    CHECK_EQ_LL(SystemNative_ConvertErrorPlatformToPal(SystemNative_GetErrNo()), PAL_ENOENT);
    CHECK_EQ_LL(SystemNative_LStat(moved, &st), 0);
    CHECK_EQ_LL(SystemNative_Unlink(moved), 0);
    CHECK_EQ_LL(SystemNative_RmDir(sub), 0);

    /* The working directory. */
    char cwd[4096];
    CHECK(SystemNative_GetCwd(cwd, sizeof cwd) == cwd);
    CHECK_EQ_LL(SystemNative_ChDir(dir), 0);
    char now[4096];
    CHECK(SystemNative_GetCwd(now, sizeof now) != NULL);
    CHECK(strcmp(now, dir) == 0);
    CHECK(SystemNative_GetCwd(now, 2) == NULL); /* too small: ERANGE */
    CHECK_EQ_LL(SystemNative_GetErrNo(), ERANGE);
    CHECK_EQ_LL(SystemNative_ChDir(cwd), 0);
    CHECK_EQ_LL(SystemNative_RmDir(dir), 0);
    fake_section("files and directories");
}

static void test_errors(void) {
    CHECK_EQ_LL(SystemNative_ConvertErrorPlatformToPal(0), 0);
    CHECK_EQ_LL(SystemNative_ConvertErrorPalToPlatform(PAL_ENOENT), ENOENT);
    CHECK_EQ_LL(SystemNative_ConvertErrorPlatformToPal(EWOULDBLOCK), 0x10006); /* = EAGAIN */
    CHECK_EQ_LL(SystemNative_ConvertErrorPlatformToPal(4095), 0x1FFFF);    /* ENONSTANDARD */
    char buf[256];
    CHECK_STR(SystemNative_StrErrorR(ENOENT, buf, sizeof buf), "No such file or directory");
    SystemNative_SetErrNo(42);
    CHECK_EQ_LL(SystemNative_GetErrNo(), 42);
    fake_section("errno and PAL error codes");
}

static void test_environment(void) {
    uint16_t name[64], value[64], out[64];
    u16("DN_SYSTEM_NATIVE_TEST", name);
    errno = 0;
    CHECK_EQ_LL(DnQCall_GetEnvironmentVariableW(name, out, 64), 0);
    CHECK_EQ_LL(errno, 203); /* ERROR_ENVVAR_NOT_FOUND */
    CHECK_EQ_LL(DnQCall_SetEnvironmentVariableW(name, u16("abc", value)), 1);
    CHECK_STR(getenv("DN_SYSTEM_NATIVE_TEST"), "abc");
    CHECK_EQ_LL(DnQCall_GetEnvironmentVariableW(name, out, 2), 4); /* too small: the size needed */
    CHECK_EQ_LL(DnQCall_GetEnvironmentVariableW(name, out, 64), 3);
    CHECK(out[0] == 'a' && out[2] == 'c' && out[3] == 0);
    uint16_t *block = DnQCall_GetEnvironmentStringsW();
    bool found = false;
    for (uint16_t *p = block; *p; ) {
        size_t n = 0;
        while (p[n]) n++;
        if (n == 25 && p[0] == 'D' && p[21] == '=' && p[22] == 'a') found = true;
        p += n + 1;
    }
    CHECK(found);
    DnQCall_FreeEnvironmentStringsW(block);
    CHECK_EQ_LL(DnQCall_SetEnvironmentVariableW(name, NULL), 1);
    CHECK(getenv("DN_SYSTEM_NATIVE_TEST") == NULL);
    CHECK(DnQCall_Environment_GetProcessorCount() >= 1);
    fake_section("environment (QCalls)");
}

static void test_misc(void) {
    int64_t t0 = SystemNative_GetTimestamp();
    DnQCall_ThreadNative_Sleep(2);
    CHECK(SystemNative_GetTimestamp() - t0 >= 2000000);
    CHECK(SystemNative_GetLowResolutionTimestamp() > 0);
    CHECK(SystemNative_GetSystemTimeAsTicks() > 16000000000000000LL); /* after 2020 */
    CHECK_EQ_LL(SystemNative_GetPid(), getpid());
    CHECK_EQ_LL(SystemNative_SysConf(2), sysconf(_SC_PAGESIZE));
    CHECK_EQ_LL(dn_icall_get_exit_code(), 0);
    dn_icall_set_exit_code(7);
    CHECK_EQ_LL(dn_icall_get_exit_code(), 7);
    dn_icall_set_exit_code(0);
    dn_icall_set_last_pinvoke_error(13);
    CHECK_EQ_LL(dn_icall_get_last_pinvoke_error(), 13);
    DnArray *args = dn_icall_get_command_line_args();
    CHECK(args != NULL && args->length == (uint32_t)dn_get_argc());
    intptr_t m = SystemNative_LowLevelMonitor_Create();
    SystemNative_LowLevelMonitor_Acquire(m);
    CHECK_EQ_LL(SystemNative_LowLevelMonitor_TimedWait(m, 1), 0);
    SystemNative_LowLevelMonitor_Release(m);
    SystemNative_LowLevelMonitor_Destroy(m);
    uint8_t rnd[32] = {0};
    CHECK_EQ_LL(SystemNative_GetCryptographicallySecureRandomBytes(rnd, 32), 0);
    fake_section("clocks, process, internal calls");
}

int32_t test_main(DnArray *args) {
    (void)args;
    test_files();
    test_errors();
    test_environment();
    test_misc();
    return fake_finish();
}
