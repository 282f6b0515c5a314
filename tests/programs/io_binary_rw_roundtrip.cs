// BinaryWriter/BinaryReader round trip over a MemoryStream and a file: every primitive type
// (bool, byte, sbyte, char, short, ushort, int, uint, long, ulong, float, double, decimal, Half),
// length-prefixed strings (short, long, non-ASCII), 7-bit encoded ints, byte/char arrays,
// exact stream length, EndOfStreamException past the end, and leaveOpen.
using System;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(true); w.Write((byte)250); w.Write((sbyte)-100); w.Write('é');
            w.Write((short)-12345); w.Write((ushort)54321); w.Write(-123456789); w.Write(3000000000u);
            w.Write(long.MinValue); w.Write(ulong.MaxValue); w.Write(1.25f); w.Write(Math.PI);
            w.Write(-79228162514264337593543950335m); w.Write(12.345m); w.Write((Half)1.5);
            w.Write("short"); w.Write(new string('x', 300)); w.Write("ünïcødé ✓"); w.Write("");
            w.Write7BitEncodedInt(-1); w.Write7BitEncodedInt(300); w.Write7BitEncodedInt64(1L << 40);
            w.Write(new byte[] { 1, 2, 3 }); w.Write(new[] { 'a', 'b' });
        }
        Console.WriteLine($"length {ms.Length}");
        var bytes = ms.ToArray();
        Console.WriteLine(BitConverter.ToString(bytes, 0, 24));
        ms.Position = 0;
        using (var r = new BinaryReader(ms))
        {
            Console.WriteLine($"{r.ReadBoolean()} {r.ReadByte()} {r.ReadSByte()} {r.ReadChar()}");
            Console.WriteLine($"{r.ReadInt16()} {r.ReadUInt16()} {r.ReadInt32()} {r.ReadUInt32()}");
            Console.WriteLine($"{r.ReadInt64()} {r.ReadUInt64()} {r.ReadSingle()} {r.ReadDouble()}");
            decimal d1 = r.ReadDecimal(), d2 = r.ReadDecimal();
            Half h = r.ReadHalf();
            Console.WriteLine($"{d1} {d2} {h}");
            Check(d1 == decimal.MinValue && d2 == 12.345m && h == (Half)1.5, 1);
            string s1 = r.ReadString(), s2 = r.ReadString(), s3 = r.ReadString(), s4 = r.ReadString();
            Console.WriteLine($"{s1} {s2.Length} {s3} [{s4}]");
            Check(s1 == "short" && s2.Length == 300 && s3 == "ünïcødé ✓" && s4 == "", 2);
            int e1 = r.Read7BitEncodedInt(), e2 = r.Read7BitEncodedInt(); long e3 = r.Read7BitEncodedInt64();
            Console.WriteLine($"{e1} {e2} {e3}");
            Check(e1 == -1 && e2 == 300 && e3 == 1L << 40, 3);
            var ba = r.ReadBytes(3); var ca = r.ReadChars(2);
            Console.WriteLine($"{string.Join(",", ba)} {new string(ca)} pos={ms.Position} len={ms.Length}");
            Check(ms.Position == ms.Length && ca[1] == 'b', 4);
            Console.WriteLine($"{r.ReadBytes(10).Length} {r.PeekChar()} {r.Read()}");
            try { r.ReadInt32(); Check(false, 5); }
            catch (EndOfStreamException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        }
        Console.WriteLine($"ms usable after reader dispose: {ms.CanRead}");
        string path = Path.Combine(Path.GetTempPath(), "dn_binrw_" + Environment.ProcessId + ".bin");
        try
        {
            using (var w = new BinaryWriter(File.Create(path)))
                for (int i = 0; i < 1000; i++) { w.Write(i); w.Write(i * 0.5); }
            Console.WriteLine(new FileInfo(path).Length);
            Check(new FileInfo(path).Length == 12000, 6);
            using (var r = new BinaryReader(File.OpenRead(path)))
            {
                long isum = 0; double dsum = 0;
                for (int i = 0; i < 1000; i++) { isum += r.ReadInt32(); dsum += r.ReadDouble(); }
                Console.WriteLine($"{isum} {dsum}");
                Check(isum == 499500 && dsum == 249750, 7);
                r.BaseStream.Seek(12 * 500, SeekOrigin.Begin);
                Check(r.ReadInt32() == 500, 8);
            }
        }
        finally { File.Delete(path); }
        var bad = new MemoryStream(new byte[] { 5, (byte)'a' });
        try { new BinaryReader(bad).ReadString(); Check(false, 9); }
        catch (EndOfStreamException) { Console.WriteLine("truncated string: EndOfStreamException"); }
        return failed == 0 ? 100 : failed;
    }
}
