// System.Net.Sockets, synchronously, over the loopback interface: a TCP listener on an
// ephemeral port, a client that connects, bytes sent and received both ways, the endpoints
// (printed without their port numbers), Available, socket options (NoDelay, ReceiveBufferSize,
// ReuseAddress, Linger, timeouts), Shutdown and the end of the stream it causes, and a UDP
// datagram with SendTo/ReceiveFrom. Everything that reaches libSystem.Native's socket functions
// goes through the address helpers (SocketAddress), Socket/Bind/Listen/Connect/Accept,
// Send/Receive, SendMessage/ReceiveMessage and Get/SetSockOpt.
using System;
using System.Net;
using System.Net.Sockets;
using System.Text;

static class Program
{
    static int failures;

    static void Check(string what, bool ok)
    {
        Console.WriteLine($"{what}: {(ok ? "ok" : "FAILED")}");
        if (!ok) failures++;
    }

    static byte[] ReceiveExactly(Socket s, int count)
    {
        var buffer = new byte[count];
        int got = 0;
        while (got < count)
        {
            int n = s.Receive(buffer, got, count - got, SocketFlags.None);
            if (n == 0) break;
            got += n;
        }
        return got == count ? buffer : buffer[..got];
    }

    static void Tcp()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4);
        var listening = (IPEndPoint)listener.LocalEndPoint!;
        Console.WriteLine($"listener on {listening.Address}, family {listening.AddressFamily}");
        Check("ephemeral port assigned", listening.Port > 0);
        Check("listener type", listener.SocketType == SocketType.Stream && listener.ProtocolType == ProtocolType.Tcp);

        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listening);
        using var server = listener.Accept();
        Check("client connected", client.Connected);
        Check("accepted connected", server.Connected);

        var clientLocal = (IPEndPoint)client.LocalEndPoint!;
        var clientRemote = (IPEndPoint)client.RemoteEndPoint!;
        var serverLocal = (IPEndPoint)server.LocalEndPoint!;
        var serverRemote = (IPEndPoint)server.RemoteEndPoint!;
        Console.WriteLine($"client {clientLocal.Address} -> {clientRemote.Address}");
        Console.WriteLine($"server {serverLocal.Address} <- {serverRemote.Address}");
        Check("client's remote is the listener", clientRemote.Equals(listening));
        Check("server's local is the listener's port", serverLocal.Port == listening.Port);
        Check("server's remote is the client", serverRemote.Equals(clientLocal));
        Check("client port differs", clientLocal.Port != listening.Port);

        byte[] hello = Encoding.UTF8.GetBytes("hello from the client");
        Check("client sent all", client.Send(hello) == hello.Length);
        byte[] got = ReceiveExactly(server, hello.Length);
        Console.WriteLine($"server received [{Encoding.UTF8.GetString(got)}]");

        byte[] reply = new byte[3000];
        for (int i = 0; i < reply.Length; i++) reply[i] = (byte)(i * 7);
        Check("server sent all", server.Send(reply, 0, reply.Length, SocketFlags.None) == reply.Length);
        byte[] back = ReceiveExactly(client, reply.Length);
        Check("client received the reply intact", back.AsSpan().SequenceEqual(reply));

        // Available: the bytes queued for reading. One send on loopback is queued at once, so
        // once the first byte has been read the other nine are there.
        server.Send(Encoding.ASCII.GetBytes("0123456789"));
        byte[] one = new byte[1];
        client.Receive(one);
        Console.WriteLine($"first byte {(char)one[0]}, available {client.Available}");
        byte[] rest = ReceiveExactly(client, 9);
        Console.WriteLine($"rest [{Encoding.ASCII.GetString(rest)}], available now {client.Available}");

        // Peek leaves the data where it is.
        client.Send(Encoding.ASCII.GetBytes("peek"));
        byte[] peeked = new byte[4];
        int p = 0;
        while (p < 4) p = server.Receive(peeked, 0, 4, SocketFlags.Peek);
        byte[] taken = ReceiveExactly(server, 4);
        Console.WriteLine($"peeked [{Encoding.ASCII.GetString(peeked)}] then took [{Encoding.ASCII.GetString(taken)}]");

        // Gather/scatter lists go through SendMessage/ReceiveMessage.
        var parts = new[] { new ArraySegment<byte>(Encoding.ASCII.GetBytes("ab")), new ArraySegment<byte>(Encoding.ASCII.GetBytes("cde")) };
        Check("list send", client.Send(parts) == 5);
        byte[] a = new byte[2], b = new byte[3];
        int listed = server.Receive(new[] { new ArraySegment<byte>(a), new ArraySegment<byte>(b) });
        Console.WriteLine($"list receive {listed} [{Encoding.ASCII.GetString(a)}|{Encoding.ASCII.GetString(b)}]");

        // Options.
        client.NoDelay = true;
        Check("NoDelay on", client.NoDelay);
        client.NoDelay = false;
        Check("NoDelay off", !client.NoDelay);
        client.ReceiveBufferSize = 65536;
        Check("ReceiveBufferSize at least what was asked", client.ReceiveBufferSize >= 65536);
        client.SendBufferSize = 32768;
        Check("SendBufferSize positive", client.SendBufferSize > 0);
        client.ReceiveTimeout = 5000;
        Check("ReceiveTimeout kept", client.ReceiveTimeout == 5000);
        client.SendTimeout = 2500;
        Check("SendTimeout kept", client.SendTimeout == 2500);
        client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        Check("KeepAlive on", (int)client.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)! != 0);
        client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        Check("ReuseAddress on", (int)client.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress)! != 0);
        client.LingerState = new LingerOption(true, 1);
        Check("Linger kept", client.LingerState!.Enabled && client.LingerState.LingerTime == 1);
        client.LingerState = new LingerOption(false, 0);
        Check("Linger off", !client.LingerState!.Enabled);
        Check("Ttl positive", client.Ttl > 0);
        try
        {
            client.SetSocketOption(SocketOptionLevel.Udp, SocketOptionName.NoChecksum, true);
            Console.WriteLine("UDP option on a TCP socket: accepted");
        }
        catch (SocketException e)
        {
            Console.WriteLine($"UDP option on a TCP socket: {e.SocketErrorCode}");
        }

        // Shutdown: the peer reads the end of the stream, the other direction still works.
        client.Shutdown(SocketShutdown.Send);
        Check("server sees end of stream", server.Receive(new byte[8]) == 0);
        server.Send(Encoding.ASCII.GetBytes("bye"));
        Console.WriteLine($"client still receives [{Encoding.ASCII.GetString(ReceiveExactly(client, 3))}]");
        server.Shutdown(SocketShutdown.Both);
        Check("client sees end of stream", client.Receive(new byte[8]) == 0);
    }

    static void Udp()
    {
        using var a = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        using var b = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        a.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        b.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        b.ReceiveTimeout = 10000;
        a.ReceiveTimeout = 10000;
        var aEnd = (IPEndPoint)a.LocalEndPoint!;
        var bEnd = (IPEndPoint)b.LocalEndPoint!;
        byte[] datagram = Encoding.UTF8.GetBytes("a datagram");
        Check("udp sent all", a.SendTo(datagram, bEnd) == datagram.Length);
        byte[] buffer = new byte[100];
        EndPoint from = new IPEndPoint(IPAddress.Any, 0);
        int n = b.ReceiveFrom(buffer, ref from);
        Console.WriteLine($"udp received [{Encoding.UTF8.GetString(buffer, 0, n)}] from {((IPEndPoint)from).Address}");
        Check("udp sender is a", from.Equals(aEnd));
        Check("udp reply sent", b.SendTo(Encoding.ASCII.GetBytes("pong"), from) == 4);
        EndPoint from2 = new IPEndPoint(IPAddress.Any, 0);
        n = a.ReceiveFrom(buffer, ref from2);
        Console.WriteLine($"udp reply [{Encoding.ASCII.GetString(buffer, 0, n)}]");
        Check("udp replier is b", from2.Equals(bEnd));
        Check("udp type", a.SocketType == SocketType.Dgram && a.ProtocolType == ProtocolType.Udp);
    }

    static void Errors()
    {
        // Connecting to a port nobody listens on (the listener closed before) is refused.
        int port;
        using (var l = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            l.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)l.LocalEndPoint!).Port;
        }
        using var c = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            c.Connect(new IPEndPoint(IPAddress.Loopback, port));
            Console.WriteLine("connect to a closed port: connected?");
        }
        catch (SocketException e)
        {
            Console.WriteLine($"connect to a closed port: {e.SocketErrorCode}");
        }
        using var unconnected = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            unconnected.Send(new byte[1]);
            Console.WriteLine("send unconnected: sent?");
        }
        catch (SocketException e)
        {
            Console.WriteLine($"send unconnected: {e.SocketErrorCode}");
        }
        Check("unconnected RemoteEndPoint is null", unconnected.RemoteEndPoint == null);
    }

    static int Main()
    {
        Tcp();
        Udp();
        Errors();
        Console.WriteLine(failures == 0 ? "all checks passed" : $"{failures} checks failed");
        return failures == 0 ? 100 : 1;
    }
}
