/*
 * The System.Native shim (runtime/src/native, declared in dn_system_native.h): file descriptors
 * (open flags in PAL values, write/read/seek/stat with the managed FileStatus layout, dup),
 * errno and the PAL error codes, directories, the working directory, environment variables
 * through the QCalls (UTF-16, Windows semantics), clocks, the exit code and the last P/Invoke
 * error, the command line; sockets (address buffers, the managed enums and options, a loopback
 * TCP connection) and the user database.
 */
#include "fake_program.h"

#include "dn_system_native.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/socket.h>
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
_Static_assert(sizeof(struct DnSysMessageHeader) == 40, "MessageHeader size");
_Static_assert(offsetof(struct DnSysMessageHeader, SocketAddressLen) == 24, "MessageHeader.SocketAddressLen");
_Static_assert(sizeof(struct DnSysIPv4MulticastOption) == 16, "IPv4MulticastOption size");
_Static_assert(sizeof(struct DnSysIPAddress) == 24, "IPAddress size");
_Static_assert(sizeof(struct DnSysIPv6MulticastOption) == 32, "IPv6MulticastOption size");
_Static_assert(offsetof(struct DnSysIPv6MulticastOption, InterfaceIndex) == 24, "IPv6MulticastOption.InterfaceIndex");
_Static_assert(sizeof(struct DnSysHostEntry) == 32, "HostEntry size");
_Static_assert(offsetof(struct DnSysHostEntry, IPAddressCount) == 24, "HostEntry.IPAddressCount");

enum { PAL_O_RDONLY = 0, PAL_O_RDWR = 2, PAL_O_CLOEXEC = 0x10, PAL_O_CREAT = 0x20, PAL_O_EXCL = 0x40, PAL_O_TRUNC = 0x80 };
enum { PAL_ENOENT = 0x1002D, PAL_EEXIST = 0x10014, PAL_EBADF = 0x10008 };
enum {
    PAL_EFAULT = 0x10015, PAL_EINVAL = 0x1001C, PAL_ENOTSUP = 0x1003D, PAL_EAFNOSUPPORT = 0x10005, PAL_EPROTOTYPE = 0x10046,
    PAL_EPROTONOSUPPORT = 0x10045, PAL_ECONNREFUSED = 0x1000E
};
/* The managed enums: AddressFamily, SocketType, ProtocolType, SocketOptionLevel/Name. */
enum { M_INET = 2, M_INET6 = 23, M_STREAM = 1, M_DGRAM = 2, M_TCP = 6, M_UDP = 17, M_ICMPV6 = 58 };
enum { M_LEVEL_SOCKET = 0xffff, M_LEVEL_TCP = 6, M_LEVEL_UDP = 17, M_SO_REUSEADDR = 4, M_SO_RCVBUF = 0x1002, M_SO_TYPE = 0x1008, M_TCP_NODELAY = 1 };

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

