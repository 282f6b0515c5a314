// Name resolution without a network: Dns.GetHostEntry / GetHostAddresses("localhost") answer
// the loopback addresses (from /etc/hosts), each once; an IPv6 address scoped by an interface
// name ("%lo") gets that interface's index; IPv4 multicast interface options round-trip.
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
        IPAddress[] v4 = Dns.GetHostAddresses("localhost", AddressFamily.InterNetwork);
        Console.WriteLine($"IPv4 only: {string.Join(", ", v4.Select(a => a.ToString()))}");

        IPAddress scoped = IPAddress.Parse("fe80::1%lo");
        Console.WriteLine($"fe80::1%lo scope > 0: {scoped.ScopeId > 0}");

        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, new MulticastOption(IPAddress.Parse("239.1.2.3"), IPAddress.Loopback));
        try
        {
            udp.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(IPAddress.Parse("239.1.2.3"), IPAddress.Loopback));
            Console.WriteLine("joined 239.1.2.3 on loopback");
        }
        catch (SocketException e)
        {
            Console.WriteLine($"join: {e.SocketErrorCode}");
        }
        return 100;
    }
}
