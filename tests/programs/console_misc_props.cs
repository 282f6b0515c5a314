// Console properties and behaviours with redirected streams: IsOutputRedirected/IsErrorRedirected/
// IsInputRedirected, OutputEncoding name, In.Peek/Read/ReadLine at end of input, KeyAvailable not
// used, Console.Write of large strings, many tiny writes, OpenStandardOutput byte writes.
using System;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Console.WriteLine($"redirected out={Console.IsOutputRedirected} err={Console.IsErrorRedirected} in={Console.IsInputRedirected}");
        Check(Console.IsOutputRedirected && Console.IsErrorRedirected, 1);
        Console.WriteLine($"encoding {Console.OutputEncoding.WebName}");
        Console.WriteLine($"In.Peek {Console.In.Peek()} In.Read {Console.In.Read()} ReadLine null {Console.In.ReadLine() == null} Read {Console.Read()}");
        Check(Console.In.Peek() == -1 && Console.In.Read() == -1, 2);
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append((char)('a' + i % 26));
        Console.WriteLine(sb.ToString());
        for (int i = 0; i < 500; i++) Console.Write(i % 10);
        Console.WriteLine();
        using (Stream raw = Console.OpenStandardOutput())
        {
            Console.Out.Flush();
            byte[] bytes = Encoding.UTF8.GetBytes("raw bytes: é\n");
            raw.Write(bytes, 0, bytes.Length);
            raw.WriteByte((byte)'!');
            raw.WriteByte((byte)'\n');
            raw.Flush();
        }
        using (Stream rawErr = Console.OpenStandardError())
        {
            var b = Encoding.ASCII.GetBytes("raw stderr\n");
            rawErr.Write(b);
        }
        using (Stream rawIn = Console.OpenStandardInput())
        {
            var buf = new byte[10];
            int n = rawIn.Read(buf, 0, 10);
            Console.WriteLine($"stdin raw read {n}");
            Check(n == 0, 3);
        }
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        stdout.WriteLine("through a second StreamWriter");
        Console.WriteLine("Console.WriteLine after second writer");
        Console.Out.Write("null char array: ");
        Console.Out.Write((char[])null);
        Console.Out.WriteLine("|");
        Console.WriteLine(string.Empty);
        Console.WriteLine("tabs\tand\\backslashes\"quotes\"");
        Console.WriteLine("line with embedded\r\ncrlf");
        return failed == 0 ? 100 : failed;
    }
}
