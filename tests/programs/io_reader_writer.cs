// Text and binary readers/writers over files and MemoryStreams: StreamWriter with UTF-8 (with and
// without BOM) and UTF-16, StreamReader BOM detection, ReadLine with \n, \r\n and \r, Peek/Read,
// ReadBlock, StringReader/StringWriter, and BinaryWriter/BinaryReader round trips of primitives.
using System;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string root = Path.Combine(Path.GetTempPath(), $"dotnative-rw-{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        try
        {
            string f = Path.Combine(root, "text.txt");
            using (var w = new StreamWriter(f, false, new UTF8Encoding(true)))
            {
                w.NewLine = "\r\n";
                w.WriteLine("first");
                w.Write(42); w.Write(' '); w.Write(1.5); w.Write(true); w.WriteLine();
                w.Write("caf\u00e9 {0}|{1,3}", 7, "x");
            }
            byte[] raw = File.ReadAllBytes(f);
            Check(raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF && raw.Length == 3 + 7 + 11 + 12, 1);
            using (var r = new StreamReader(f))
            {
                Check(r.Peek() == 'f' && r.Read() == 'f', 2);
                Check(r.ReadLine() == "irst" && r.ReadLine() == "42 1.5True" && r.ReadLine() == "caf\u00e9 7|  x" && r.ReadLine() == null, 3);
                Check(r.CurrentEncoding is UTF8Encoding && r.EndOfStream && r.Read() == -1, 4);
            }
            using (var w = new StreamWriter(f, false, Encoding.Unicode)) w.Write("A\u4e2d");
            Check(Convert.ToHexString(File.ReadAllBytes(f)) == "FFFE41002D4E", 5);
            using (var r = new StreamReader(f, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                Check(r.ReadToEnd() == "A\u4e2d" && r.CurrentEncoding.CodePage == 1200, 6);
            using (var w = new StreamWriter(f, append: false)) w.Write("x");
            using (var w = new StreamWriter(f, append: true)) w.Write("y\u00e9");
            Check(Convert.ToHexString(File.ReadAllBytes(f)) == "7879C3A9", 7);

            var ms = new MemoryStream(Encoding.UTF8.GetBytes("a\nb\r\nc\rd\n\ne"));
            using (var r = new StreamReader(ms, leaveOpen: true))
            {
                var sb = new StringBuilder();
                string line;
                while ((line = r.ReadLine()) != null) sb.Append('[').Append(line).Append(']');
                Check(sb.ToString() == "[a][b][c][d][][e]", 8);
            }
            Check(ms.CanRead, 9);
            ms.Position = 0;
            using (var r = new StreamReader(ms))
            {
                var block = new char[4];
                Check(r.ReadBlock(block, 0, 4) == 4 && new string(block) == "a\nb\r", 10);
                Check(r.ReadToEnd() == "\nc\rd\n\ne", 11);
            }
            Check(!ms.CanRead, 12);

            var sr = new StringReader("one\ntwo\r\nthree");
            Check(sr.ReadLine() == "one" && sr.Peek() == 't' && sr.ReadToEnd() == "two\r\nthree" && sr.ReadLine() == null, 13);
            var sw = new StringWriter();
            sw.Write("n={0:D3};", 5); sw.WriteLine('!'); sw.Write(new[] { 'a', 'b' });
            Check(sw.ToString() == "n=005;!\nab" && sw.GetStringBuilder().Length == 10, 14);

            string bin = Path.Combine(root, "data.bin");
            using (var bw = new BinaryWriter(File.Create(bin)))
            {
                bw.Write(true); bw.Write((byte)200); bw.Write((sbyte)-5); bw.Write((short)-300); bw.Write((ushort)60000);
                bw.Write(-123456789); bw.Write(uint.MaxValue); bw.Write(long.MinValue); bw.Write(1.5f); bw.Write(Math.PI);
                bw.Write(123.456m); bw.Write('\u00e9'); bw.Write("hello \u4e16\u754c"); bw.Write(new string('z', 200)); bw.Write7BitEncodedInt(300);
                bw.Write((Half)2.5);
            }
            Console.WriteLine(new FileInfo(bin).Length);
            using (var br = new BinaryReader(File.OpenRead(bin)))
            {
                Check(br.ReadBoolean() && br.ReadByte() == 200 && br.ReadSByte() == -5 && br.ReadInt16() == -300 && br.ReadUInt16() == 60000, 15);
                Check(br.ReadInt32() == -123456789 && br.ReadUInt32() == uint.MaxValue && br.ReadInt64() == long.MinValue, 16);
                Check(br.ReadSingle() == 1.5f && br.ReadDouble() == Math.PI && br.ReadDecimal() == 123.456m && br.ReadChar() == '\u00e9', 17);
                Check(br.ReadString() == "hello \u4e16\u754c" && br.ReadString().Length == 200 && br.Read7BitEncodedInt() == 300, 18);
                Check(br.ReadHalf() == (Half)2.5 && br.PeekChar() == -1, 19);
                bool threw = false;
                try { br.ReadInt32(); } catch (EndOfStreamException) { threw = true; }
                Check(threw, 20);
            }
            var mem = new MemoryStream();
            using (var bw = new BinaryWriter(mem, Encoding.UTF8, leaveOpen: true)) { bw.Write("ab"); bw.Write(0x01020304); }
            Console.WriteLine(Convert.ToHexString(mem.ToArray()));
        }
        finally
        {
            Directory.Delete(root, true);
        }
        return failed == 0 ? 100 : failed;
    }
}
