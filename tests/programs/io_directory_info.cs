// Directories and FileInfo/DirectoryInfo in a fresh temp directory: nested CreateDirectory,
// search patterns (*, ?, extension) top-level and recursive, EnumerateFileSystemEntries,
// FileInfo/DirectoryInfo properties, Refresh, MoveTo, Delete errors, and exception messages.
using System;
using System.IO;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string root;
    static string Rel(string p) => p.Replace(root, "<root>");
    static string List(System.Collections.Generic.IEnumerable<string> ps) => string.Join(",", ps.Select(p => Path.GetRelativePath(root, p)).OrderBy(p => p, StringComparer.Ordinal));

    static int Main()
    {
        root = Path.Combine(Path.GetTempPath(), $"dotnative-dirs-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        var rootInfo = Directory.CreateDirectory(root);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "a", "b", "c"));
            Directory.CreateDirectory(Path.Combine(root, "a", "b", "c"));
            Directory.CreateDirectory(Path.Combine(root, "d"));
            foreach (var f in new[] { "x.txt", "y.txt", "z.log", "a/1.txt", "a/b/2.TXT", "a/b/c/3.txt", "a/b/c/10.txt", "d/readme" })
                File.WriteAllText(Path.Combine(root, f), f);
            Check(List(Directory.GetFiles(root)) == "x.txt,y.txt,z.log", 1);
            Check(List(Directory.GetFiles(root, "*.txt")) == "x.txt,y.txt" && List(Directory.EnumerateFiles(root, "?.log")) == "z.log", 2);
            Check(List(Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)) == "a/1.txt,a/b/c/10.txt,a/b/c/3.txt,x.txt,y.txt", 3);
            Check(List(Directory.EnumerateFiles(root, "?.txt", SearchOption.AllDirectories)) == "a/1.txt,a/b/c/3.txt,x.txt,y.txt", 4);
            Check(List(Directory.GetDirectories(root)) == "a,d" && List(Directory.GetDirectories(root, "*", SearchOption.AllDirectories)) == "a,a/b,a/b/c,d", 5);
            Check(List(Directory.EnumerateFileSystemEntries(Path.Combine(root, "a"))) == "a/1.txt,a/b", 6);
            var opts = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };
            Check(List(Directory.EnumerateFiles(root, "2.txt", opts)) == "a/b/2.TXT", 7);
            Console.WriteLine(List(Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)));

            var fi = new FileInfo(Path.Combine(root, "a", "b", "c", "10.txt"));
            Check(fi.Exists && fi.Name == "10.txt" && fi.Extension == ".txt" && fi.Length == 12 && fi.Directory.Name == "c" && fi.Directory.Parent.Name == "b", 8);
            Check(Rel(fi.FullName) == "<root>/a/b/c/10.txt" && Rel(fi.DirectoryName) == "<root>/a/b/c" && !fi.IsReadOnly, 9);
            var di = new DirectoryInfo(Path.Combine(root, "a"));
            Check(di.Exists && di.Name == "a" && di.Parent.FullName == rootInfo.FullName && di.GetFiles().Length == 1 && di.GetDirectories()[0].Name == "b", 10);
            Check(di.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) == 7 + 9 + 11 + 12, 11);
            var ghost = new FileInfo(Path.Combine(root, "ghost.txt"));
            Check(!ghost.Exists && ghost.Name == "ghost.txt", 12);
            File.WriteAllText(ghost.FullName, "boo");
            Check(!ghost.Exists, 13);
            ghost.Refresh();
            Check(ghost.Exists && ghost.Length == 3, 14);
            ghost.MoveTo(Path.Combine(root, "d", "moved.txt"));
            Check(ghost.Name == "moved.txt" && !File.Exists(Path.Combine(root, "ghost.txt")) && File.ReadAllText(Path.Combine(root, "d", "moved.txt")) == "boo", 15);
            var copy = ghost.CopyTo(Path.Combine(root, "copy.txt"));
            Check(copy.Exists && copy.Length == 3, 16);
            using (var w = copy.AppendText()) w.Write("!!");
            copy.Refresh();
            Check(copy.Length == 5 && File.ReadAllText(copy.FullName) == "boo!!", 17);

            Directory.Move(Path.Combine(root, "d"), Path.Combine(root, "e"));
            Check(!Directory.Exists(Path.Combine(root, "d")) && File.Exists(Path.Combine(root, "e", "readme")), 18);
            try { Directory.Delete(Path.Combine(root, "a")); Check(false, 19); }
            catch (IOException ex) { Check(ex is not DirectoryNotFoundException, 19); }
            try { Directory.GetFiles(Path.Combine(root, "nope")); Check(false, 20); }
            catch (DirectoryNotFoundException ex) { Console.WriteLine(Rel(ex.Message)); Check(ex.Message.Contains("nope"), 20); }
            try { File.ReadAllBytes(Path.Combine(root, "missing.bin")); Check(false, 21); }
            catch (FileNotFoundException ex) { Console.WriteLine(Rel(ex.Message) + " | " + Rel(ex.FileName)); Check(ex.FileName.EndsWith("missing.bin"), 21); }
            try { new StreamReader(Path.Combine(root, "no", "dir.txt")).Dispose(); Check(false, 22); }
            catch (DirectoryNotFoundException ex) { Console.WriteLine(Rel(ex.Message)); Check(true, 22); }
            try { File.Copy(Path.Combine(root, "x.txt"), Path.Combine(root, "y.txt")); Check(false, 23); }
            catch (IOException ex) { Console.WriteLine(Rel(ex.Message)); Check(ex.GetType() == typeof(IOException), 23); }
            File.Copy(Path.Combine(root, "x.txt"), Path.Combine(root, "y.txt"), overwrite: true);
            Check(File.ReadAllText(Path.Combine(root, "y.txt")) == "x.txt", 24);
            Check(!File.Exists(Path.Combine(root, "a")) && !Directory.Exists(Path.Combine(root, "x.txt")), 25);
            new DirectoryInfo(Path.Combine(root, "a", "b")).Delete(true);
            Check(List(Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)) == "a,a/1.txt,copy.txt,e,e/moved.txt,e/readme,x.txt,y.txt,z.log", 26);
        }
        finally
        {
            Directory.Delete(root, true);
        }
        Check(!Directory.Exists(root), 27);
        return failed == 0 ? 100 : failed;
    }
}
