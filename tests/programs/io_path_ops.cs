// System.IO.Path string operations (Unix rules): Combine and Join (rooted second argument, empty
// parts, trailing separators), GetFileName/WithoutExtension, GetExtension, ChangeExtension,
// HasExtension, GetDirectoryName, IsPathRooted/IsPathFullyQualified, GetRelativePath,
// GetFullPath of rooted paths with . and .., TrimEndingDirectorySeparator, invalid chars counts.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Q(string s) => s == null ? "null" : "'" + s + "'";

    static int Main()
    {
        Console.WriteLine($"{Q(Path.Combine("a", "b", "c.txt"))} {Q(Path.Combine("a/", "b"))} {Q(Path.Combine("a", "/abs", "c"))} {Q(Path.Combine("", "x"))} {Q(Path.Combine("a", ""))}");
        Check(Path.Combine("a", "b", "c.txt") == "a/b/c.txt" && Path.Combine("a", "/abs", "c") == "/abs/c", 1);
        Console.WriteLine($"{Q(Path.Join("a", "/abs"))} {Q(Path.Join("a/", "/b"))} {Q(Path.Join("", "b"))} {Q(Path.Join("a", "b", "c", "d"))}");
        Check(Path.Join("a", "/abs") == "a/abs" && Path.Join("a/", "/b") == "a//b", 2);
        string[] names = { "/home/u/file.tar.gz", "rel/dir/", "noext", ".hidden", "dir.d/file", "/", "a/b.", "" };
        foreach (var n in names)
            Console.WriteLine($"{Q(n)}: name={Q(Path.GetFileName(n))} stem={Q(Path.GetFileNameWithoutExtension(n))} ext={Q(Path.GetExtension(n))} has={Path.HasExtension(n)} dir={Q(Path.GetDirectoryName(n))} rooted={Path.IsPathRooted(n)}");
        Check(Path.GetExtension("/home/u/file.tar.gz") == ".gz" && Path.GetFileNameWithoutExtension("/home/u/file.tar.gz") == "file.tar", 3);
        Check(Path.GetExtension(".hidden") == ".hidden" && Path.GetExtension("dir.d/file") == "" && Path.GetDirectoryName("/") == null, 4);
        Console.WriteLine($"{Q(Path.ChangeExtension("a/b.txt", ".md"))} {Q(Path.ChangeExtension("a/b.txt", "md"))} {Q(Path.ChangeExtension("a/b.txt", null))} {Q(Path.ChangeExtension("a/b", ".x"))} {Q(Path.ChangeExtension("a.b/c", "y"))}");
        Check(Path.ChangeExtension("a/b.txt", null) == "a/b" && Path.ChangeExtension("a.b/c", "y") == "a.b/c.y", 5);
        Console.WriteLine($"{Path.IsPathFullyQualified("/x")} {Path.IsPathFullyQualified("x/y")} {Path.IsPathRooted("~/x")}");
        Console.WriteLine($"{Q(Path.GetFullPath("/a/b/../c/./d/"))} {Q(Path.GetFullPath("/a//b///c"))} {Q(Path.GetFullPath("/../x"))} {Q(Path.GetFullPath("sub/../f.txt", "/base/dir"))}");
        Check(Path.GetFullPath("/a/b/../c/./d/") == "/a/c/d/" && Path.GetFullPath("sub/../f.txt", "/base/dir") == "/base/dir/f.txt", 6);
        string cwdRel = Path.GetFullPath("x/y.txt");
        Console.WriteLine($"relative full path ends right: {cwdRel.EndsWith("/x/y.txt")} rooted={Path.IsPathRooted(cwdRel)} rel={Path.GetRelativePath(Environment.CurrentDirectory, cwdRel)}");
        Console.WriteLine($"{Q(Path.GetRelativePath("/a/b", "/a/b/c/d"))} {Q(Path.GetRelativePath("/a/b", "/a/x"))} {Q(Path.GetRelativePath("/a", "/a"))} {Q(Path.GetRelativePath("/a/b/", "/c"))}");
        Check(Path.GetRelativePath("/a/b", "/a/x") == "../x" && Path.GetRelativePath("/a", "/a") == ".", 7);
        Console.WriteLine($"{Q(Path.TrimEndingDirectorySeparator("/a/b/"))} {Q(Path.TrimEndingDirectorySeparator("/"))} {Path.EndsInDirectorySeparator("x/")} {Path.EndsInDirectorySeparator("x")}");
        Console.WriteLine($"{Path.DirectorySeparatorChar} {Path.AltDirectorySeparatorChar} {Path.PathSeparator} {Path.VolumeSeparatorChar} {Path.GetInvalidFileNameChars().Length} {Path.GetInvalidPathChars().Length}");
        Check(Path.GetInvalidFileNameChars().Length == 2 && Path.GetInvalidPathChars().Length == 1, 8);
        Console.WriteLine($"{Q(Path.GetPathRoot("/usr/lib"))} {Q(Path.GetPathRoot("usr/lib"))} {Path.GetTempPath().EndsWith('/')}");
        var rnd = Path.GetRandomFileName();
        Console.WriteLine($"random name length {rnd.Length} dot at {rnd.IndexOf('.')}");
        Check(rnd.Length == 12 && rnd[8] == '.', 9);
        try { Path.GetFullPath(""); Check(false, 10); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        try { Path.GetFullPath("a\0b"); Check(false, 11); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        ReadOnlySpan<char> span = "/dir/name.ext";
        Console.WriteLine($"{Path.GetFileName(span).ToString()} {Path.GetExtension(span).ToString()} {Path.GetDirectoryName(span).ToString()}");
        return failed == 0 ? 100 : failed;
    }
}
