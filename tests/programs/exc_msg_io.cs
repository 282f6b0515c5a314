// Framework I/O exception types and messages for relative paths that do not exist (so the messages
// print identically): FileNotFoundException (ReadAllText, OpenRead, FileInfo.Length), its FileName,
// DirectoryNotFoundException (file in a missing directory, Directory.GetFiles, Delete, Move),
// IOException for File.Move onto an existing file, and stream/reader misuse messages.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string cwd = Environment.CurrentDirectory;
    static string tmp = Path.Combine(Path.GetTempPath(), "dn_excio_" + Environment.ProcessId);
    static Exception Catch(string what, Action a)
    {
        try { a(); Console.WriteLine($"{what}: no exception"); return null; }
        catch (Exception e)
        {
            Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message.Replace(tmp, "<tmp>").Replace(cwd, "<cwd>")}");
            return e;
        }
    }

    static int Main()
    {
        var e1 = Catch("ReadAllText", () => File.ReadAllText("no_such_file_dn.txt"));
        Check(e1 is FileNotFoundException f && f.FileName.EndsWith("no_such_file_dn.txt"), 1);
        Catch("OpenRead", () => File.OpenRead("no_such_file_dn.bin").Dispose());
        Catch("ReadAllBytes", () => File.ReadAllBytes("nope_dn.bin"));
        Catch("ReadAllLines", () => File.ReadAllLines("nope_dn.lines"));
        Catch("StreamReader", () => new StreamReader("nope_dn.txt").Dispose());
        Catch("FileInfo.Length", () => Console.WriteLine(new FileInfo("nope_dn.len").Length));
        var e2 = Catch("WriteAllText in missing dir", () => File.WriteAllText("missing_dn_dir/x.txt", "x"));
        Check(e2 is DirectoryNotFoundException, 2);
        Catch("ReadAllText in missing dir", () => File.ReadAllText("missing_dn_dir/x.txt"));
        Catch("GetFiles", () => Directory.GetFiles("missing_dn_dir"));
        Catch("EnumerateFiles", () => Directory.EnumerateFiles("missing_dn_dir").GetEnumerator().MoveNext());
        Catch("Directory.Delete", () => Directory.Delete("missing_dn_dir"));
        Catch("Directory.Move", () => Directory.Move("missing_dn_dir", "other_dn_dir"));
        Catch("File.Copy", () => File.Copy("nope_dn.src", "nope_dn.dst"));
        Catch("File.Move", () => File.Move("nope_dn.src", "nope_dn.dst"));
        Catch("File.Delete missing dir", () => File.Delete("missing_dn_dir/file"));
        Catch("File.Delete missing file", () => File.Delete("nope_dn_delete.txt"));
        Catch("FileMode.Open", () => new FileStream("nope_dn.fs", FileMode.Open).Dispose());
        Catch("empty path", () => File.ReadAllText(""));
        Catch("null path", () => File.ReadAllText(null));
        Catch("whitespace dir", () => Directory.CreateDirectory(""));
        Directory.CreateDirectory(tmp);
        try
        {
            string a = Path.Combine(tmp, "a"), b = Path.Combine(tmp, "b");
            File.WriteAllText(a, "1"); File.WriteAllText(b, "2");
            try { File.Move(a, b); Check(false, 3); }
            catch (IOException ex) { Console.WriteLine($"Move onto existing: {ex.GetType().FullName}: {ex.Message.Replace(tmp, "<tmp>")}"); }
            try { Directory.CreateDirectory(Path.Combine(a, "sub")); Check(false, 4); }
            catch (IOException ex) { Console.WriteLine($"dir under file: {ex.GetType().FullName}"); }
            var fs = File.OpenRead(a);
            fs.Dispose();
            Catch("read disposed FileStream", () => fs.ReadByte());
            var sr = new StreamReader(b);
            sr.Dispose();
            Catch("read disposed StreamReader", () => sr.ReadLine());
            var sw = new StreamWriter(Path.Combine(tmp, "c"));
            sw.Dispose();
            Catch("write disposed StreamWriter", () => sw.Write("x"));
            using var ro = File.OpenRead(a);
            Catch("write read-only stream", () => ro.WriteByte(1));
            Catch("SetLength read-only", () => ro.SetLength(0));
            Catch("negative seek", () => ro.Seek(-5, SeekOrigin.Begin));
            Catch("negative position", () => ro.Position = -1);
        }
        finally { Directory.Delete(tmp, true); }
        return failed == 0 ? 100 : failed;
    }
}
