/*
 * BSD sockets for System.Net.Sockets (libSystem.Native's networking functions).
 *
 * The managed side speaks in its own enums (AddressFamily, SocketType, ProtocolType,
 * SocketOptionLevel/Name, SocketFlags, SocketShutdown): every function converts them to the
 * platform's values here, and a value without a platform counterpart is refused with the PAL
 * error the managed code expects (EAFNOSUPPORT, EPROTOTYPE, EPROTONOSUPPORT, ENOTSUP). Unlike
 * the file functions, these return the PAL error code (Interop.Error) themselves instead of
 * -1 and errno; 0 is success. Socket addresses travel as raw `struct sockaddr` bytes that the
 * managed SocketAddress fills and reads through the Get/Set address helpers below.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

/* Interop.Sys.MessageHeader's iovecs are passed to sendmsg/recvmsg as they are. */
_Static_assert(sizeof(struct DnSysIOVector) == sizeof(struct iovec), "IOVector is an iovec");
_Static_assert(offsetof(struct DnSysIOVector, Count) == offsetof(struct iovec, iov_len), "IOVector.Count");

static int32_t pal(int platformErrno) { return SystemNative_ConvertErrorPlatformToPal(platformErrno); }
static int32_t pal_errno(void) { return pal(errno); }
static int32_t result(int rc) { return rc == 0 ? 0 : pal_errno(); }

/* ---- the managed enums ---- */

/* System.Net.Sockets.AddressFamily (Unknown -1, Unspecified 0, Unix 1, InterNetwork 2,
 * InterNetworkV6 23, Packet 65536, ControllerAreaNetwork 65537). */
enum { MAF_UNKNOWN = -1, MAF_UNSPEC = 0, MAF_UNIX = 1, MAF_INET = 2, MAF_INET6 = 23, MAF_PACKET = 65536, MAF_CAN = 65537 };
/* System.Net.Sockets.SocketType. */
enum { MST_UNKNOWN = -1, MST_STREAM = 1, MST_DGRAM = 2, MST_RAW = 3, MST_RDM = 4, MST_SEQPACKET = 5 };
/* System.Net.Sockets.ProtocolType (the values this shim knows). */
enum {
    MPT_UNKNOWN = -1, MPT_UNSPECIFIED = 0, MPT_ICMP = 1, MPT_IGMP = 2, MPT_TCP = 6, MPT_UDP = 17, MPT_ROUTING = 43,
    MPT_FRAGMENT = 44, MPT_ICMPV6 = 58, MPT_NONE = 59, MPT_DSTOPTS = 60, MPT_RAW = 255
};
/* System.Net.Sockets.SocketOptionLevel. */
enum { MLVL_IP = 0, MLVL_TCP = 6, MLVL_UDP = 17, MLVL_IPV6 = 41, MLVL_SOCKET = 0xffff };
/* System.Net.Sockets.SocketOptionName at level Socket ... */
enum {
    MSO_DEBUG = 0x1, MSO_ACCEPTCONN = 0x2, MSO_REUSEADDR = 0x4, MSO_KEEPALIVE = 0x8, MSO_DONTROUTE = 0x10,
    MSO_BROADCAST = 0x20, MSO_LINGER = 0x80, MSO_OOBINLINE = 0x100, MSO_EXCLUSIVEADDRUSE = ~MSO_REUSEADDR,
    MSO_SNDBUF = 0x1001, MSO_RCVBUF = 0x1002, MSO_SNDLOWAT = 0x1003, MSO_RCVLOWAT = 0x1004, MSO_SNDTIMEO = 0x1005,
    MSO_RCVTIMEO = 0x1006, MSO_ERROR = 0x1007, MSO_TYPE = 0x1008
};
/* ... at levels IP and IPv6 ... */
enum {
    MIP_OPTIONS = 1, MIP_HDRINCL = 2, MIP_TOS = 3, MIP_TTL = 4, MIP_MULTICAST_IF = 9, MIP_MULTICAST_TTL = 10,
    MIP_MULTICAST_LOOP = 11, MIP_ADD_MEMBERSHIP = 12, MIP_DROP_MEMBERSHIP = 13, MIP_DONTFRAGMENT = 14,
    MIP_ADD_SOURCE_MEMBERSHIP = 15, MIP_DROP_SOURCE_MEMBERSHIP = 16, MIP_BLOCK_SOURCE = 17, MIP_UNBLOCK_SOURCE = 18,
    MIP_PKTINFO = 19, MIPV6_HOPLIMIT = 21, MIPV6_V6ONLY = 27
};
/* ... and at level Tcp. */
enum { MTCP_NODELAY = 1, MTCP_KEEPALIVE_TIME = 3, MTCP_FASTOPEN = 15, MTCP_KEEPALIVE_RETRYCOUNT = 16, MTCP_KEEPALIVE_INTERVAL = 17 };
/* System.Net.Sockets.SocketFlags (DontWait and ErrQueue are used privately by Ping). */
enum { MSG_M_OOB = 0x1, MSG_M_PEEK = 0x2, MSG_M_DONTROUTE = 0x4, MSG_M_TRUNC = 0x100, MSG_M_CTRUNC = 0x200, MSG_M_DONTWAIT = 0x1000, MSG_M_ERRQUEUE = 0x2000 };

