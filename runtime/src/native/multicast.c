/*
 * Multicast group membership for System.Net.Sockets (Socket.SetSocketOption/GetSocketOption
 * with AddMembership, DropMembership and, for IPv4, MulticastInterface). The managed side
 * passes Interop.Sys.IPv4MulticastOption / IPv6MulticastOption; like the other socket
 * functions (sockets.c) these return the PAL error (Interop.Error), 0 on success.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>

static int32_t pal(int platformErrno) { return SystemNative_ConvertErrorPlatformToPal(platformErrno); }
static int32_t result(int rc) { return rc == 0 ? 0 : pal(errno); }

/* Interop.Sys.MulticastOption. */
enum { MMC_ADD = 0, MMC_DROP = 1, MMC_IF = 2 };

static bool ipv4_name(int32_t option, int *name) {
    switch (option) {
    case MMC_ADD: *name = IP_ADD_MEMBERSHIP; return true;
    case MMC_DROP: *name = IP_DROP_MEMBERSHIP; return true;
    case MMC_IF: *name = IP_MULTICAST_IF; return true;
    default: return false;
    }
}

/* IPv6 has no multicast-interface form of the option (IPV6_MULTICAST_IF takes an index alone). */
static bool ipv6_name(int32_t option, int *name) {
    switch (option) {
    case MMC_ADD: *name = IPV6_ADD_MEMBERSHIP; return true;
    case MMC_DROP: *name = IPV6_DROP_MEMBERSHIP; return true;
    default: return false;
    }
}

/* Addresses in network order; the interface by index (ip_mreqn) where the platform has it. */
int32_t SystemNative_SetIPv4MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv4MulticastOption *option) {
    if (option == NULL) return pal(EFAULT);
    int name;
    if (!ipv4_name(multicastOption, &name)) return pal(EINVAL);
#ifdef __linux__
    struct ip_mreqn req;
    memset(&req, 0, sizeof req);
    req.imr_multiaddr.s_addr = option->MulticastAddress;
    req.imr_address.s_addr = option->LocalAddress;
    req.imr_ifindex = option->InterfaceIndex;
#else
    struct ip_mreq req;
    memset(&req, 0, sizeof req);
    req.imr_multiaddr.s_addr = option->MulticastAddress;
    req.imr_interface.s_addr = option->LocalAddress;
    if (option->InterfaceIndex != 0) return pal(ENOPROTOOPT);
#endif
    return result(setsockopt((int)socket, IPPROTO_IP, name, &req, sizeof req));
}

/* What the platform answers for the option (Linux answers IP_MULTICAST_IF, not the memberships). */
int32_t SystemNative_GetIPv4MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv4MulticastOption *option) {
    if (option == NULL) return pal(EFAULT);
    int name;
    if (!ipv4_name(multicastOption, &name)) return pal(EINVAL);
#ifdef __linux__
    struct ip_mreqn req;
#else
    struct ip_mreq req;
#endif
    memset(&req, 0, sizeof req);
    socklen_t len = sizeof req;
    if (getsockopt((int)socket, IPPROTO_IP, name, &req, &len) != 0) return pal(errno);
    memset(option, 0, sizeof *option);
    option->MulticastAddress = req.imr_multiaddr.s_addr;
#ifdef __linux__
    /* IP_MULTICAST_IF may answer a bare in_addr (the interface's address). */
    if (len == sizeof(struct in_addr)) {
        option->MulticastAddress = 0;
        memcpy(&option->LocalAddress, &req, sizeof(struct in_addr));
    } else {
        option->LocalAddress = req.imr_address.s_addr;
        option->InterfaceIndex = req.imr_ifindex;
    }
#else
    option->LocalAddress = req.imr_interface.s_addr;
#endif
    return 0;
}

int32_t SystemNative_SetIPv6MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv6MulticastOption *option) {
    if (option == NULL) return pal(EFAULT);
    int name;
    if (!ipv6_name(multicastOption, &name)) return pal(EINVAL);
    struct ipv6_mreq req;
    memset(&req, 0, sizeof req);
    memcpy(&req.ipv6mr_multiaddr, option->Address.Address, sizeof req.ipv6mr_multiaddr);
    req.ipv6mr_interface = (unsigned)option->InterfaceIndex;
    return result(setsockopt((int)socket, IPPROTO_IPV6, name, &req, sizeof req));
}

/* Memberships cannot be read back on Linux (ENOPROTOOPT), which the caller reports as CoreCLR's shim does. */
int32_t SystemNative_GetIPv6MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv6MulticastOption *option) {
    if (option == NULL) return pal(EFAULT);
    int name;
    if (!ipv6_name(multicastOption, &name)) return pal(EINVAL);
    struct ipv6_mreq req;
    memset(&req, 0, sizeof req);
    socklen_t len = sizeof req;
    if (getsockopt((int)socket, IPPROTO_IPV6, name, &req, &len) != 0) return pal(errno);
    memset(option, 0, sizeof *option);
    memcpy(option->Address.Address, &req.ipv6mr_multiaddr, sizeof req.ipv6mr_multiaddr);
    option->Address.IsIPv6 = 1;
    option->InterfaceIndex = (int32_t)req.ipv6mr_interface;
    return 0;
}
