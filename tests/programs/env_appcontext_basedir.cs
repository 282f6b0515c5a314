// AppContext.BaseDirectory: ends with a directory separator, is rooted, exists, and contains the
// program's files; asked twice it returns the same string.
using System;
using System.IO;

static class Program
{
    static int Main()
    {
        string b = AppContext.BaseDirectory;
        Console.WriteLine($"ends with sep: {b.EndsWith(Path.DirectorySeparatorChar)}");
        Console.WriteLine($"rooted: {Path.IsPathRooted(b)}");
        Console.WriteLine($"exists: {Directory.Exists(b)}");
        Console.WriteLine($"has files: {Directory.GetFiles(b).Length > 0}");
        Console.WriteLine($"stable: {ReferenceEquals(b, AppContext.BaseDirectory) || b == AppContext.BaseDirectory}");
        return b.EndsWith('/') && Directory.Exists(b) ? 100 : 1;
    }
}