static void test_socket_addresses(void) {
    int32_t v4, v6, uds, max;
    CHECK_EQ_LL(SystemNative_GetSocketAddressSizes(&v4, &v6, &uds, &max), 0);
    CHECK_EQ_LL(v4, sizeof(struct sockaddr_in));
    CHECK_EQ_LL(v6, sizeof(struct sockaddr_in6));
    CHECK_EQ_LL(uds, 110);
    CHECK_EQ_LL(max, sizeof(struct sockaddr_storage));
    CHECK_EQ_LL(SystemNative_GetSocketAddressSizes(NULL, &v6, &uds, &max), PAL_EFAULT);
    CHECK_EQ_LL(SystemNative_GetMaximumAddressSize(), 128);
    int32_t pathOffset, pathSize, size;
    SystemNative_GetDomainSocketSizes(&pathOffset, &pathSize, &size);
    CHECK(pathOffset == 2 && pathSize == 108 && size == 110);
    CHECK_EQ_LL(SystemNative_PlatformSupportsDualModeIPv4PacketInfo(), 1);

    /* IPv4: family, port and address written where sockaddr_in has them (network order). */
    uint8_t buf[128] = {0};
    int32_t family;
    CHECK_EQ_LL(SystemNative_SetAddressFamily(buf, v4, M_INET), 0);
    CHECK_EQ_LL(SystemNative_GetAddressFamily(buf, v4, &family), 0);
    CHECK_EQ_LL(family, M_INET);
    CHECK_EQ_LL(SystemNative_SetPort(buf, v4, 8080), 0);
    struct sockaddr_in sin;
    memcpy(&sin, buf, sizeof sin);
    CHECK(sin.sin_family == AF_INET && ntohs(sin.sin_port) == 8080);
    CHECK_EQ_LL(SystemNative_SetIPv4Address(buf, v4, htonl(0x7f000001)), 0);
    memcpy(&sin, buf, sizeof sin);
    CHECK_EQ_LL(ntohl(sin.sin_addr.s_addr), 0x7f000001);
    uint16_t port;
    uint32_t addr;
    CHECK_EQ_LL(SystemNative_GetPort(buf, v4, &port), 0);
    CHECK_EQ_LL(port, 8080);
    CHECK_EQ_LL(SystemNative_GetIPv4Address(buf, v4, &addr), 0);
    CHECK_EQ_LL(addr, htonl(0x7f000001));
    CHECK_EQ_LL(SystemNative_GetPort(buf, 8, &port), PAL_EFAULT);        /* shorter than sockaddr_in */
    CHECK_EQ_LL(SystemNative_GetAddressFamily(buf, 1, &family), PAL_EFAULT); /* not even the family */
    uint8_t a6[16];
    uint32_t scope;
    CHECK_EQ_LL(SystemNative_GetIPv6Address(buf, v6, a6, 16, &scope), PAL_EINVAL); /* an IPv4 address */
    CHECK_EQ_LL(SystemNative_SetAddressFamily(buf, v4, 12345), PAL_EAFNOSUPPORT);
    buf[0] = AF_APPLETALK; /* little-endian sa_family */
    CHECK_EQ_LL(SystemNative_GetAddressFamily(buf, v4, &family), 0);
    CHECK_EQ_LL(family, -1);                                            /* AddressFamily.Unknown */
    CHECK_EQ_LL(SystemNative_GetPort(buf, v4, &port), PAL_EAFNOSUPPORT);

    /* IPv6: address bytes, scope id; the flow label is cleared. */
    memset(buf, 0xAB, sizeof buf);
    CHECK_EQ_LL(SystemNative_SetAddressFamily(buf, v6, M_INET6), 0);
    uint8_t loop6[16] = {0};
    loop6[15] = 1;
    CHECK_EQ_LL(SystemNative_SetIPv6Address(buf, v6, loop6, 16, 7), 0);
    CHECK_EQ_LL(SystemNative_SetPort(buf, v6, 443), 0);
    struct sockaddr_in6 sin6;
    memcpy(&sin6, buf, sizeof sin6);
    CHECK(sin6.sin6_family == AF_INET6 && ntohs(sin6.sin6_port) == 443 && sin6.sin6_flowinfo == 0 && sin6.sin6_scope_id == 7);
    CHECK(memcmp(&sin6.sin6_addr, &in6addr_loopback, 16) == 0);
    memset(a6, 0, sizeof a6);
    CHECK_EQ_LL(SystemNative_GetIPv6Address(buf, v6, a6, 16, &scope), 0);
    CHECK(a6[15] == 1 && a6[0] == 0 && scope == 7);
    CHECK_EQ_LL(SystemNative_GetIPv6Address(buf, v6, a6, 4, &scope), PAL_EFAULT);
    CHECK_EQ_LL(SystemNative_GetIPv4Address(buf, v6, &addr), PAL_EINVAL);
    CHECK_EQ_LL(SystemNative_GetAddressFamily(buf, v6, &family), 0);
    CHECK_EQ_LL(family, M_INET6);
    fake_section("socket addresses and sizes");
}

