// FileStream modes and positioning in a fresh temp directory: FileMode CreateNew/Create/Open/
// OpenOrCreate/Truncate/Append semantics and their exceptions, read-only and write-only access,
// Seek from Begin/Current/End (past the end, before the start), SetLength, ReadByte at EOF, CopyTo.
using System;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Throws<T>(Action a) where T : Exception { try { a(); } catch (T) { return true; } return false; }
    static string Hex(byte[] b) => Convert.ToHexString(b);

    static int Main()
    {
        string root = Path.Combine(Path.GetTempPath(), $"dotnative-fsmodes-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        try
        {
            string f = Path.Combine(root, "data.bin");
            using (var fs = new FileStream(f, FileMode.CreateNew, FileAccess.Write))
            {
                fs.Write(new byte[] { 1, 2, 3, 4, 5 });
                Check(fs.Position == 5 && fs.Length == 5 && !fs.CanRead && fs.CanWrite && fs.CanSeek, 1);
                Check(Throws<NotSupportedException>(() => fs.ReadByte()), 2);
            }
            Check(Throws<IOException>(() => new FileStream(f, FileMode.CreateNew).Dispose()), 3);
            Check(Throws<FileNotFoundException>(() => new FileStream(Path.Combine(root, "none"), FileMode.Open).Dispose()), 4);
            Check(Throws<FileNotFoundException>(() => new FileStream(Path.Combine(root, "none"), FileMode.Truncate).Dispose()), 5);
            using (var fs = new FileStream(f, FileMode.Open, FileAccess.Read))
            {
                Check(fs.CanRead && !fs.CanWrite && Throws<NotSupportedException>(() => fs.WriteByte(1)), 6);
                Check(fs.Seek(-2, SeekOrigin.End) == 3 && fs.ReadByte() == 4 && fs.ReadByte() == 5 && fs.ReadByte() == -1, 7);
                Check(fs.Seek(-4, SeekOrigin.Current) == 1 && fs.ReadByte() == 2, 8);
                Check(Throws<IOException>(() => fs.Seek(-10, SeekOrigin.Begin)) && fs.Position == 2, 9);
                fs.Position = 100;
                var buf = new byte[4];
                Check(fs.Read(buf, 0, 4) == 0 && fs.Length == 5, 10);
                fs.Position = 3;
                Check(fs.Read(buf, 0, 4) == 2 && buf[0] == 4 && buf[1] == 5, 11);
            }
            using (var fs = new FileStream(f, FileMode.Append))
            {
                Check(fs.Position == 5, 12);
                fs.WriteByte(6);
                Check(Throws<IOException>(() => fs.Seek(0, SeekOrigin.Begin)), 13);
            }
            Check(Hex(File.ReadAllBytes(f)) == "010203040506", 14);
            using (var fs = new FileStream(f, FileMode.OpenOrCreate, FileAccess.ReadWrite))
            {
                fs.Seek(8, SeekOrigin.Begin);
                fs.WriteByte(0xFF);
                Check(fs.Length == 9, 15);
                fs.SetLength(3);
                Check(fs.Length == 3 && fs.Position == 3, 16);
                fs.Position = 1;
                fs.Write(Encoding.ASCII.GetBytes("xyz"));
            }
            Check(Hex(File.ReadAllBytes(f)) == "0178797A", 17);
            Console.WriteLine(Hex(File.ReadAllBytes(f)));
            using (var fs = new FileStream(f, FileMode.Truncate))
                Check(fs.Length == 0, 18);
            using (var fs = new FileStream(f, FileMode.Create))
            {
                for (int i = 0; i < 70000; i++) fs.WriteByte((byte)(i % 251));
                fs.Flush();
                Check(fs.Length == 70000, 19);
            }
            string g = Path.Combine(root, "created.bin");
            using (var fs = new FileStream(g, FileMode.OpenOrCreate)) Check(fs.Length == 0, 20);
            using (var src = File.OpenRead(f))
            using (var dst = File.Create(g))
            {
                src.Position = 69990;
                src.CopyTo(dst);
                Check(dst.Length == 10, 21);
            }
            byte[] tail = File.ReadAllBytes(g);
            Console.WriteLine(Hex(tail));
            Check(tail[0] == 69990 % 251, 22);
            using (var ms = new MemoryStream())
            {
                using (var fs = File.OpenRead(f)) fs.CopyTo(ms, 4096);
                Check(ms.Length == 70000 && ms.ToArray()[251] == 0 && ms.ToArray()[250] == 250, 23);
            }
            using (var w = File.OpenWrite(g)) { w.WriteByte(9); }
            Check(new FileInfo(g).Length == 10 && File.ReadAllBytes(g)[0] == 9, 24);
        }
        finally
        {
            Directory.Delete(root, true);
        }
        Check(!Directory.Exists(root), 25);
        return failed == 0 ? 100 : failed;
    }
}