static bool family_to_platform(int32_t managed, sa_family_t *out) {
    switch (managed) {
    case MAF_UNSPEC: *out = AF_UNSPEC; return true;
    case MAF_UNIX: *out = AF_UNIX; return true;
    case MAF_INET: *out = AF_INET; return true;
    case MAF_INET6: *out = AF_INET6; return true;
#ifdef AF_PACKET
    case MAF_PACKET: *out = AF_PACKET; return true;
#endif
#ifdef AF_CAN
    case MAF_CAN: *out = AF_CAN; return true;
#endif
    default: return false;
    }
}

static int32_t family_to_managed(int platform) {
    switch (platform) {
    case AF_UNSPEC: return MAF_UNSPEC;
    case AF_UNIX: return MAF_UNIX;
    case AF_INET: return MAF_INET;
    case AF_INET6: return MAF_INET6;
#ifdef AF_PACKET
    case AF_PACKET: return MAF_PACKET;
#endif
#ifdef AF_CAN
    case AF_CAN: return MAF_CAN;
#endif
    default: return MAF_UNKNOWN;
    }
}

static const struct { int32_t managed; int platform; } socket_types[] = {
    {MST_STREAM, SOCK_STREAM}, {MST_DGRAM, SOCK_DGRAM}, {MST_RAW, SOCK_RAW}, {MST_RDM, SOCK_RDM}, {MST_SEQPACKET, SOCK_SEQPACKET},
};

static bool type_to_platform(int32_t managed, int *out) {
    for (size_t i = 0; i < sizeof socket_types / sizeof socket_types[0]; i++)
        if (socket_types[i].managed == managed) return *out = socket_types[i].platform, true;
    return false;
}

static int32_t type_to_managed(int platform) {
    for (size_t i = 0; i < sizeof socket_types / sizeof socket_types[0]; i++)
        if (socket_types[i].platform == platform) return socket_types[i].managed;
    return MST_UNKNOWN;
}

/* Protocols by address family: IPv4 and IPv6 know the IP protocols (IPv6 also its extension
 * headers, and takes Icmp for IcmpV6); packet sockets take the Ethernet protocol number as
 * is; CAN takes Raw; any family takes Unspecified (0). */
static const struct { int32_t managed; int platform; bool v4; } ip_protocols[] = {
    {MPT_TCP, IPPROTO_TCP, true},       {MPT_UDP, IPPROTO_UDP, true},           {MPT_ICMP, IPPROTO_ICMP, true},
    {MPT_IGMP, IPPROTO_IGMP, true},     {MPT_RAW, IPPROTO_RAW, true},           {MPT_ICMPV6, IPPROTO_ICMPV6, false},
    {MPT_DSTOPTS, IPPROTO_DSTOPTS, false}, {MPT_NONE, IPPROTO_NONE, false},     {MPT_ROUTING, IPPROTO_ROUTING, false},
    {MPT_FRAGMENT, IPPROTO_FRAGMENT, false},
};

static bool protocol_to_platform(int32_t family, int32_t managed, int *out) {
    if (family == MAF_PACKET) return *out = managed, true;
    if (managed == MPT_UNSPECIFIED) return *out = 0, true;
    if (family == MAF_INET6 && managed == MPT_ICMP) return *out = IPPROTO_ICMPV6, true;
#ifdef CAN_RAW
    if (family == MAF_CAN && managed == MPT_RAW) return *out = CAN_RAW, true;
#else
    if (family == MAF_CAN && managed == MPT_RAW) return *out = 1, true; /* linux/can.h's CAN_RAW */
#endif
    if (family != MAF_INET && family != MAF_INET6) return false;
    for (size_t i = 0; i < sizeof ip_protocols / sizeof ip_protocols[0]; i++)
        if (ip_protocols[i].managed == managed && (ip_protocols[i].v4 || family == MAF_INET6)) return *out = ip_protocols[i].platform, true;
    return false;
}

static int32_t protocol_to_managed(int32_t family, int platform) {
    if (family == MAF_PACKET) return platform;
    if (platform == 0) return MPT_UNSPECIFIED;
    if (family == MAF_CAN) return platform == 1 ? MPT_RAW : MPT_UNKNOWN;
    if (family != MAF_INET && family != MAF_INET6) return MPT_UNKNOWN;
    for (size_t i = 0; i < sizeof ip_protocols / sizeof ip_protocols[0]; i++)
        if (ip_protocols[i].platform == platform && (ip_protocols[i].v4 || family == MAF_INET6)) return ip_protocols[i].managed;
    return MPT_UNKNOWN;
}

/* The platform level and name of a managed socket option; false for the options the shim does
 * not offer (SO_EXCLUSIVEADDRUSE and SO_REUSEADDR are handled before, see SetSockOpt). */
