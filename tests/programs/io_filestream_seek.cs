// FileStream random access: Write then Seek (Begin/Current/End), Position and Length, SetLength to
// grow (zero fill) and truncate, ReadByte/WriteByte, Read into spans at offsets, reading past the
// end, Flush, FileMode.Append/Truncate/OpenOrCreate/CreateNew behaviour, and CanSeek/CanRead.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string path = Path.Combine(Path.GetTempPath(), "dn_fsseek_" + Environment.ProcessId + ".bin");
        try
        {
            using (var fs = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
            {
                Console.WriteLine($"{fs.CanRead} {fs.CanWrite} {fs.CanSeek} {fs.Length} {fs.Position}");
                for (int i = 0; i < 10; i++) fs.WriteByte((byte)(i + 'a'));
                Console.WriteLine($"len {fs.Length} pos {fs.Position}");
                Check(fs.Length == 10 && fs.Position == 10, 1);
                long p = fs.Seek(-3, SeekOrigin.End);
                int b = fs.ReadByte();
                Console.WriteLine($"{p} {(char)b} {fs.Position}");
                Check(p == 7 && b == 'h', 2);
                fs.Seek(2, SeekOrigin.Begin);
                fs.Seek(1, SeekOrigin.Current);
                fs.Write(new byte[] { (byte)'X', (byte)'Y' });
                fs.Position = 0;
                var buf = new byte[20];
                int n = fs.Read(buf, 0, 20);
                Console.WriteLine($"{n} {System.Text.Encoding.ASCII.GetString(buf, 0, n)}");
                Check(n == 10 && buf[3] == 'X' && buf[4] == 'Y', 3);
                Check(fs.ReadByte() == -1 && fs.Read(buf, 0, 5) == 0, 4);
                fs.SetLength(15);
                fs.Position = 9;
                n = fs.Read(buf.AsSpan(2, 10));
                Console.WriteLine($"grown {fs.Length} read {n} {buf[2]} {buf[3]} {buf[7]}");
                Check(fs.Length == 15 && n == 6 && buf[2] == 'j' && buf[3] == 0, 5);
                fs.SetLength(4);
                Console.WriteLine($"truncated {fs.Length} pos {fs.Position}");
                Check(fs.Length == 4 && fs.Position == 4, 6);
                fs.Seek(10, SeekOrigin.Begin);
                fs.WriteByte(1);
                Console.WriteLine($"after write past end {fs.Length}");
                Check(fs.Length == 11, 7);
                try { fs.Seek(-1, SeekOrigin.Begin); Check(false, 8); }
                catch (IOException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message.Replace(path, "<path>")); }
                fs.Flush();
            }
            Console.WriteLine(new FileInfo(path).Length);
            using (var fs = new FileStream(path, FileMode.Append))
            {
                Console.WriteLine($"append pos {fs.Position} canread {fs.CanRead}");
                fs.Write(new byte[] { 7, 7 });
                try { fs.Seek(0, SeekOrigin.Begin); Check(false, 9); }
                catch (IOException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message.Replace(path, "<path>")); }
            }
            Check(new FileInfo(path).Length == 13, 10);
            using (var fs = new FileStream(path, FileMode.Truncate, FileAccess.Write)) Check(fs.Length == 0, 11);
            try { using var fs = new FileStream(path, FileMode.CreateNew); Check(false, 12); }
            catch (IOException ex) { Console.WriteLine(ex.GetType().Name + " CreateNew on existing"); }
            using (var fs = new FileStream(path, FileMode.OpenOrCreate))
            {
                fs.Write(new byte[] { 1, 2, 3 });
                Console.WriteLine($"openorcreate {fs.Length}");
            }
            using (var fs = File.OpenRead(path))
            {
                Console.WriteLine($"{fs.CanWrite} {fs.Length}");
                try { fs.WriteByte(1); Check(false, 13); }
                catch (NotSupportedException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message.Replace(path, "<path>")); }
                var all = new byte[3];
                fs.ReadExactly(all);
                Check(all[2] == 3, 14);
                try { fs.ReadExactly(new byte[1]); Check(false, 15); }
                catch (EndOfStreamException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message.Replace(path, "<path>")); }
            }
        }
        finally { File.Delete(path); }
        return failed == 0 ? 100 : failed;
    }
}
