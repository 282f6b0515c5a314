// File management in a private temp directory: File.Copy (new target, overwrite false raising
// IOException, overwrite true), File.Move (rename, onto existing raising IOException, overwrite
// true), File.Delete of missing file (no error), Exists, AppendAllText creating files, ReadAllBytes.
using System;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), "dn_copymove_" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            string a = Path.Combine(dir, "a.txt"), b = Path.Combine(dir, "b.txt"), c = Path.Combine(dir, "c.txt");
            File.WriteAllText(a, "alpha");
            File.Copy(a, b);
            Console.WriteLine($"{File.Exists(a)} {File.Exists(b)} {File.ReadAllText(b)}");
            Check(File.ReadAllText(b) == "alpha", 1);
            File.WriteAllText(a, "alpha2");
            try { File.Copy(a, b); Check(false, 2); }
            catch (IOException ex) { Console.WriteLine($"{ex.GetType().Name} copy onto existing: {ex.Message.Replace(dir, "<dir>")}"); }
            File.Copy(a, b, true);
            Check(File.ReadAllText(b) == "alpha2", 3);
            File.Move(b, c);
            Console.WriteLine($"{File.Exists(b)} {File.Exists(c)} {File.ReadAllText(c)}");
            Check(!File.Exists(b) && File.ReadAllText(c) == "alpha2", 4);
            try { File.Move(a, c); Check(false, 5); }
            catch (IOException ex) { Console.WriteLine($"{ex.GetType().Name} move onto existing: {ex.Message.Replace(dir, "<dir>")}"); }
            File.WriteAllText(a, "newest");
            File.Move(a, c, true);
            Console.WriteLine($"{File.Exists(a)} {File.ReadAllText(c)}");
            Check(!File.Exists(a) && File.ReadAllText(c) == "newest", 6);
            File.Delete(Path.Combine(dir, "never-existed.txt"));
            File.Delete(c);
            Check(!File.Exists(c), 7);
            string ap = Path.Combine(dir, "append.log");
            File.AppendAllText(ap, "one\n");
            File.AppendAllText(ap, "two\n", Encoding.UTF8);
            File.AppendAllLines(ap, new[] { "three", "four" });
            var lines = File.ReadAllLines(ap);
            Console.WriteLine($"{lines.Length} {string.Join("|", lines)}");
            Check(lines.Length == 4 && lines[3] == "four", 8);
            byte[] bytes = File.ReadAllBytes(ap);
            Console.WriteLine($"{bytes.Length} {bytes[0]} {bytes[bytes.Length - 1]}");
            Check(bytes.Length == 19 && bytes[0] == (byte)'o', 9);
            string missing = Path.Combine(dir, "missing.txt");
            try { File.Copy(missing, a); Check(false, 10); }
            catch (FileNotFoundException ex) { Console.WriteLine($"{ex.GetType().Name} {Path.GetFileName(ex.FileName)}"); }
            try { File.Move(missing, a); Check(false, 11); }
            catch (FileNotFoundException ex) { Console.WriteLine($"{ex.GetType().Name} {Path.GetFileName(ex.FileName)}"); }
            Console.WriteLine($"{File.Exists(null)} {File.Exists("")} {File.Exists(dir)} {Directory.Exists(dir)}");
            Check(!File.Exists(dir) && Directory.Exists(dir), 12);
            string big = Path.Combine(dir, "big.bin");
            var data = new byte[200_000];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7);
            File.WriteAllBytes(big, data);
            File.Copy(big, big + ".copy");
            var back = File.ReadAllBytes(big + ".copy");
            bool same = back.Length == data.Length;
            for (int i = 0; same && i < data.Length; i++) same = back[i] == data[i];
            Console.WriteLine($"copied {back.Length} same={same}");
            Check(same, 13);
        }
        finally { Directory.Delete(dir, true); }
        Console.WriteLine(Directory.Exists(dir));
        return failed == 0 ? 100 : failed;
    }
}