static void test_socket_options(void) {
    intptr_t fd;
    CHECK_EQ_LL(SystemNative_Socket(12345, M_STREAM, M_TCP, &fd), PAL_EAFNOSUPPORT);
    CHECK_EQ_LL(fd, -1);
    CHECK_EQ_LL(SystemNative_Socket(M_INET, 42, M_TCP, &fd), PAL_EPROTOTYPE);
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_ICMPV6, &fd), PAL_EPROTONOSUPPORT); /* IPv6 only */
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_TCP, &fd), 0);
    int32_t family, type, protocol, listening;
    CHECK_EQ_LL(SystemNative_GetSocketType(fd, &family, &type, &protocol, &listening), 0);
    CHECK(family == M_INET && type == M_STREAM && protocol == M_TCP && listening == 0);
    CHECK(SystemNative_FcntlGetFD(fd) & FD_CLOEXEC);

    /* TCP NoDelay maps to TCP_NODELAY. */
    int32_t one = 1, value = 0, len = sizeof value;
    CHECK_EQ_LL(SystemNative_SetSockOpt(fd, M_LEVEL_TCP, M_TCP_NODELAY, (uint8_t *)&one, sizeof one), 0);
    int native = 0;
    socklen_t nlen = sizeof native;
    CHECK(getsockopt((int)fd, IPPROTO_TCP, TCP_NODELAY, &native, &nlen) == 0 && native == 1);
    CHECK_EQ_LL(SystemNative_GetSockOpt(fd, M_LEVEL_TCP, M_TCP_NODELAY, (uint8_t *)&value, &len), 0);
    CHECK(value != 0 && len == 4);
    /* SO_TYPE answers the managed SocketType. */
    len = sizeof value;
    CHECK_EQ_LL(SystemNative_GetSockOpt(fd, M_LEVEL_SOCKET, M_SO_TYPE, (uint8_t *)&value, &len), 0);
    CHECK_EQ_LL(value, M_STREAM);
    /* ReceiveBufferSize: the kernel doubles what it is given. */
    int32_t size = 65536;
    CHECK_EQ_LL(SystemNative_SetSockOpt(fd, M_LEVEL_SOCKET, M_SO_RCVBUF, (uint8_t *)&size, sizeof size), 0);
    len = sizeof value;
    CHECK_EQ_LL(SystemNative_GetSockOpt(fd, M_LEVEL_SOCKET, M_SO_RCVBUF, (uint8_t *)&value, &len), 0);
    CHECK(value >= 65536);
    /* ReuseAddress sets SO_REUSEADDR and SO_REUSEPORT; ExclusiveAddressUse is its inverse. */
    CHECK_EQ_LL(SystemNative_SetSockOpt(fd, M_LEVEL_SOCKET, M_SO_REUSEADDR, (uint8_t *)&one, sizeof one), 0);
    nlen = sizeof native;
    CHECK(getsockopt((int)fd, SOL_SOCKET, SO_REUSEPORT, &native, &nlen) == 0 && native == 1);
    len = sizeof value;
    CHECK_EQ_LL(SystemNative_GetSockOpt(fd, M_LEVEL_SOCKET, ~M_SO_REUSEADDR, (uint8_t *)&value, &len), 0);
    CHECK_EQ_LL(value, 0);
    CHECK_EQ_LL(SystemNative_SetSockOpt(fd, M_LEVEL_SOCKET, M_SO_REUSEADDR, (uint8_t *)&one, 2), PAL_EINVAL);
    /* Options the shim does not offer, and bad arguments. */
    len = sizeof value;
    CHECK_EQ_LL(SystemNative_GetSockOpt(fd, M_LEVEL_UDP, 1, (uint8_t *)&value, &len), PAL_ENOTSUP);
    CHECK_EQ_LL(SystemNative_SetSockOpt(fd, M_LEVEL_SOCKET, 0x40 /* UseLoopback */, (uint8_t *)&one, sizeof one), PAL_ENOTSUP);
    CHECK_EQ_LL(SystemNative_SetSockOpt(fd, M_LEVEL_TCP, M_TCP_NODELAY, NULL, 4), PAL_EFAULT);
    struct DnSysLingerOption linger = {1, 70000};
    CHECK_EQ_LL(SystemNative_SetLingerOption(fd, &linger), PAL_EINVAL);
    linger.Seconds = 3;
    CHECK_EQ_LL(SystemNative_SetLingerOption(fd, &linger), 0);
    struct DnSysLingerOption back = {0, 0};
    CHECK_EQ_LL(SystemNative_GetLingerOption(fd, &back), 0);
    CHECK(back.OnOff != 0 && back.Seconds == 3);
    CHECK_EQ_LL(SystemNative_SetReceiveTimeout(fd, -1), PAL_EINVAL);
    CHECK_EQ_LL(SystemNative_SetSendTimeout(fd, 1500), 0);
    struct timeval tv;
    nlen = sizeof tv;
    CHECK(getsockopt((int)fd, SOL_SOCKET, SO_SNDTIMEO, &tv, &nlen) == 0 && tv.tv_sec == 1 && tv.tv_usec == 500000);
    char byte = 0;
    int32_t n;
    CHECK_EQ_LL(SystemNative_Send(fd, &byte, 1, 0x8000, &n), PAL_ENOTSUP); /* an unknown SocketFlags bit */
    CHECK_EQ_LL(SystemNative_Shutdown(fd, 7), PAL_EINVAL);
    CHECK_EQ_LL(SystemNative_Close(fd), 0);
    fake_section("socket enums and options");
}

