// StreamWriter/StreamReader with encodings: UTF-8 with and without BOM, UTF-16 LE/BE, ASCII
// replacement of non-ASCII, Latin1; BOM detection on read, CurrentEncoding, Peek, ReadLine over
// mixed \n, \r\n and \r line ends, ReadToEnd, Read(char[]), and byte lengths of the files.
using System;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string path = Path.Combine(Path.GetTempPath(), "dn_enc_" + Environment.ProcessId + ".txt");
        string text = "héllo wörld €";
        try
        {
            var encs = new (string, Encoding)[]
            {
                ("utf8-bom", new UTF8Encoding(true)), ("utf8", new UTF8Encoding(false)), ("utf16le", Encoding.Unicode),
                ("utf16be", Encoding.BigEndianUnicode), ("ascii", Encoding.ASCII), ("latin1", Encoding.Latin1), ("utf32", Encoding.UTF32),
            };
            foreach (var (name, enc) in encs)
            {
                using (var w = new StreamWriter(path, false, enc)) w.Write(text);
                var bytes = File.ReadAllBytes(path);
                string back;
                string detected;
                using (var r = new StreamReader(path, Encoding.Latin1, true))
                {
                    back = r.ReadToEnd();
                    detected = r.CurrentEncoding.WebName;
                }
                string exact = File.ReadAllText(path, enc);
                Console.WriteLine($"{name}: {bytes.Length} bytes, first {bytes[0]:X2}, detected {detected}, exact '{exact}', autodetect '{back}'");
                if (name == "utf8-bom") Check(bytes.Length == 20 && back == text, 1);
                if (name == "utf16le") Check(bytes.Length == 28 && back == text, 2);
                if (name == "ascii") Check(exact == "h?llo w?rld ?", 3);
            }
            File.WriteAllText(path, "one\ntwo\r\nthree\rfour\r\n\r\nlast", new UTF8Encoding(false));
            using (var r = new StreamReader(path))
            {
                Console.WriteLine($"peek {(char)r.Peek()} {(char)r.Read()}");
                string line; int count = 0;
                var sb = new StringBuilder("n");
                while ((line = r.ReadLine()) != null) { count++; sb.Append('[').Append(line).Append(']'); }
                Console.WriteLine($"{count} {sb}");
                Check(count == 6 && sb.ToString() == "n[ne][two][three][four][][last]", 4);
                Check(r.Peek() == -1 && r.Read() == -1 && r.EndOfStream, 5);
            }
            using (var r = new StreamReader(path))
            {
                var buf = new char[5];
                int n = r.Read(buf, 0, 5);
                int m = r.ReadBlock(buf, 0, 5);
                Console.WriteLine($"{n} {m} {new string(buf, 0, m).Replace("\r", "\\r").Replace("\n", "\\n")}");
                Check(n == 5 && m == 5, 6);
            }
            using (var w = new StreamWriter(path, false))
            {
                w.NewLine = "\r\n";
                w.WriteLine("crlf");
                w.Write(12); w.Write(' '); w.Write(3.5); w.Write(true); w.WriteLine();
                w.Write("{0}-{1}", "a", 2);
                Console.WriteLine($"writer encoding {w.Encoding.WebName} autoflush {w.AutoFlush}");
            }
            var raw = File.ReadAllText(path);
            Console.WriteLine(raw.Replace("\r", "\\r").Replace("\n", "\\n"));
            Check(raw == "crlf\r\n12 3.5True\r\na-2", 7);
            Check(File.ReadAllBytes(path)[0] == (byte)'c', 8);
            using (var w = new StreamWriter(path, true)) w.Write("+more");
            Check(File.ReadAllText(path).EndsWith("a-2+more"), 9);
            var ms = new MemoryStream(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0xA9 });
            using (var r = new StreamReader(ms, Encoding.ASCII, true)) Console.WriteLine(r.ReadToEnd() + " " + r.CurrentEncoding.WebName);
            var bad = new MemoryStream(new byte[] { 0x41, 0xFF, 0x42 });
            using (var r = new StreamReader(bad)) { var s = r.ReadToEnd(); Console.WriteLine($"{s.Length} {(int)s[1]:X4}"); Check(s[1] == '\uFFFD', 10); }
        }
        finally { File.Delete(path); }
        return failed == 0 ? 100 : failed;
    }
}