static bool option_to_platform(int32_t level, int32_t name, int *outLevel, int *outName) {
    int n = -1;
    switch (level) {
    case MLVL_SOCKET:
        *outLevel = SOL_SOCKET;
        switch (name) {
        case MSO_DEBUG: n = SO_DEBUG; break;
        case MSO_ACCEPTCONN: n = SO_ACCEPTCONN; break;
        case MSO_REUSEADDR: n = SO_REUSEADDR; break;
        case MSO_KEEPALIVE: n = SO_KEEPALIVE; break;
        case MSO_DONTROUTE: n = SO_DONTROUTE; break;
        case MSO_BROADCAST: n = SO_BROADCAST; break;
        case MSO_LINGER: n = SO_LINGER; break;
        case MSO_OOBINLINE: n = SO_OOBINLINE; break;
        case MSO_SNDBUF: n = SO_SNDBUF; break;
        case MSO_RCVBUF: n = SO_RCVBUF; break;
        case MSO_SNDLOWAT: n = SO_SNDLOWAT; break;
        case MSO_RCVLOWAT: n = SO_RCVLOWAT; break;
        case MSO_SNDTIMEO: n = SO_SNDTIMEO; break;
        case MSO_RCVTIMEO: n = SO_RCVTIMEO; break;
        case MSO_ERROR: n = SO_ERROR; break;
        case MSO_TYPE: n = SO_TYPE; break;
        default: break;
        }
        break;
    case MLVL_IP:
        *outLevel = IPPROTO_IP;
        switch (name) {
        case MIP_OPTIONS: n = IP_OPTIONS; break;
        case MIP_HDRINCL: n = IP_HDRINCL; break;
        case MIP_TOS: n = IP_TOS; break;
        case MIP_TTL: n = IP_TTL; break;
        case MIP_MULTICAST_IF: n = IP_MULTICAST_IF; break;
        case MIP_MULTICAST_TTL: n = IP_MULTICAST_TTL; break;
        case MIP_MULTICAST_LOOP: n = IP_MULTICAST_LOOP; break;
        case MIP_ADD_MEMBERSHIP: n = IP_ADD_MEMBERSHIP; break;
        case MIP_DROP_MEMBERSHIP: n = IP_DROP_MEMBERSHIP; break;
#ifdef IP_MTU_DISCOVER
        case MIP_DONTFRAGMENT: n = IP_MTU_DISCOVER; break; /* the value is translated too */
#elif defined(IP_DONTFRAG)
        case MIP_DONTFRAGMENT: n = IP_DONTFRAG; break;
#endif
#ifdef IP_ADD_SOURCE_MEMBERSHIP
        case MIP_ADD_SOURCE_MEMBERSHIP: n = IP_ADD_SOURCE_MEMBERSHIP; break;
        case MIP_DROP_SOURCE_MEMBERSHIP: n = IP_DROP_SOURCE_MEMBERSHIP; break;
        case MIP_BLOCK_SOURCE: n = IP_BLOCK_SOURCE; break;
        case MIP_UNBLOCK_SOURCE: n = IP_UNBLOCK_SOURCE; break;
#endif
        case MIP_PKTINFO: n = IP_PKTINFO; break;
        default: break;
        }
        break;
    case MLVL_IPV6:
        *outLevel = IPPROTO_IPV6;
        switch (name) {
        case MIPV6_HOPLIMIT: n = IPV6_HOPLIMIT; break;
        case MIPV6_V6ONLY: n = IPV6_V6ONLY; break;
        case MIP_PKTINFO: n = IPV6_RECVPKTINFO; break;
        case MIP_MULTICAST_IF: n = IPV6_MULTICAST_IF; break;
        case MIP_MULTICAST_LOOP: n = IPV6_MULTICAST_LOOP; break;
        case MIP_MULTICAST_TTL: n = IPV6_MULTICAST_HOPS; break;
        case MIP_TTL: n = IPV6_UNICAST_HOPS; break;
        default: break;
        }
        break;
    case MLVL_TCP:
        *outLevel = IPPROTO_TCP;
        switch (name) {
        case MTCP_NODELAY: n = TCP_NODELAY; break;
#ifdef TCP_KEEPCNT
        case MTCP_KEEPALIVE_RETRYCOUNT: n = TCP_KEEPCNT; break;
#endif
#ifdef TCP_KEEPIDLE
        case MTCP_KEEPALIVE_TIME: n = TCP_KEEPIDLE; break;
#elif defined(TCP_KEEPALIVE)
        case MTCP_KEEPALIVE_TIME: n = TCP_KEEPALIVE; break;
#endif
#ifdef TCP_KEEPINTVL
        case MTCP_KEEPALIVE_INTERVAL: n = TCP_KEEPINTVL; break;
#endif
#ifdef TCP_FASTOPEN
        case MTCP_FASTOPEN: n = TCP_FASTOPEN; break;
#endif
        default: break;
        }
        break;
    default: /* Udp: none of its options exist on Unix */
        break;
    }
    *outName = n;
    return n != -1;
}

static bool flags_to_platform(int32_t managed, int *out) {
    static const struct { int32_t managed; int platform; } map[] = {
        {MSG_M_OOB, MSG_OOB},     {MSG_M_PEEK, MSG_PEEK},         {MSG_M_DONTROUTE, MSG_DONTROUTE}, {MSG_M_TRUNC, MSG_TRUNC},
        {MSG_M_CTRUNC, MSG_CTRUNC}, {MSG_M_DONTWAIT, MSG_DONTWAIT}, {MSG_M_ERRQUEUE, MSG_ERRQUEUE},
    };
    int flags = 0;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (managed & map[i].managed) flags |= map[i].platform;
        managed &= ~map[i].managed;
    }
    if (managed != 0) return false;
    *out = flags;
    return true;
}

