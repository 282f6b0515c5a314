// Asynchronous stream APIs awaited from an async Main-like helper: File.WriteAllTextAsync/
// ReadAllTextAsync/ReadAllLinesAsync/AppendAllTextAsync/WriteAllBytesAsync, FileStream with
// useAsync ReadAsync/WriteAsync, CopyToAsync into a MemoryStream, StreamReader.ReadLineAsync and
// ReadToEndAsync, StreamWriter.WriteLineAsync/FlushAsync, and File.ReadLinesAsync.
using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static async Task Run(string dir)
    {
        string a = Path.Combine(dir, "a.txt");
        await File.WriteAllTextAsync(a, "line1\nline2\n");
        await File.AppendAllTextAsync(a, "line3");
        string text = await File.ReadAllTextAsync(a);
        string[] lines = await File.ReadAllLinesAsync(a);
        Console.WriteLine($"{text.Length} {lines.Length} {lines[2]}");
        Check(lines.Length == 3 && lines[2] == "line3", 1);
        int count = 0;
        await foreach (var l in File.ReadLinesAsync(a)) { count++; Console.Write(l + ";"); }
        Console.WriteLine();
        Check(count == 3, 2);
        string b = Path.Combine(dir, "b.bin");
        var data = new byte[100_000];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i % 251);
        await File.WriteAllBytesAsync(b, data);
        using (var fs = new FileStream(b, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true))
        {
            var buf = new byte[1000];
            long total = 0; int n; int checksum = 0;
            while ((n = await fs.ReadAsync(buf, 0, buf.Length)) > 0) { total += n; for (int i = 0; i < n; i++) checksum += buf[i]; }
            Console.WriteLine($"async read {total} checksum {checksum} async={fs.IsAsync}");
            Check(total == 100_000, 3);
            fs.Position = 0;
            var ms = new MemoryStream();
            await fs.CopyToAsync(ms);
            Console.WriteLine($"copied {ms.Length} last {ms.ToArray()[^1]}");
            Check(ms.Length == 100_000 && ms.ToArray()[^1] == data[^1], 4);
        }
        string c = Path.Combine(dir, "c.txt");
        using (var fs = new FileStream(c, FileMode.Create, FileAccess.Write, FileShare.None, 16, useAsync: true))
        {
            await fs.WriteAsync(Encoding.ASCII.GetBytes("abc"));
            await fs.WriteAsync(Encoding.ASCII.GetBytes("defgh"), 1, 3);
            await fs.FlushAsync();
        }
        Console.WriteLine(File.ReadAllText(c));
        Check(File.ReadAllText(c) == "abcefg", 5);
        using (var w = new StreamWriter(c, append: true))
        {
            await w.WriteLineAsync();
            await w.WriteLineAsync("second");
            await w.WriteAsync("third".AsMemory());
            await w.FlushAsync();
        }
        using (var r = new StreamReader(c))
        {
            string first = await r.ReadLineAsync();
            string rest = await r.ReadToEndAsync();
            Console.WriteLine($"[{first}] [{rest.Replace("\n", "\\n")}]");
            Check(first == "abcefg" && rest == "second\nthird", 6);
            Check(await r.ReadLineAsync() == null, 7);
        }
        var mem = new MemoryStream();
        await mem.WriteAsync(new byte[] { 1, 2, 3 });
        mem.Position = 0;
        var mb = new byte[5];
        int mr = await mem.ReadAsync(mb.AsMemory());
        Console.WriteLine($"memory async {mr} {mb[2]}");
        Check(mr == 3, 8);
    }

    static int Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), "dn_asyncio_" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try { Run(dir).GetAwaiter().GetResult(); }
        finally { Directory.Delete(dir, true); }
        return failed == 0 ? 100 : failed;
    }
}
