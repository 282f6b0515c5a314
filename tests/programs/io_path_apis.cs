// System.IO.Path on Unix without touching the file system: Combine/Join with rooted and empty
// parts, GetFileName/GetExtension/GetDirectoryName and friends, ChangeExtension, IsPathRooted,
// GetFullPath of absolute paths with . and .., GetRelativePath, trailing separators, invalid chars.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Q(string s) => s == null ? "null" : "\"" + s + "\"";

    static int Main()
    {
        string[] paths = { "/usr/lib/libc.so.6", "dir/file.tar.gz", "file", ".bashrc", "/", "a/b/", "noext.", "/x/.hidden.txt", "", "c:\\win\\x.exe" };
        foreach (var p in paths)
            Console.WriteLine($"{Q(p),-22} name={Q(Path.GetFileName(p))} stem={Q(Path.GetFileNameWithoutExtension(p))} ext={Q(Path.GetExtension(p))} dir={Q(Path.GetDirectoryName(p))} has={Path.HasExtension(p)} rooted={Path.IsPathRooted(p)}");

        Check(Path.DirectorySeparatorChar == '/' && Path.AltDirectorySeparatorChar == '/' && Path.PathSeparator == ':' && Path.VolumeSeparatorChar == '/', 1);
        Check(Path.Combine("a", "b", "c.txt") == "a/b/c.txt" && Path.Combine("a/", "b") == "a/b" && Path.Combine("a", "") == "a", 2);
        Check(Path.Combine("a", "/abs", "c") == "/abs/c" && Path.Combine("", "x") == "x" && Path.Combine("a", "b", "c", "d", "e") == "a/b/c/d/e", 3);
        Check(Path.Join("a", "/abs") == "a/abs" && Path.Join("a/", "/b") == "a//b" && Path.Join("a/", "b") == "a/b" && Path.Join("a", "", "b") == "a/b" && Path.Join("x", null) == "x", 4);
        bool threw = false;
        try { Path.Combine("a", null); } catch (ArgumentNullException) { threw = true; }
        Check(threw, 5);
        Check(Path.GetFileName("a/b/") == "" && Path.GetFileName(null) == null && Path.GetDirectoryName("/") == null && Path.GetDirectoryName("file") == "", 6);
        Check(Path.GetDirectoryName("/a//b") == "/a" && Path.GetDirectoryName("a/b/c") == "a/b" && Path.GetDirectoryName("/a") == "/", 7);
        Check(Path.ChangeExtension("a/b.txt", ".md") == "a/b.md" && Path.ChangeExtension("a/b.txt", "md") == "a/b.md" && Path.ChangeExtension("a/b.txt", null) == "a/b", 8);
        Check(Path.ChangeExtension("a/b", "x") == "a/b.x" && Path.ChangeExtension("a.b/c", ".d") == "a.b/c.d" && Path.ChangeExtension("", ".x") == "", 9);
        Check(Path.GetExtension("a.b/c") == "" && Path.GetExtension("x.TXT") == ".TXT" && !Path.HasExtension("noext.") && Path.HasExtension(".bashrc"), 10);
        Check(Path.IsPathRooted("/x") && !Path.IsPathRooted("x/y") && !Path.IsPathRooted("c:\\x") && Path.IsPathFullyQualified("/x") && !Path.IsPathFullyQualified("x"), 11);
        Check(Path.GetFullPath("/a/b/../c/./d") == "/a/c/d" && Path.GetFullPath("/a/b/") == "/a/b/" && Path.GetFullPath("/../..") == "/", 12);
        Check(Path.GetFullPath("x/y", "/base") == "/base/x/y" && Path.GetFullPath("../z", "/base/sub") == "/base/z" && Path.GetFullPath("//a///b") == "/a/b", 13);
        Check(Path.GetRelativePath("/a/b", "/a/b/c/d") == "c/d" && Path.GetRelativePath("/a/b", "/a/x") == "../x" && Path.GetRelativePath("/a", "/a") == ".", 14);
        Check(Path.GetRelativePath("/a/b/c", "/d") == "../../../d" && Path.GetRelativePath("/a/", "/a/b/") == "b/", 15);
        Check(Path.TrimEndingDirectorySeparator("/a/b/") == "/a/b" && Path.TrimEndingDirectorySeparator("/") == "/" && Path.EndsInDirectorySeparator("a/"), 16);
        Check(Path.GetPathRoot("/usr/x") == "/" && Path.GetPathRoot("rel/x") == "" && Path.GetPathRoot((string)null) == null, 17);
        Check(Array.IndexOf(Path.GetInvalidPathChars(), '\0') >= 0 && Array.IndexOf(Path.GetInvalidFileNameChars(), '/') >= 0 && Path.GetInvalidFileNameChars().Length == 2, 18);
        Check(Path.GetFileName("a/b.c/d.e.f".AsSpan()).ToString() == "d.e.f" && Path.GetExtension("x.y.z".AsSpan()).ToString() == ".z", 19);
        Check(Path.GetFileNameWithoutExtension("/p/q.r.s") == "q.r" && Path.GetFileNameWithoutExtension("/p/.s") == "", 20);
        string tmp = Path.GetTempPath();
        Check(Path.IsPathRooted(tmp) && tmp.EndsWith('/'), 21);
        string rnd = Path.GetRandomFileName();
        Check(rnd.Length == 12 && rnd[8] == '.' && Path.GetExtension(rnd).Length == 4, 22);
        Console.WriteLine(Path.Combine("root", "sub dir", "file name.txt") + " | " + Path.Join("a", "b", "c", "d") + " | " + Path.GetFullPath("/usr/./local/../bin"));
        return failed == 0 ? 100 : failed;
    }
}