/* recvmsg's msg_flags as SocketFlags (only what the managed side looks at). */
static int32_t flags_to_managed(int platform) {
    return ((platform & MSG_OOB) ? MSG_M_OOB : 0) | ((platform & MSG_DONTROUTE) ? MSG_M_DONTROUTE : 0) |
           ((platform & MSG_TRUNC) ? MSG_M_TRUNC : 0) | ((platform & MSG_CTRUNC) ? MSG_M_CTRUNC : 0);
}

/* ---- socket address buffers ---- */

int32_t SystemNative_GetSocketAddressSizes(int32_t *ipv4SocketAddressSize, int32_t *ipv6SocketAddressSize, int32_t *udsSocketAddressSize, int32_t *maxSocketAddressSize) {
    if (!ipv4SocketAddressSize || !ipv6SocketAddressSize || !udsSocketAddressSize || !maxSocketAddressSize) return pal(EFAULT);
    *ipv4SocketAddressSize = (int32_t)sizeof(struct sockaddr_in);
    *ipv6SocketAddressSize = (int32_t)sizeof(struct sockaddr_in6);
    *udsSocketAddressSize = (int32_t)sizeof(struct sockaddr_un);
    *maxSocketAddressSize = (int32_t)sizeof(struct sockaddr_storage);
    return 0;
}

int32_t SystemNative_GetMaximumAddressSize(void) { return (int32_t)sizeof(struct sockaddr_storage); }

void SystemNative_GetDomainSocketSizes(int32_t *pathOffset, int32_t *pathSize, int32_t *addressSize) {
    *pathOffset = (int32_t)offsetof(struct sockaddr_un, sun_path);
    *pathSize = (int32_t)sizeof(((struct sockaddr_un *)0)->sun_path);
    *addressSize = (int32_t)sizeof(struct sockaddr_un);
}

/* Linux reports IPv4 packet information on dual-mode (IPv6) sockets. */
int32_t SystemNative_PlatformSupportsDualModeIPv4PacketInfo(void) {
#ifdef __linux__
    return 1;
#else
    return 0;
#endif
}

/* Whether a buffer of `len` bytes holds the family field (every address begins with it). */
static bool has_family(const uint8_t *addr, int32_t len) {
    return addr != NULL && len >= 0 && (size_t)len >= offsetof(struct sockaddr, sa_family) + sizeof(sa_family_t);
}

static sa_family_t family_of(const uint8_t *addr) {
    struct sockaddr sa;
    memcpy(&sa, addr, offsetof(struct sockaddr, sa_family) + sizeof(sa_family_t));
    return sa.sa_family;
}

int32_t SystemNative_GetAddressFamily(const uint8_t *socketAddress, int32_t socketAddressLen, int32_t *addressFamily) {
    if (addressFamily == NULL || !has_family(socketAddress, socketAddressLen)) return pal(EFAULT);
    *addressFamily = family_to_managed(family_of(socketAddress));
    return 0;
}

int32_t SystemNative_SetAddressFamily(uint8_t *socketAddress, int32_t socketAddressLen, int32_t addressFamily) {
    if (!has_family(socketAddress, socketAddressLen)) return pal(EFAULT);
    sa_family_t f;
    if (!family_to_platform(addressFamily, &f)) return pal(EAFNOSUPPORT);
    memcpy(socketAddress + offsetof(struct sockaddr, sa_family), &f, sizeof f);
    return 0;
}

/* The port of an IPv4 or IPv6 address sits at the same place in both (network order). */
_Static_assert(offsetof(struct sockaddr_in, sin_port) == offsetof(struct sockaddr_in6, sin6_port), "port offset");

static int32_t port_field(const uint8_t *addr, int32_t len, size_t *offset) {
    if (!has_family(addr, len)) return pal(EFAULT);
    sa_family_t f = family_of(addr);
    size_t need;
    if (f == AF_INET) need = sizeof(struct sockaddr_in);
    else if (f == AF_INET6) need = sizeof(struct sockaddr_in6);
    else return pal(EAFNOSUPPORT);
    if ((size_t)len < need) return pal(EFAULT);
    *offset = offsetof(struct sockaddr_in, sin_port);
    return 0;
}

int32_t SystemNative_GetPort(const uint8_t *socketAddress, int32_t socketAddressLen, uint16_t *port) {
    size_t at;
    int32_t e = port_field(socketAddress, socketAddressLen, &at);
    if (e != 0) return e;
    uint16_t net;
    memcpy(&net, socketAddress + at, sizeof net);
    *port = ntohs(net);
    return 0;
}

int32_t SystemNative_SetPort(uint8_t *socketAddress, int32_t socketAddressLen, uint16_t port) {
    size_t at;
    int32_t e = port_field(socketAddress, socketAddressLen, &at);
    if (e != 0) return e;
    uint16_t net = htons(port);
    memcpy(socketAddress + at, &net, sizeof net);
    return 0;
}

/* The address buffer checks of the IPv4/IPv6 accessors: big enough for the family's struct
 * (EFAULT) and of that family (EINVAL). */
static int32_t check_ip(const uint8_t *addr, int32_t len, sa_family_t family, size_t size) {
    if (addr == NULL || len < 0 || (size_t)len < size) return pal(EFAULT);
    return family_of(addr) == family ? 0 : pal(EINVAL);
}

