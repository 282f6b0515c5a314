// File.ReadLines laziness and File line helpers: lines are read on demand (file changed between
// query creation and enumeration), Take stopping early, each enumeration reopening the file,
// WriteAllLines/AppendAllLines with IEnumerable, empty lines and trailing newline handling.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static IEnumerable<string> Gen(int n, List<string> log)
    {
        for (int i = 0; i < n; i++) { log.Add("g" + i); yield return "line " + i; }
    }

    static int Main()
    {
        string path = Path.Combine(Path.GetTempPath(), "dn_readlines_" + Environment.ProcessId + ".txt");
        try
        {
            var log = new List<string>();
            File.WriteAllLines(path, Gen(5, log));
            Console.WriteLine($"generated {log.Count} bytes {new FileInfo(path).Length}");
            Check(log.Count == 5 && new FileInfo(path).Length == 35, 1);
            var lazy = File.ReadLines(path).Where(l => l.EndsWith('3') || l.EndsWith('9'));
            File.AppendAllLines(path, new[] { "line 9" });
            Console.WriteLine(string.Join("|", lazy));
            Check(lazy.Count() == 2, 2);
            File.WriteAllText(path, "a\n\nb\n\n");
            var lines = File.ReadAllLines(path);
            var rl = File.ReadLines(path).ToList();
            Console.WriteLine($"{lines.Length} {rl.Count} [{string.Join(",", lines)}]");
            Check(lines.Length == 4 && rl.Count == 4 && lines[1] == "", 3);
            File.WriteAllText(path, string.Join("\n", Enumerable.Range(0, 1000)));
            var first3 = File.ReadLines(path).Take(3).ToList();
            Console.WriteLine(string.Join(",", first3));
            Check(first3[2] == "2", 4);
            int c = File.ReadLines(path).Count(), c2 = File.ReadLines(path).Count();
            Console.WriteLine($"{c} {c2} last={File.ReadLines(path).Last()}");
            Check(c == 1000 && c2 == 1000, 5);
            var seq = File.ReadLines(path);
            int e1 = seq.Count(), e2 = seq.Count();
            Console.WriteLine($"reenumerated {e1} {e2}");
            Check(e1 == e2, 6);
            using (var e = File.ReadLines(path).GetEnumerator())
            {
                e.MoveNext(); e.MoveNext();
                Console.WriteLine("current " + e.Current);
                Check(e.Current == "1", 7);
            }
            File.Delete(path);
            try { File.ReadLines(path); Check(false, 8); }
            catch (FileNotFoundException ex) { Console.WriteLine("eager open: " + ex.GetType().Name); }
            File.WriteAllLines(path, new List<string>());
            Console.WriteLine($"empty file {new FileInfo(path).Length} {File.ReadAllLines(path).Length}");
            Check(File.ReadAllLines(path).Length == 0, 9);
            File.WriteAllLines(path, new[] { "x", "" });
            Console.WriteLine($"{new FileInfo(path).Length} {File.ReadAllLines(path).Length}");
            Check(File.ReadAllLines(path).Length == 2, 10);
            File.WriteAllText(path, "no newline at end");
            File.AppendAllLines(path, new[] { "appended" });
            var back = File.ReadAllLines(path);
            Console.WriteLine($"{back.Length} [{back[0]}]");
            Check(back.Length == 1 && back[0] == "no newline at endappended", 11);
        }
        finally { File.Delete(path); }
        return failed == 0 ? 100 : failed;
    }
}