static void test_socket_loopback(void) {
    intptr_t listener, client, server;
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_TCP, &listener), 0);
    uint8_t addr[128] = {0};
    int32_t alen = sizeof(struct sockaddr_in);
    CHECK_EQ_LL(SystemNative_SetAddressFamily(addr, alen, M_INET), 0);
    CHECK_EQ_LL(SystemNative_SetIPv4Address(addr, alen, htonl(INADDR_LOOPBACK)), 0);
    CHECK_EQ_LL(SystemNative_Bind(listener, M_TCP, addr, alen), 0);
    CHECK_EQ_LL(SystemNative_Listen(listener, 4), 0);
    int32_t isListening = 0, f, t, p;
    CHECK_EQ_LL(SystemNative_GetSocketType(listener, &f, &t, &p, &isListening), 0);
    CHECK_EQ_LL(isListening, 1);
    uint8_t bound[128];
    int32_t blen = sizeof bound;
    CHECK_EQ_LL(SystemNative_GetSockName(listener, bound, &blen), 0);
    CHECK_EQ_LL(blen, alen);
    uint16_t port = 0;
    CHECK_EQ_LL(SystemNative_GetPort(bound, blen, &port), 0);
    CHECK(port != 0);

    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_TCP, &client), 0);
    CHECK_EQ_LL(SystemNative_Connect(client, bound, blen), 0);
    uint8_t peer[128];
    int32_t plen = sizeof peer;
    CHECK_EQ_LL(SystemNative_Accept(listener, peer, &plen, &server), 0);
    CHECK(server >= 0 && plen == alen);
    uint8_t clientName[128];
    int32_t clen = sizeof clientName;
    CHECK_EQ_LL(SystemNative_GetSockName(client, clientName, &clen), 0);
    CHECK(clen == plen && memcmp(clientName, peer, (size_t)clen) == 0); /* the server's peer is the client */
    plen = sizeof peer;
    CHECK_EQ_LL(SystemNative_GetPeerName(client, peer, &plen), 0);
    CHECK(memcmp(peer, bound, (size_t)blen) == 0);

    int32_t n = 0, avail = -1;
    CHECK_EQ_LL(SystemNative_Send(client, "ping!", 5, 0, &n), 0);
    CHECK_EQ_LL(n, 5);
    char in[16] = {0};
    CHECK_EQ_LL(SystemNative_Receive(server, in, 1, 0x2 /* Peek */, &n), 0);
    CHECK_EQ_LL(SystemNative_GetBytesAvailable(server, &avail), 0);
    CHECK_EQ_LL(avail, 5);
    CHECK_EQ_LL(SystemNative_Receive(server, in, sizeof in, 0, &n), 0);
    CHECK(n == 5 && memcmp(in, "ping!", 5) == 0);

    /* Gathered send, scattered receive. */
    struct DnSysIOVector out[2] = {{(uint8_t *)"ab", 2}, {(uint8_t *)"cde", 3}};
    struct DnSysMessageHeader h = {NULL, out, NULL, 0, 2, 0, 0};
    int64_t sent = 0, received = 0;
    CHECK_EQ_LL(SystemNative_SendMessage(server, &h, 0, &sent), 0);
    CHECK_EQ_LL(sent, 5);
    uint8_t x[3] = {0}, y[8] = {0};
    struct DnSysIOVector iv[2] = {{x, sizeof x}, {y, sizeof y}};
    uint8_t from[128];
    struct DnSysMessageHeader r = {from, iv, NULL, sizeof from, 2, 0, -1};
    CHECK_EQ_LL(SystemNative_ReceiveMessage(client, &r, 0, &received), 0);
    CHECK(received == 5 && memcmp(x, "abc", 3) == 0 && memcmp(y, "de", 2) == 0);
    CHECK_EQ_LL(r.Flags, 0);

    /* Shutdown of the sending side: the peer reads the end of the stream. */
    CHECK_EQ_LL(SystemNative_Shutdown(client, 1 /* Send */), 0);
    CHECK_EQ_LL(SystemNative_Receive(server, in, sizeof in, 0, &n), 0);
    CHECK_EQ_LL(n, 0);
    CHECK_EQ_LL(SystemNative_Disconnect(server), 0);
    SystemNative_Close(server);
    SystemNative_Close(client);

    /* Nobody listens any more once the listener is closed: refused. */
    SystemNative_Close(listener);
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_TCP, &client), 0);
    CHECK_EQ_LL(SystemNative_Connect(client, bound, blen), PAL_ECONNREFUSED);
    int32_t err = 0;
    CHECK_EQ_LL(SystemNative_GetSocketErrorOption(client, &err), 0);
    SystemNative_Close(client);

    /* UDP: a datagram and its source address through SendMessage/ReceiveMessage. */
    intptr_t u1, u2;
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_DGRAM, M_UDP, &u1), 0);
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_DGRAM, M_UDP, &u2), 0);
    CHECK_EQ_LL(SystemNative_Bind(u1, M_UDP, addr, alen), 0);
    CHECK_EQ_LL(SystemNative_Bind(u2, M_UDP, addr, alen), 0);
    uint8_t u1name[128], u2name[128];
    int32_t u1len = sizeof u1name, u2len = sizeof u2name;
    CHECK_EQ_LL(SystemNative_GetSockName(u1, u1name, &u1len), 0);
    CHECK_EQ_LL(SystemNative_GetSockName(u2, u2name, &u2len), 0);
    struct DnSysIOVector dv = {(uint8_t *)"dgram", 5};
    struct DnSysMessageHeader d = {u2name, &dv, NULL, u2len, 1, 0, 0};
    CHECK_EQ_LL(SystemNative_SendMessage(u1, &d, 0, &sent), 0);
    uint8_t small[3];
    struct DnSysIOVector sv = {small, sizeof small};
    struct DnSysMessageHeader s = {from, &sv, NULL, sizeof from, 1, 0, 0};
    CHECK_EQ_LL(SystemNative_ReceiveMessage(u2, &s, 0, &received), 0);
    CHECK_EQ_LL(received, 3);
    CHECK_EQ_LL(s.Flags, 0x100); /* Truncated */
    CHECK(s.SocketAddressLen == u1len && memcmp(from, u1name, (size_t)u1len) == 0);
    SystemNative_Close(u1);
    SystemNative_Close(u2);
    fake_section("sockets over loopback");
}