/* IPv4 addresses are exchanged in network byte order. */
int32_t SystemNative_GetIPv4Address(const uint8_t *socketAddress, int32_t socketAddressLen, uint32_t *address) {
    if (address == NULL) return pal(EFAULT);
    int32_t e = check_ip(socketAddress, socketAddressLen, AF_INET, sizeof(struct sockaddr_in));
    if (e != 0) return e;
    struct sockaddr_in sin;
    memcpy(&sin, socketAddress, sizeof sin);
    *address = sin.sin_addr.s_addr;
    return 0;
}

int32_t SystemNative_SetIPv4Address(uint8_t *socketAddress, int32_t socketAddressLen, uint32_t address) {
    int32_t e = check_ip(socketAddress, socketAddressLen, AF_INET, sizeof(struct sockaddr_in));
    if (e != 0) return e;
    struct sockaddr_in sin;
    memcpy(&sin, socketAddress, sizeof sin);
    sin.sin_addr.s_addr = address;
    memcpy(socketAddress, &sin, sizeof sin);
    return 0;
}

int32_t SystemNative_GetIPv6Address(const uint8_t *socketAddress, int32_t socketAddressLen, uint8_t *address, int32_t addressLen, uint32_t *scopeId) {
    if (address == NULL || scopeId == NULL || addressLen < 16) return pal(EFAULT);
    int32_t e = check_ip(socketAddress, socketAddressLen, AF_INET6, sizeof(struct sockaddr_in6));
    if (e != 0) return e;
    struct sockaddr_in6 sin6;
    memcpy(&sin6, socketAddress, sizeof sin6);
    memcpy(address, sin6.sin6_addr.s6_addr, 16);
    *scopeId = sin6.sin6_scope_id;
    return 0;
}

/* Setting an IPv6 address also clears the flow label. */
int32_t SystemNative_SetIPv6Address(uint8_t *socketAddress, int32_t socketAddressLen, uint8_t *address, int32_t addressLen, uint32_t scopeId) {
    if (address == NULL || addressLen < 16) return pal(EFAULT);
    int32_t e = check_ip(socketAddress, socketAddressLen, AF_INET6, sizeof(struct sockaddr_in6));
    if (e != 0) return e;
    struct sockaddr_in6 sin6;
    memcpy(&sin6, socketAddress, sizeof sin6);
    memcpy(sin6.sin6_addr.s6_addr, address, 16);
    sin6.sin6_flowinfo = 0;
    sin6.sin6_scope_id = scopeId;
    memcpy(socketAddress, &sin6, sizeof sin6);
    return 0;
}

/* ---- creating, connecting, closing ---- */

int32_t SystemNative_Socket(int32_t addressFamily, int32_t socketType, int32_t protocolType, intptr_t *createdSocket) {
    if (createdSocket == NULL) return pal(EFAULT);
    *createdSocket = -1;
    sa_family_t family;
    int type, protocol;
    if (!family_to_platform(addressFamily, &family)) return pal(EAFNOSUPPORT);
    if (!type_to_platform(socketType, &type)) return pal(EPROTOTYPE);
    if (!protocol_to_platform(addressFamily, protocolType, &protocol)) return pal(EPROTONOSUPPORT);
    int fd = socket(family, type | SOCK_CLOEXEC, protocol);
    if (fd < 0) return pal_errno();
    *createdSocket = fd;
    return 0;
}

int32_t SystemNative_GetSocketType(intptr_t socket, int32_t *addressFamily, int32_t *socketType, int32_t *protocolType, int32_t *isListening) {
    if (!addressFamily || !socketType || !protocolType || !isListening) return pal(EFAULT);
    int fd = (int)socket, v;
    socklen_t len = sizeof v;
    *addressFamily = getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &len) == 0 ? family_to_managed(v) : MAF_UNKNOWN;
    len = sizeof v;
    *socketType = getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len) == 0 ? type_to_managed(v) : MST_UNKNOWN;
    len = sizeof v;
    *protocolType = getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &len) == 0 ? protocol_to_managed(*addressFamily, v) : MPT_UNKNOWN;
    len = sizeof v;
    *isListening = getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &len) == 0 && v != 0;
    return 0;
}

