// File convenience methods in a fresh temp directory: WriteAllText/ReadAllText with explicit
// encodings and BOM detection, ReadAllLines with \r\n and a missing final newline, lazy ReadLines,
// AppendAllLines/AppendAllText, WriteAllBytes/ReadAllBytes (empty and large), Exists edge cases.
using System;
using System.IO;
using System.Linq;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string root = Path.Combine(Path.GetTempPath(), $"dotnative-filehelpers-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        try
        {
            string f = Path.Combine(root, "t.txt");
            File.WriteAllText(f, "\u00e9t\u00e9", Encoding.Unicode);
            Check(File.ReadAllBytes(f).Length == 8 && File.ReadAllText(f) == "\u00e9t\u00e9", 1);
            File.WriteAllText(f, "\u00e9t\u00e9", Encoding.UTF8);
            Check(File.ReadAllBytes(f).Length == 8 && File.ReadAllBytes(f)[0] == 0xEF && File.ReadAllText(f) == "\u00e9t\u00e9", 2);
            File.WriteAllText(f, "\u00e9t\u00e9");
            Check(File.ReadAllBytes(f).Length == 5, 3);
            File.WriteAllText(f, "\u00e9", Encoding.Latin1);
            Check(File.ReadAllBytes(f).Length == 1 && File.ReadAllText(f, Encoding.Latin1) == "\u00e9" && File.ReadAllText(f) == "\ufffd", 4);

            File.WriteAllText(f, "one\r\ntwo\n\nfour\rfive");
            string[] lines = File.ReadAllLines(f);
            Console.WriteLine(lines.Length + ": " + string.Join("|", lines));
            Check(lines.Length == 5 && lines[2] == "" && lines[4] == "five", 5);
            File.WriteAllText(f, "trailing\n");
            Check(File.ReadAllLines(f).Length == 1, 6);
            File.WriteAllText(f, "");
            Check(File.ReadAllLines(f).Length == 0 && File.ReadAllText(f) == "" && new FileInfo(f).Length == 0, 7);

            File.WriteAllLines(f, Enumerable.Range(1, 1000).Select(i => "row " + i));
            var lazy = File.ReadLines(f);
            Check(lazy.First() == "row 1" && lazy.Skip(499).First() == "row 500" && lazy.Count() == 1000 && lazy.Last() == "row 1000", 8);
            File.AppendAllLines(f, new[] { "extra1", "extra2" });
            File.AppendAllText(f, "tail");
            File.AppendAllText(f, "!", Encoding.ASCII);
            string[] all = File.ReadAllLines(f);
            Check(all.Length == 1003 && all[1001] == "extra2" && all[1002] == "tail!", 9);
            Console.WriteLine(string.Join(",", File.ReadLines(f).Where(l => l.EndsWith("00")).Take(4)));

            string g = Path.Combine(root, "new-by-append.txt");
            File.AppendAllText(g, "created");
            Check(File.ReadAllText(g) == "created", 10);
            string b = Path.Combine(root, "b.bin");
            File.WriteAllBytes(b, Array.Empty<byte>());
            Check(File.Exists(b) && File.ReadAllBytes(b).Length == 0, 11);
            var big = new byte[300_000];
            new Random(3).NextBytes(big);
            File.WriteAllBytes(b, big);
            byte[] back = File.ReadAllBytes(b);
            Check(back.AsSpan().SequenceEqual(big), 12);
            uint sum = 0;
            foreach (var x in back) sum = sum * 31 + x;
            Console.WriteLine($"sum {sum:X8} len {back.Length}");
            File.AppendAllBytes(b, new byte[] { 1, 2 });
            Check(new FileInfo(b).Length == 300_002, 13);

            Check(!File.Exists(null) && !File.Exists("") && !File.Exists(root) && File.Exists(f), 14);
            Check(!File.Exists(Path.Combine(root, "missing")) && !File.Exists(Path.Combine(root, "missing", "x")), 15);
            using (var w = File.CreateText(Path.Combine(root, "c.txt"))) { w.WriteLine("a"); w.Write("b"); }
            using (var w = File.AppendText(Path.Combine(root, "c.txt"))) w.Write("c");
            using (var r = File.OpenText(Path.Combine(root, "c.txt")))
                Check(r.ReadToEnd() == "a\nbc", 16);
            File.Delete(Path.Combine(root, "c.txt"));
            bool threw = false;
            try { File.WriteAllText(Path.Combine(root, "no-such-dir", "x.txt"), "x"); } catch (DirectoryNotFoundException) { threw = true; }
            Check(threw, 17);
            threw = false;
            try { File.ReadAllText(root); } catch (UnauthorizedAccessException) { threw = true; }
            Check(threw, 18);
            Console.WriteLine(string.Join(",", Directory.GetFiles(root).Select(Path.GetFileName).Order(StringComparer.Ordinal)));
        }
        finally
        {
            Directory.Delete(root, true);
        }
        return failed == 0 ? 100 : failed;
    }
}