/* Connectx without Fast Open connects and sends nothing; multicast options; host and interface names. */
static void test_socket_extras(void) {
    intptr_t listener, client, server;
    uint8_t addr[128] = {0};
    int32_t alen = sizeof(struct sockaddr_in);
    CHECK_EQ_LL(SystemNative_SetAddressFamily(addr, alen, M_INET), 0);
    CHECK_EQ_LL(SystemNative_SetIPv4Address(addr, alen, htonl(INADDR_LOOPBACK)), 0);
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_TCP, &listener), 0);
    CHECK_EQ_LL(SystemNative_Bind(listener, M_TCP, addr, alen), 0);
    CHECK_EQ_LL(SystemNative_Listen(listener, 4), 0);
    uint8_t bound[128];
    int32_t blen = sizeof bound, sent = -1;
    CHECK_EQ_LL(SystemNative_GetSockName(listener, bound, &blen), 0);
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_STREAM, M_TCP, &client), 0);
    CHECK_EQ_LL(SystemNative_Connectx(client, bound, blen, (uint8_t *)"hi", 2, 0, &sent), 0);
    CHECK_EQ_LL(sent, 0);
    CHECK_EQ_LL(SystemNative_Connectx(client, bound, blen, NULL, 0, 0, NULL), PAL_EFAULT);
    uint8_t peer[128];
    int32_t plen = sizeof peer;
    CHECK_EQ_LL(SystemNative_Accept(listener, peer, &plen, &server), 0);
    SystemNative_Close(server);
    SystemNative_Close(client);
    SystemNative_Close(listener);

    /* IPv4: the multicast interface set is the one read back; memberships cannot be read on Linux. */
    intptr_t udp;
    CHECK_EQ_LL(SystemNative_Socket(M_INET, M_DGRAM, M_UDP, &udp), 0);
    struct DnSysIPv4MulticastOption v4 = {0, htonl(INADDR_LOOPBACK), 0, 0};
    CHECK_EQ_LL(SystemNative_SetIPv4MulticastOption(udp, 2, &v4), 0);
    memset(&v4, 0xff, sizeof v4);
    CHECK_EQ_LL(SystemNative_GetIPv4MulticastOption(udp, 2, &v4), 0);
    CHECK_EQ_LL(v4.LocalAddress, htonl(INADDR_LOOPBACK));
    CHECK_EQ_LL(v4.MulticastAddress, 0);
    CHECK(SystemNative_GetIPv4MulticastOption(udp, 0, &v4) != 0);
    CHECK_EQ_LL(SystemNative_GetIPv4MulticastOption(udp, 7, &v4), PAL_EINVAL);
    CHECK_EQ_LL(SystemNative_SetIPv4MulticastOption(udp, 0, NULL), PAL_EFAULT);
    SystemNative_Close(udp);
    /* IPv6 has no interface form of the option. */
    struct DnSysIPv6MulticastOption v6;
    memset(&v6, 0, sizeof v6);
    CHECK_EQ_LL(SystemNative_SetIPv6MulticastOption(0, 2, &v6), PAL_EINVAL);
    CHECK_EQ_LL(SystemNative_GetIPv6MulticastOption(0, 2, &v6), PAL_EINVAL);
    CHECK_EQ_LL(SystemNative_GetIPv6MulticastOption(0, 0, NULL), PAL_EFAULT);

    CHECK(SystemNative_InterfaceNameToIndex("lo") > 0);
    CHECK_EQ_LL(SystemNative_InterfaceNameToIndex("no-such-if0"), 0);

    /* localhost resolves offline (/etc/hosts) to loopback, each address once. */
    struct DnSysHostEntry entry;
    CHECK_EQ_LL(SystemNative_GetHostEntryForName((const uint8_t *)"localhost", 0, &entry), 0);
    CHECK(entry.CanonicalName != NULL && entry.Aliases != NULL && entry.Aliases[0] == NULL);
    int loopback4 = 0;
    for (int32_t i = 0; i < entry.IPAddressCount; i++) {
        const struct DnSysIPAddress *a = &entry.IPAddressList[i];
        if (!a->IsIPv6 && a->Address[0] == 127 && a->Address[1] == 0 && a->Address[2] == 0 && a->Address[3] == 1) loopback4++;
    }
    CHECK_EQ_LL(loopback4, 1);
    SystemNative_FreeHostEntry(&entry);
    CHECK(entry.IPAddressList == NULL && entry.IPAddressCount == 0);
    CHECK_EQ_LL(SystemNative_GetHostEntryForName((const uint8_t *)"localhost", M_INET6 + 1, &entry), 4); /* EAI_FAMILY */
    CHECK_EQ_LL(SystemNative_GetHostEntryForName(NULL, 0, &entry), 6); /* EAI_BADARG */
    fake_section("connectx, multicast options, host names");
}