int32_t SystemNative_Bind(intptr_t socket, int32_t protocolType, uint8_t *socketAddress, int32_t socketAddressLen) {
    if (socketAddress == NULL || socketAddressLen < 0) return pal(EFAULT);
    /* Windows lets a TCP socket bind to an address still in TIME_WAIT; SO_REUSEADDR does on Unix. */
    if (protocolType == MPT_TCP) {
        int one = 1;
        (void)setsockopt((int)socket, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    }
    return result(bind((int)socket, (struct sockaddr *)(void *)socketAddress, (socklen_t)socketAddressLen));
}

int32_t SystemNative_Listen(intptr_t socket, int32_t backlog) { return result(listen((int)socket, backlog)); }

int32_t SystemNative_Connect(intptr_t socket, uint8_t *socketAddress, int32_t socketAddressLen) {
    if (socketAddress == NULL || socketAddressLen < 0) return pal(EFAULT);
    int rc;
    while ((rc = connect((int)socket, (struct sockaddr *)(void *)socketAddress, (socklen_t)socketAddressLen)) < 0 && errno == EINTR) {
    }
    return result(rc);
}

/*
 * Connect with data sent in the handshake (macOS's connectx). Linux's counterpart is TCP Fast
 * Open through sendto(MSG_FASTOPEN); without Fast Open the data stays unsent (*sent = 0) and
 * the caller sends it after the connection completes.
 */
int32_t SystemNative_Connectx(intptr_t socket, uint8_t *socketAddress, int32_t socketAddressLen, uint8_t *data, int32_t dataLen, int32_t tfo, int32_t *sent) {
    if (socketAddress == NULL || socketAddressLen < 0 || sent == NULL || dataLen < 0 || (data == NULL && dataLen > 0)) return pal(EFAULT);
    *sent = 0;
#ifdef MSG_FASTOPEN
    if (tfo != 0 && dataLen > 0) {
        ssize_t n;
        while ((n = sendto((int)socket, data, (size_t)dataLen, MSG_FASTOPEN | MSG_NOSIGNAL, (struct sockaddr *)(void *)socketAddress, (socklen_t)socketAddressLen)) < 0 && errno == EINTR) {
        }
        if (n >= 0) {
            *sent = (int32_t)n;
            return 0;
        }
        /* A non-blocking socket's connection is under way: report it as connect does. */
        if (errno != EOPNOTSUPP) return pal_errno();
    }
#else
    (void)tfo;
#endif
    return SystemNative_Connect(socket, socketAddress, socketAddressLen);
}

/* The accepted socket is close-on-exec and blocking (Linux's accept4 does not inherit O_NONBLOCK). */
int32_t SystemNative_Accept(intptr_t socket, uint8_t *socketAddress, int32_t *socketAddressLen, intptr_t *acceptedSocket) {
    if (socketAddress == NULL || socketAddressLen == NULL || acceptedSocket == NULL || *socketAddressLen < 0) return pal(EFAULT);
    socklen_t len = (socklen_t)*socketAddressLen;
    int fd;
    while ((fd = accept4((int)socket, (struct sockaddr *)(void *)socketAddress, &len, SOCK_CLOEXEC)) < 0 && errno == EINTR) {
    }
    if (fd < 0) {
        *acceptedSocket = -1;
        return pal_errno();
    }
    *socketAddressLen = (int32_t)len;
    *acceptedSocket = fd;
    return 0;
}

/* Linux accepts SocketShutdown's values (Receive 0, Send 1, Both 2) as SHUT_RD/WR/RDWR; others are refused. */
int32_t SystemNative_Shutdown(intptr_t socket, int32_t socketShutdown) {
    int how;
    switch (socketShutdown) {
    case 0: how = SHUT_RD; break;
    case 1: how = SHUT_WR; break;
    case 2: how = SHUT_RDWR; break;
    default: return pal(EINVAL);
    }
    return result(shutdown((int)socket, how));
}

/* Connecting to AF_UNSPEC dissolves the association (an abortive close for TCP); kernels that
 * refuse it get a shutdown of both directions instead. */
int32_t SystemNative_Disconnect(intptr_t socket) {
    struct sockaddr unspec;
    memset(&unspec, 0, sizeof unspec);
    unspec.sa_family = AF_UNSPEC;
    int rc = connect((int)socket, &unspec, sizeof unspec);
    if (rc != 0) rc = shutdown((int)socket, SHUT_RDWR);
    return result(rc);
}

int32_t SystemNative_GetPeerName(intptr_t socket, uint8_t *socketAddress, int32_t *socketAddressLen) {
    if (socketAddress == NULL || socketAddressLen == NULL || *socketAddressLen < 0) return pal(EFAULT);
    socklen_t len = (socklen_t)*socketAddressLen;
    if (getpeername((int)socket, (struct sockaddr *)(void *)socketAddress, &len) != 0) return pal_errno();
    *socketAddressLen = (int32_t)len;
    return 0;
}

int32_t SystemNative_GetSockName(intptr_t socket, uint8_t *socketAddress, int32_t *socketAddressLen) {
    if (socketAddress == NULL || socketAddressLen == NULL || *socketAddressLen < 0) return pal(EFAULT);
    socklen_t len = (socklen_t)*socketAddressLen;
    if (getsockname((int)socket, (struct sockaddr *)(void *)socketAddress, &len) != 0) return pal_errno();
    *socketAddressLen = (int32_t)len;
    return 0;
}

int32_t SystemNative_GetBytesAvailable(intptr_t socket, int32_t *available) {
    if (available == NULL) return pal(EFAULT);
    int n = 0, rc;
    while ((rc = ioctl((int)socket, FIONREAD, &n)) < 0 && errno == EINTR) {
    }
    *available = rc < 0 ? 0 : n;
    return rc < 0 ? pal_errno() : 0;
}

/* ---- sending and receiving ---- */

int32_t SystemNative_Send(intptr_t socket, void *buffer, int32_t bufferLen, int32_t flags, int32_t *sent) {
    if (buffer == NULL || bufferLen < 0 || sent == NULL) return pal(EFAULT);
    int native;
    if (!flags_to_platform(flags, &native)) return pal(ENOTSUP);
    ssize_t n;
    while ((n = send((int)socket, buffer, (size_t)bufferLen, native)) < 0 && errno == EINTR) {
    }
    *sent = n < 0 ? 0 : (int32_t)n;
    return n < 0 ? pal_errno() : 0;
}

int32_t SystemNative_Receive(intptr_t socket, void *buffer, int32_t bufferLen, int32_t flags, int32_t *received) {
    if (buffer == NULL || bufferLen < 0 || received == NULL) return pal(EFAULT);
    int native;
    if (!flags_to_platform(flags, &native)) return pal(ENOTSUP);
    ssize_t n;
    while ((n = recv((int)socket, buffer, (size_t)bufferLen, native)) < 0 && errno == EINTR) {
    }
    *received = n < 0 ? 0 : (int32_t)n;
    return n < 0 ? pal_errno() : 0;
}

static bool is_stream(int fd) {
    int type = 0;
    socklen_t len = sizeof type;
    return getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0 && type == SOCK_STREAM;
}

/* A MessageHeader as a msghdr. More than IOV_MAX buffers would fail with EMSGSIZE; a stream
 * socket may transfer less than asked, so it is given the first IOV_MAX. */
static void to_msghdr(struct msghdr *m, const struct DnSysMessageHeader *h, int fd) {
    memset(m, 0, sizeof *m);
    int count = h->IOVectorCount;
    if (count > IOV_MAX && is_stream(fd)) count = IOV_MAX;
    m->msg_name = h->SocketAddress;
    m->msg_namelen = (socklen_t)h->SocketAddressLen;
    m->msg_iov = (struct iovec *)(void *)h->IOVectors;
    m->msg_iovlen = (size_t)count;
    m->msg_control = h->ControlBuffer;
    m->msg_controllen = (size_t)h->ControlBufferLen;
}

static bool header_ok(const struct DnSysMessageHeader *h) {
    return h != NULL && h->SocketAddressLen >= 0 && h->ControlBufferLen >= 0 && h->IOVectorCount >= 0;
}

int32_t SystemNative_SendMessage(intptr_t socket, struct DnSysMessageHeader *messageHeader, int32_t flags, int64_t *sent) {
    if (!header_ok(messageHeader) || sent == NULL) return pal(EFAULT);
    int native;
    if (!flags_to_platform(flags, &native)) return pal(ENOTSUP);
    struct msghdr m;
    to_msghdr(&m, messageHeader, (int)socket);
    ssize_t n;
    while ((n = sendmsg((int)socket, &m, native)) < 0 && errno == EINTR) {
    }
    *sent = n < 0 ? 0 : (int64_t)n;
    return n < 0 ? pal_errno() : 0;
}

/* Reports back the source address's length, the control data's length and the message flags. */
int32_t SystemNative_ReceiveMessage(intptr_t socket, struct DnSysMessageHeader *messageHeader, int32_t flags, int64_t *received) {
    if (!header_ok(messageHeader) || received == NULL) return pal(EFAULT);
    int native;
    if (!flags_to_platform(flags, &native)) return pal(ENOTSUP);
    struct msghdr m;
    to_msghdr(&m, messageHeader, (int)socket);
    ssize_t n;
    while ((n = recvmsg((int)socket, &m, native)) < 0 && errno == EINTR) {
    }
    if ((int32_t)m.msg_namelen < messageHeader->SocketAddressLen) messageHeader->SocketAddressLen = (int32_t)m.msg_namelen;
    if (m.msg_controllen < (size_t)messageHeader->ControlBufferLen) messageHeader->ControlBufferLen = (int32_t)m.msg_controllen;
    messageHeader->Flags = flags_to_managed(m.msg_flags);
    *received = n < 0 ? 0 : (int64_t)n;
    return n < 0 ? pal_errno() : 0;
}

/* ---- options ---- */

/* Windows' address reuse modes on Unix: SO_REUSEADDR and its inverse SO_EXCLUSIVEADDRUSE both
 * control SO_REUSEPORT and SO_REUSEADDR together (reading answers from SO_REUSEPORT). */
static bool is_reuse_option(int32_t level, int32_t name) {
    return level == MLVL_SOCKET && (name == MSO_REUSEADDR || name == MSO_EXCLUSIVEADDRUSE);
}

int32_t SystemNative_GetSockOpt(intptr_t socket, int32_t socketOptionLevel, int32_t socketOptionName, uint8_t *optionValue, int32_t *optionLen) {
    if (optionLen == NULL || *optionLen < 0) return pal(EFAULT);
    int fd = (int)socket;
    if (is_reuse_option(socketOptionLevel, socketOptionName)) {
        if (*optionLen != (int32_t)sizeof(int32_t)) return pal(EINVAL);
        int v = 0;
        socklen_t len = sizeof v;
#ifdef SO_REUSEPORT
        if (getsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &v, &len) != 0) return pal_errno();
#else
        if (getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &v, &len) != 0) return pal_errno();
#endif
        int32_t on = v != 0;
        if (socketOptionName == MSO_EXCLUSIVEADDRUSE) on = !on;
        memcpy(optionValue, &on, sizeof on);
        return 0;
    }
    int level, name;
    if (!option_to_platform(socketOptionLevel, socketOptionName, &level, &name)) return pal(ENOTSUP);
    socklen_t len = (socklen_t)*optionLen;
    if (getsockopt(fd, level, name, optionValue, &len) != 0) return pal_errno();
