// FileInfo and DirectoryInfo objects: Length, Name, Extension, DirectoryName, Exists before and
// after creation (Refresh), CreateSubdirectory, EnumerateFiles/GetDirectories sorted, CopyTo/MoveTo
// updating the FileInfo, OpenText/CreateText/AppendText, Delete, and the Length of a missing file.
using System;
using System.IO;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var root = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "dn_finfo_" + Environment.ProcessId));
        Console.WriteLine($"exists before {root.Exists}");
        root.Create();
        root.Refresh();
        try
        {
            Console.WriteLine($"exists after {root.Exists} name starts {root.Name.StartsWith("dn_finfo_")} parent ok {root.Parent != null}");
            Check(root.Exists, 1);
            var fi = new FileInfo(Path.Combine(root.FullName, "notes.data.txt"));
            Console.WriteLine($"{fi.Name} {fi.Extension} {fi.Exists} dirname-is-root {fi.DirectoryName == root.FullName} dir-name {fi.Directory.Name == root.Name}");
            try { var _ = fi.Length; Check(false, 2); }
            catch (FileNotFoundException ex) { Console.WriteLine("missing length: " + ex.GetType().Name); }
            using (var w = fi.CreateText()) { w.Write("hello"); }
            fi.Refresh();
            Console.WriteLine($"{fi.Exists} {fi.Length} {fi.IsReadOnly}");
            Check(fi.Exists && fi.Length == 5, 3);
            using (var w = fi.AppendText()) w.WriteLine(" world");
            fi.Refresh();
            using (var r = fi.OpenText()) Console.WriteLine($"{fi.Length} [{r.ReadLine()}]");
            Check(fi.Length == 12, 4);
            var copy = fi.CopyTo(Path.Combine(root.FullName, "copy.bin"));
            Console.WriteLine($"{copy.Name} {copy.Length} {copy.Extension}");
            Check(copy.Length == 12 && copy.Extension == ".bin", 5);
            fi.MoveTo(Path.Combine(root.FullName, "moved.md"));
            Console.WriteLine($"after move: {fi.Name} {fi.Extension} {fi.Exists}");
            Check(fi.Name == "moved.md" && File.Exists(fi.FullName), 6);
            var sub = root.CreateSubdirectory("kids");
            var sub2 = root.CreateSubdirectory(Path.Combine("kids", "grand"));
            File.WriteAllText(Path.Combine(sub.FullName, "k1.txt"), "12345678");
            File.WriteAllText(Path.Combine(sub2.FullName, "g1.txt"), "1");
            Console.WriteLine($"{sub.Name} {sub2.Name} {sub2.Parent.Name}");
            var files = root.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}:{f.Length}");
            Console.WriteLine(string.Join(" ", files));
            Check(files.Count() == 4, 7);
            var dirs = root.GetDirectories("*", SearchOption.AllDirectories).Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal);
            Console.WriteLine(string.Join(" ", dirs));
            var infos = root.GetFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => $"{i.Name}({(i is DirectoryInfo ? "d" : "f")})");
            Console.WriteLine(string.Join(" ", infos));
            long total = root.EnumerateFiles("*.txt", SearchOption.AllDirectories).Sum(f => f.Length);
            Console.WriteLine($"txt total {total}");
            Check(total == 9, 8);
            copy.Delete();
            Console.WriteLine($"{copy.Exists} {File.Exists(copy.FullName)}");
            Check(!File.Exists(copy.FullName), 9);
            var noDir = new DirectoryInfo(Path.Combine(root.FullName, "ghost"));
            Console.WriteLine($"{noDir.Exists} {noDir.Name}");
            try { noDir.GetFiles(); Check(false, 10); }
            catch (DirectoryNotFoundException) { Console.WriteLine("ghost: DirectoryNotFoundException"); }
            sub.MoveTo(Path.Combine(root.FullName, "renamed"));
            Console.WriteLine($"{sub.Name} {Directory.Exists(Path.Combine(root.FullName, "renamed", "grand"))}");
            Check(sub.Name == "renamed", 11);
            var fi2 = new FileInfo("relative-name.cfg");
            Console.WriteLine($"{fi2.Name} {fi2.Extension} {Path.IsPathRooted(fi2.FullName)} {fi2.ToString()}");
        }
        finally { root.Delete(true); }
        root.Refresh();
        Console.WriteLine($"deleted {!root.Exists}");
        return failed == 0 ? 100 : failed;
    }
}
