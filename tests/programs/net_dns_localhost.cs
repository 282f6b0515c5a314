// Name resolution without a network: Dns.GetHostEntry / GetHostAddresses("localhost") answer
// the loopback addresses (from /etc/hosts), each once, and GetHostEntry(127.0.0.1) looks it up
// in reverse first; an IPv6 address scoped by an interface
// name ("%lo") gets that interface's index; multicast memberships are joined, left and (not)
// read back as the platform allows.
using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;

static class Program
{
    static int Main()
    {
        IPHostEntry entry = Dns.GetHostEntry("localhost");
        Console.WriteLine($"HostName: {entry.HostName}");
        Console.WriteLine($"has 127.0.0.1: {entry.AddressList.Contains(IPAddress.Loopback)}");
        Console.WriteLine($"all loopback: {entry.AddressList.All(IPAddress.IsLoopback)}");
        Console.WriteLine($"distinct: {entry.AddressList.Distinct().Count() == entry.AddressList.Length}");
        Console.WriteLine($"aliases: {entry.Aliases.Length}");
        // An address is looked up in reverse (getnameinfo), then its name forward.
        IPHostEntry reverse = Dns.GetHostEntry(IPAddress.Loopback);
        Console.WriteLine($"127.0.0.1 named: {reverse.HostName.Length > 0}, has 127.0.0.1: {reverse.AddressList.Contains(IPAddress.Loopback)}");
        IPAddress[] v4 = Dns.GetHostAddresses("localhost", AddressFamily.InterNetwork);
        Console.WriteLine($"IPv4 only: {string.Join(", ", v4.Select(a => a.ToString()))}");

        IPAddress scoped = IPAddress.Parse("fe80::1%lo");
        Console.WriteLine($"fe80::1%lo scope > 0: {scoped.ScopeId > 0}");

        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            udp.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(IPAddress.Parse("239.1.2.3"), IPAddress.Loopback));
            Console.WriteLine("joined 239.1.2.3 on loopback");
            udp.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.DropMembership, new MulticastOption(IPAddress.Parse("239.1.2.3"), IPAddress.Loopback));
            Console.WriteLine("left 239.1.2.3");
        }
        catch (SocketException e)
        {
            Console.WriteLine($"join: {e.SocketErrorCode}");
        }
        try
        {
            object o = udp.GetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership);
            Console.WriteLine($"read membership: {o}");
        }
        catch (SocketException e)
        {
            Console.WriteLine($"read membership: {e.SocketErrorCode}");
        }
        try
        {
            using var udp6 = new Socket(AddressFamily.InterNetworkV6, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                udp6.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.AddMembership, new IPv6MulticastOption(IPAddress.Parse("ff02::1:3"), scoped.ScopeId));
                Console.WriteLine("joined ff02::1:3");
            }
            catch (SocketException e)
            {
                Console.WriteLine($"join v6: {e.SocketErrorCode}");
            }
            try
            {
                object o = udp6.GetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.AddMembership);
                Console.WriteLine($"read v6 membership: {o}");
            }
            catch (SocketException e)
            {
                Console.WriteLine($"read v6 membership: {e.SocketErrorCode}");
            }
        }
        catch (SocketException e)
        {
            Console.WriteLine($"IPv6 socket: {e.SocketErrorCode}");
        }
        return 100;
    }
}
