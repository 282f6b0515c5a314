// Current directory changes: set Environment.CurrentDirectory to a fresh temp directory, create and
// read files via relative paths, Path.GetFullPath of relative names (printed relative to the new
// directory), Directory.SetCurrentDirectory to a subdirectory, "..", a missing directory raising
// DirectoryNotFoundException, and restoring the original directory.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string orig = Environment.CurrentDirectory;
        string tmp = Path.Combine(Path.GetTempPath(), "dn_cwd_" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(tmp, "inner"));
        try
        {
            Environment.CurrentDirectory = tmp;
            string cwd = Environment.CurrentDirectory;
            Console.WriteLine($"cwd ends with dir name: {cwd.EndsWith("dn_cwd_" + Environment.ProcessId)} same as Directory: {Directory.GetCurrentDirectory() == cwd}");
            Check(Path.GetFileName(cwd) == Path.GetFileName(tmp), 1);
            File.WriteAllText("rel.txt", "relative content");
            Console.WriteLine($"{File.Exists(Path.Combine(tmp, "rel.txt"))} {File.ReadAllText("./rel.txt")} {File.Exists("inner/../rel.txt")}");
            Check(File.Exists(Path.Combine(tmp, "rel.txt")), 2);
            string full = Path.GetFullPath("inner/x.dat");
            Console.WriteLine(Path.GetRelativePath(cwd, full) + " " + Path.GetRelativePath(cwd, Path.GetFullPath("..")) .StartsWith(".."));
            Check(full == Path.Combine(cwd, "inner", "x.dat"), 3);
            Directory.SetCurrentDirectory("inner");
            Console.WriteLine($"in inner: {Path.GetFileName(Environment.CurrentDirectory)} sees parent file: {File.Exists("../rel.txt")}");
            Check(Path.GetFileName(Environment.CurrentDirectory) == "inner" && File.Exists("../rel.txt"), 4);
            File.WriteAllText("here.txt", "h");
            Environment.CurrentDirectory = "..";
            Console.WriteLine($"back up: {Path.GetFileName(Environment.CurrentDirectory) == Path.GetFileName(tmp)} {File.Exists("inner/here.txt")}");
            Check(File.Exists("inner/here.txt"), 5);
            var entries = Directory.GetFileSystemEntries(".");
            Array.Sort(entries, StringComparer.Ordinal);
            Console.WriteLine(string.Join(" ", entries));
            Check(entries.Length == 2 && entries[0] == "./inner", 6);
            var fi = new FileInfo("rel.txt");
            Console.WriteLine($"{fi.Length} {fi.DirectoryName == Environment.CurrentDirectory}");
            try { Environment.CurrentDirectory = "does_not_exist_dn"; Check(false, 7); }
            catch (DirectoryNotFoundException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message.Replace(tmp, "<tmp>")); }
            try { Directory.SetCurrentDirectory(""); Check(false, 8); }
            catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
            Check(Path.GetFileName(Environment.CurrentDirectory) == Path.GetFileName(tmp), 9);
        }
        finally
        {
            Environment.CurrentDirectory = orig;
            Directory.Delete(tmp, true);
        }
        Console.WriteLine($"restored: {Environment.CurrentDirectory == orig}");
        return failed == 0 ? 100 : failed;
    }
}
