// Files and directories: File.WriteAllText/ReadAllText (UTF-8, non-ASCII), Exists, Delete,
// AppendAllText, ReadAllLines/WriteAllLines, ReadAllBytes/WriteAllBytes, Copy, Move,
// FileInfo.Length, FileStream write/seek/read, StreamReader/StreamWriter, a missing file's
// FileNotFoundException, Directory.CreateDirectory (nested), Exists, GetFiles/EnumerateFiles/
// GetDirectories (sorted), Directory.Delete recursive; all under a fresh temporary directory.
using System;
using System.IO;
using System.Linq;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id)
    {
        if (!ok && failed == 0) failed = id;
        Console.WriteLine($"check {id}: {(ok ? "ok" : "FAILED")}");
    }

    static int Main()
    {
        string root = Path.Combine(Path.GetTempPath(), $"dotnative-file-test-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        DirectoryInfo di = Directory.CreateDirectory(root);
        Check(di.Exists && Directory.Exists(root), 1);
        try
        {
            string a = Path.Combine(root, "a.txt");
            Check(!File.Exists(a), 2);
            File.WriteAllText(a, "hello, file\nsecond line caf\u00e9 \u4e16\u754c \ud83d\ude00\n");
            Check(File.Exists(a), 3);
            string text = File.ReadAllText(a);
            Check(text == "hello, file\nsecond line caf\u00e9 \u4e16\u754c \ud83d\ude00\n", 4);
            Check(new FileInfo(a).Length == Encoding.UTF8.GetByteCount(text), 5);
            File.AppendAllText(a, "third\n");
            string[] lines = File.ReadAllLines(a);
            Check(lines.Length == 3 && lines[2] == "third", 6);
            Console.WriteLine($"lines: {lines.Length}, first: {lines[0]}");

            string b = Path.Combine(root, "b.bin");
            byte[] bytes = new byte[100_000];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i * 7);
            File.WriteAllBytes(b, bytes);
            byte[] back = File.ReadAllBytes(b);
            Check(back.Length == bytes.Length && back.AsSpan().SequenceEqual(bytes), 7);

            using (var fs = new FileStream(b, FileMode.Open, FileAccess.ReadWrite))
            {
                Check(fs.Length == 100_000 && fs.CanSeek, 8);
                fs.Seek(1000, SeekOrigin.Begin);
                int v = fs.ReadByte();
                Check(v == unchecked((byte)(1000 * 7)), 9);
                fs.Position = 10;
                fs.Write(new byte[] { 1, 2, 3 }, 0, 3);
                fs.Seek(-3, SeekOrigin.Current);
                var three = new byte[3];
                Check(fs.Read(three, 0, 3) == 3 && three[0] == 1 && three[2] == 3, 10);
                fs.SetLength(50);
                Check(fs.Length == 50, 11);
            }
            Check(new FileInfo(b).Length == 50, 12);

            string c = Path.Combine(root, "c.txt");
            using (var w = new StreamWriter(c))
            {
                for (int i = 0; i < 1000; i++) w.WriteLine($"line {i}");
            }
            int count = 0;
            using (var r = new StreamReader(c))
            {
                string? line;
                while ((line = r.ReadLine()) != null) count++;
            }
            Check(count == 1000, 13);
            File.WriteAllLines(c, new[] { "x", "y" });
            Check(File.ReadAllText(c) == "x\ny\n", 14);

            string d = Path.Combine(root, "d.txt");
            File.Copy(a, d);
            Check(File.ReadAllText(d) == File.ReadAllText(a), 15);
            string e = Path.Combine(root, "e.txt");
            File.Move(d, e);
            Check(!File.Exists(d) && File.Exists(e), 16);
            File.Delete(e);
            Check(!File.Exists(e), 17);
            File.Delete(e); // deleting a missing file is not an error

            try
            {
                File.ReadAllText(Path.Combine(root, "missing.txt"));
                Check(false, 18);
            }
            catch (FileNotFoundException ex)
            {
                Check(ex.Message.StartsWith("Could not find file", StringComparison.Ordinal), 18);
            }
            try
            {
                File.ReadAllText(Path.Combine(root, "nodir", "x.txt"));
                Check(false, 19);
            }
            catch (DirectoryNotFoundException)
            {
                Check(true, 19);
            }

            string sub = Path.Combine(root, "sub", "deeper");
            Directory.CreateDirectory(sub);
            Check(Directory.Exists(sub), 20);
            File.WriteAllText(Path.Combine(sub, "z.txt"), "z");
            File.WriteAllText(Path.Combine(root, "sub", "y.txt"), "y");
            string[] files = Directory.GetFiles(root).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal).ToArray()!;
            Console.WriteLine("files: " + string.Join(",", files));
            Check(string.Join(",", files) == "a.txt,b.bin,c.txt", 21);
            string[] dirs = Directory.GetDirectories(root).Select(Path.GetFileName).ToArray()!;
            Check(dirs.Length == 1 && dirs[0] == "sub", 22);
            int all = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Count();
            Check(all == 4, 23);
            Console.WriteLine($"txt files: {all}");
        }
        finally
        {
            Directory.Delete(root, true);
        }
        Check(!Directory.Exists(root), 24);
        Console.WriteLine("done");
        return failed == 0 ? 100 : failed;
    }
}
