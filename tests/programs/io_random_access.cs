// Positional file I/O: File.OpenHandle with modes, RandomAccess.Write/Read at explicit offsets
// (holes read as zeros), RandomAccess.GetLength/SetLength, FileStream over a SafeFileHandle,
// BufferedStream reads/writes/seeks over a FileStream, and File.Open with FileShare options.
using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string path = Path.Combine(Path.GetTempPath(), "dn_randacc_" + Environment.ProcessId + ".bin");
        try
        {
            using (SafeFileHandle h = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                Console.WriteLine($"invalid={h.IsInvalid} len={RandomAccess.GetLength(h)}");
                RandomAccess.Write(h, Encoding.ASCII.GetBytes("HEAD"), 0);
                RandomAccess.Write(h, Encoding.ASCII.GetBytes("TAIL"), 20);
                long len = RandomAccess.GetLength(h);
                var buf = new byte[24];
                int n = RandomAccess.Read(h, buf, 0);
                Console.WriteLine($"len={len} read={n} hole={buf[10]} tail={Encoding.ASCII.GetString(buf, 20, 4)}");
                Check(len == 24 && n == 24 && buf[10] == 0, 1);
                var part = new byte[6];
                n = RandomAccess.Read(h, part, 18);
                Console.WriteLine($"partial read {n} {BitConverter.ToString(part, 0, n)}");
                Check(n == 6 && part[2] == (byte)'T', 2);
                n = RandomAccess.Read(h, part, 100);
                Console.WriteLine($"read past end {n}");
                Check(n == 0, 3);
                RandomAccess.SetLength(h, 8);
                Console.WriteLine($"after SetLength {RandomAccess.GetLength(h)}");
                Check(RandomAccess.GetLength(h) == 8, 4);
                using (var fs = new FileStream(h, FileAccess.ReadWrite))
                {
                    fs.Seek(0, SeekOrigin.End);
                    fs.Write(Encoding.ASCII.GetBytes("++"));
                    fs.Flush();
                    Console.WriteLine($"fs over handle len={fs.Length}");
                    Check(fs.Length == 10, 5);
                }
            }
            Console.WriteLine(Encoding.ASCII.GetString(File.ReadAllBytes(path)).Replace('\0', '.'));
            using (var fs = new FileStream(path, FileMode.Create))
            using (var bs = new BufferedStream(fs, 16))
            {
                for (int i = 0; i < 100; i++) bs.WriteByte((byte)i);
                bs.Write(new byte[] { 200, 201, 202 }, 0, 3);
                Console.WriteLine($"buffered pos {bs.Position} len {bs.Length}");
                bs.Seek(50, SeekOrigin.Begin);
                int b1 = bs.ReadByte();
                var rb = new byte[5];
                int rn = bs.Read(rb, 0, 5);
                Console.WriteLine($"{b1} {rn} {string.Join(",", rb)} bufsize {bs.BufferSize}");
                Check(b1 == 50 && rb[4] == 55, 6);
                bs.Seek(-2, SeekOrigin.End);
                Console.WriteLine($"{bs.ReadByte()} {bs.ReadByte()} {bs.ReadByte()}");
                bs.Position = 0;
                bs.WriteByte(99);
                bs.Flush();
            }
            var all = File.ReadAllBytes(path);
            Console.WriteLine($"{all.Length} {all[0]} {all[102]}");
            Check(all.Length == 103 && all[0] == 99 && all[102] == 202, 7);
            using (var r1 = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            using (var r2 = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                Console.WriteLine($"two readers {r1.ReadByte()} {r2.ReadByte()}");
            }
            using (var w = File.Open(path, FileMode.Append, FileAccess.Write, FileShare.None))
                w.WriteByte(7);
            Console.WriteLine(new FileInfo(path).Length);
            Check(new FileInfo(path).Length == 104, 8);
        }
        finally { File.Delete(path); }
        return failed == 0 ? 100 : failed;
    }
}
