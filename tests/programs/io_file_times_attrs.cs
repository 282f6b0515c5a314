// File metadata with fixed values: Set/GetLastWriteTimeUtc and LastAccessTimeUtc round trips,
// FileInfo time properties after Refresh, DirectoryInfo times, FileAttributes (Normal/ReadOnly
// toggling via IsReadOnly, Directory flag, hidden dot-files on Unix), and UnixFileMode bits.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), "dn_times_" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            string f = Path.Combine(dir, "file.txt");
            File.WriteAllText(f, "data");
            var when = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(f, when);
            File.SetLastAccessTimeUtc(f, when.AddDays(1));
            var w = File.GetLastWriteTimeUtc(f);
            var a = File.GetLastAccessTimeUtc(f);
            Console.WriteLine($"{w:o} {w.Kind} {a:o}");
            Check(w == when && a == when.AddDays(1), 1);
            var fi = new FileInfo(f);
            Console.WriteLine($"{fi.LastWriteTimeUtc:yyyy-MM-dd HH:mm:ss} {fi.LastWriteTime.ToUniversalTime() == when}");
            fi.LastWriteTimeUtc = when.AddYears(10);
            fi.Refresh();
            Console.WriteLine($"{fi.LastWriteTimeUtc:o}");
            Check(fi.LastWriteTimeUtc.Year == 2011, 2);
            Console.WriteLine($"attrs {File.GetAttributes(f)} readonly {fi.IsReadOnly}");
            fi.IsReadOnly = true;
            fi.Refresh();
            Console.WriteLine($"attrs {File.GetAttributes(f)} readonly {fi.IsReadOnly}");
            Check(fi.IsReadOnly && (File.GetAttributes(f) & FileAttributes.ReadOnly) != 0, 3);
            fi.IsReadOnly = false;
            Console.WriteLine($"attrs {File.GetAttributes(f)}");
            Console.WriteLine($"dir attrs {File.GetAttributes(dir)} {new DirectoryInfo(dir).Attributes}");
            Check((File.GetAttributes(dir) & FileAttributes.Directory) != 0, 4);
            string hidden = Path.Combine(dir, ".hidden");
            File.WriteAllText(hidden, "");
            Console.WriteLine($"dotfile attrs {File.GetAttributes(hidden)}");
            Check((File.GetAttributes(hidden) & FileAttributes.Hidden) != 0, 5);
            Directory.SetLastWriteTimeUtc(dir, when);
            Console.WriteLine($"dir time {Directory.GetLastWriteTimeUtc(dir):o}");
            Check(Directory.GetLastWriteTimeUtc(dir) == when, 6);
            File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
            Console.WriteLine($"mode {File.GetUnixFileMode(f)}");
            Check(File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead), 7);
            File.SetUnixFileMode(f, (UnixFileMode)Convert.ToInt32("755", 8));
            Console.WriteLine($"mode {File.GetUnixFileMode(f)} {(int)File.GetUnixFileMode(f)}");
            string missing = Path.Combine(dir, "missing");
            var mt = File.GetLastWriteTimeUtc(missing);
            Console.WriteLine($"missing file time {mt:o}");
            Check(mt == DateTime.FromFileTimeUtc(0), 8);
            try { File.GetAttributes(missing); Check(false, 9); }
            catch (FileNotFoundException ex) { Console.WriteLine(ex.GetType().Name); }
            var created = File.GetCreationTimeUtc(f);
            Console.WriteLine($"creation time kind {created.Kind} after 2000 {created.Year >= 2000}");
        }
        finally { Directory.Delete(dir, true); }
        return failed == 0 ? 100 : failed;
    }
}
