// Directory operations in a private temp tree: CreateDirectory (nested, idempotent), GetFiles and
// EnumerateFiles with patterns (*.txt, a?c.*, *), SearchOption.AllDirectories, GetDirectories,
// EnumerateFileSystemEntries, Directory.Move, Delete non-empty failing then recursive; sorted output.
using System;
using System.IO;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string root;
    static string Rel(string p) => Path.GetRelativePath(root, p).Replace('\\', '/');
    static string List(string[] paths) => string.Join(" ", paths.Select(Rel).OrderBy(x => x, StringComparer.Ordinal));

    static int Main()
    {
        root = Path.Combine(Path.GetTempPath(), "dn_dirpat_" + Environment.ProcessId);
        try
        {
            var info = Directory.CreateDirectory(Path.Combine(root, "sub", "deep"));
            Directory.CreateDirectory(Path.Combine(root, "sub", "deep"));
            Directory.CreateDirectory(Path.Combine(root, "other"));
            Console.WriteLine($"{info.Name} {info.Exists} {Directory.Exists(Path.Combine(root, "sub"))}");
            foreach (var f in new[] { "a.txt", "abc.log", "abc.txt", "axc.md", "b.TXT", "sub/s1.txt", "sub/deep/d1.txt", "sub/deep/d2.bin", "other/o.txt" })
                File.WriteAllText(Path.Combine(root, f), f);
            Console.WriteLine("* : " + List(Directory.GetFiles(root)));
            Console.WriteLine("*.txt : " + List(Directory.GetFiles(root, "*.txt")));
            Console.WriteLine("a?c.* : " + List(Directory.GetFiles(root, "a?c.*")));
            Console.WriteLine("all *.txt : " + List(Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories)));
            Console.WriteLine("dirs : " + List(Directory.GetDirectories(root)));
            Console.WriteLine("all dirs : " + List(Directory.GetDirectories(root, "*", SearchOption.AllDirectories)));
            Console.WriteLine("entries : " + List(Directory.EnumerateFileSystemEntries(root).ToArray()));
            Console.WriteLine("d* deep : " + List(Directory.EnumerateFiles(root, "d*", SearchOption.AllDirectories).ToArray()));
            Check(Directory.GetFiles(root).Length == 5 && Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length == 9, 1);
            Check(Directory.GetFiles(root, "a?c.*").Length == 3 && Directory.GetDirectories(root, "*", SearchOption.AllDirectories).Length == 3, 2);
            var opts = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };
            Console.WriteLine("ci *.txt : " + List(Directory.GetFiles(root, "*.txt", opts)));
            Check(Directory.GetFiles(root, "*.txt", opts).Length == 6, 3);
            try { Directory.Delete(Path.Combine(root, "sub")); Check(false, 4); }
            catch (IOException ex) { Console.WriteLine("non-empty delete: " + ex.GetType().Name); }
            Directory.Move(Path.Combine(root, "other"), Path.Combine(root, "moved"));
            Console.WriteLine("after move : " + List(Directory.GetDirectories(root)));
            Check(File.Exists(Path.Combine(root, "moved", "o.txt")), 5);
            Directory.Delete(Path.Combine(root, "sub"), true);
            Console.WriteLine("after delete : " + List(Directory.GetFileSystemEntries(root)));
            Check(!Directory.Exists(Path.Combine(root, "sub")), 6);
            var parent = Directory.GetParent(Path.Combine(root, "moved"));
            Console.WriteLine($"parent is root: {parent.FullName.TrimEnd(Path.DirectorySeparatorChar) == root.TrimEnd(Path.DirectorySeparatorChar)}");
            try { Directory.GetFiles(Path.Combine(root, "nope")); Check(false, 7); }
            catch (DirectoryNotFoundException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message.Replace(root, "<root>")); }
            Console.WriteLine($"empty pattern result: {Directory.GetFiles(root, "*.zzz").Length}");
            Directory.CreateDirectory(Path.Combine(root, "empty"));
            Directory.Delete(Path.Combine(root, "empty"));
            Check(!Directory.Exists(Path.Combine(root, "empty")), 8);
        }
        finally { if (Directory.Exists(root)) Directory.Delete(root, true); }
        Console.WriteLine($"cleaned {!Directory.Exists(root)}");
        return failed == 0 ? 100 : failed;
    }
}