#ifdef IP_MTU_DISCOVER
    /* DontFragment reads as a boolean: path MTU discovery "do" (never fragment). */
    if (socketOptionLevel == MLVL_IP && socketOptionName == MIP_DONTFRAGMENT) {
        if (len >= sizeof(int)) {
            int v;
            memcpy(&v, optionValue, sizeof v);
            v = v == IP_PMTUDISC_DO;
            memcpy(optionValue, &v, sizeof v);
        } else if (len >= 1) {
            optionValue[0] = optionValue[0] == IP_PMTUDISC_DO;
        }
    }
#endif
    if (socketOptionLevel == MLVL_SOCKET && socketOptionName == MSO_TYPE) {
        int v;
        if (len != sizeof(int) || *optionLen < (int32_t)sizeof(int32_t)) return pal(ENOTSUP);
        memcpy(&v, optionValue, sizeof v);
        int32_t managed = type_to_managed(v);
        if (managed == MST_UNKNOWN) return pal(ENOTSUP);
        memcpy(optionValue, &managed, sizeof managed);
        len = sizeof(int32_t);
    }
    *optionLen = (int32_t)len;
    return 0;
}

int32_t SystemNative_SetSockOpt(intptr_t socket, int32_t socketOptionLevel, int32_t socketOptionName, uint8_t *optionValue, int32_t optionLen) {
    if (optionValue == NULL || optionLen < 0) return pal(EFAULT);
    int fd = (int)socket;
    if (is_reuse_option(socketOptionLevel, socketOptionName)) {
        if (optionLen != (int32_t)sizeof(int32_t)) return pal(EINVAL);
        int32_t v;
        memcpy(&v, optionValue, sizeof v);
        if (socketOptionName == MSO_EXCLUSIVEADDRUSE) {
            if (v != 0 && v != 1) return pal(EINVAL);
            v = !v;
        }
        int value = v;
#ifdef SO_REUSEPORT
        if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &value, sizeof value) != 0) return pal_errno();