static void test_users(void) {
    struct DnSysPasswd pw;
    char buf[4096];
    CHECK_EQ_LL(SystemNative_GetPwNamR("root", &pw, buf, sizeof buf), 0);
    CHECK(pw.UserId == 0 && strcmp(pw.Name, "root") == 0);
    CHECK_EQ_LL(SystemNative_GetPwUidR(0, &pw, buf, sizeof buf), 0);
    CHECK_STR(pw.Name, "root");
    CHECK_EQ_LL(SystemNative_GetPwNamR("no-such-user-dotnative", &pw, buf, sizeof buf), -1);
    CHECK(pw.Name == NULL);
    CHECK_EQ_LL(SystemNative_GetPwNamR("root", &pw, buf, 1), ERANGE);
    uint32_t groups[64];
    int32_t ngroups = 64;
    int32_t count = SystemNative_GetGroupList("root", 0, groups, &ngroups);
    CHECK(count >= 1 && ngroups == count && groups[0] == 0);
    ngroups = 0;
    CHECK_EQ_LL(SystemNative_GetGroupList("root", 0, groups, &ngroups), -1); /* too small: the size needed */
    CHECK(ngroups >= 1);
    fake_section("user database");
}

int32_t test_main(DnArray *args) {
    (void)args;
    test_files();
    test_errors();
    test_environment();
    test_misc();
    test_socket_addresses();
    test_socket_options();
    test_socket_loopback();
    test_socket_extras();
    test_users();
    return fake_finish();
}