#endif
        return result(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &value, sizeof value));
    }
#ifdef IP_MTU_DISCOVER
    /* DontFragment is a boolean to the managed side: on is "do" path MTU discovery, off "don't".
     * The caller's buffer is rewritten in place, as the managed side expects nothing back. */
    if (socketOptionLevel == MLVL_IP && socketOptionName == MIP_DONTFRAGMENT) {
        if ((size_t)optionLen >= sizeof(int)) {
            int v;
            memcpy(&v, optionValue, sizeof v);
            v = v != 0 ? IP_PMTUDISC_DO : IP_PMTUDISC_DONT;
            memcpy(optionValue, &v, sizeof v);
        } else if (optionLen >= 1) {
            optionValue[0] = optionValue[0] != 0 ? IP_PMTUDISC_DO : IP_PMTUDISC_DONT;
        }
    }
#endif
    int level, name;
    if (!option_to_platform(socketOptionLevel, socketOptionName, &level, &name)) return pal(ENOTSUP);
    return result(setsockopt(fd, level, name, optionValue, (socklen_t)optionLen));
}

int32_t SystemNative_GetSocketErrorOption(intptr_t socket, int32_t *error) {
    if (error == NULL) return pal(EFAULT);
    int e = 0;
    socklen_t len = sizeof e;
    if (getsockopt((int)socket, SOL_SOCKET, SO_ERROR, &e, &len) != 0) return pal_errno();
    *error = pal(e);
    return 0;
}

/* A linger time above 65535 seconds (Windows' limit) is refused. */
int32_t SystemNative_SetLingerOption(intptr_t socket, struct DnSysLingerOption *option) {
    if (option == NULL) return pal(EFAULT);
    if (option->OnOff != 0 && (option->Seconds < 0 || option->Seconds > 65535)) return pal(EINVAL);
    struct linger l;
    memset(&l, 0, sizeof l);
    l.l_onoff = option->OnOff;
    l.l_linger = option->Seconds;
    return result(setsockopt((int)socket, SOL_SOCKET, SO_LINGER, &l, sizeof l));
}

int32_t SystemNative_GetLingerOption(intptr_t socket, struct DnSysLingerOption *option) {
    if (option == NULL) return pal(EFAULT);
    struct linger l;
    socklen_t len = sizeof l;
    if (getsockopt((int)socket, SOL_SOCKET, SO_LINGER, &l, &len) != 0) return pal_errno();
    option->OnOff = l.l_onoff;
    option->Seconds = l.l_linger;
    return 0;
}

static int32_t set_timeout(intptr_t socket, int32_t milliseconds, int name) {
    if (milliseconds < 0) return pal(EINVAL);
    struct timeval tv;
    tv.tv_sec = milliseconds / 1000;
    tv.tv_usec = (milliseconds % 1000) * 1000;
    return result(setsockopt((int)socket, SOL_SOCKET, name, &tv, sizeof tv));
}

int32_t SystemNative_SetReceiveTimeout(intptr_t socket, int32_t millisecondsTimeout) { return set_timeout(socket, millisecondsTimeout, SO_RCVTIMEO); }

int32_t SystemNative_SetSendTimeout(intptr_t socket, int32_t millisecondsTimeout) { return set_timeout(socket, millisecondsTimeout, SO_SNDTIMEO); }
