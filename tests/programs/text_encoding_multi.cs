// Encoding objects compared: UTF8, ASCII, Unicode, BigEndianUnicode, UTF32 and Latin1 on the same
// strings (byte counts, bytes, max counts, preambles), non-representable chars, GetEncoding by
// name and code page, WebName/CodePage/IsSingleByte, Encoding.Convert, and GetString slices.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Encoding[] encs = { Encoding.UTF8, Encoding.ASCII, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1, new UTF8Encoding(false), new UnicodeEncoding(true, false), new UTF32Encoding(true, true) };
        string[] samples = { "Hello", "café", "€uro", "日本", "a\U0001F600b", "" };
        foreach (var e in encs)
        {
            Console.Write($"{e.WebName,-10} cp={e.CodePage,-5} single={e.IsSingleByte,-5} pre={BitConverter.ToString(e.GetPreamble()),-12} max10={e.GetMaxByteCount(10)}/{e.GetMaxCharCount(10)}:");
            foreach (var s in samples)
            {
                byte[] b = e.GetBytes(s);
                string back = e.GetString(b);
                Console.Write($" {e.GetByteCount(s)}[{BitConverter.ToString(b)}]{(back == s ? "=" : "!" + back)}");
            }
            Console.WriteLine();
        }
        Check(Encoding.UTF8.GetByteCount("café") == 5 && Encoding.Unicode.GetByteCount("café") == 8 && Encoding.UTF32.GetByteCount("a\U0001F600b") == 12, 1);
        Check(Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("café€")) == "caf??" && Encoding.Latin1.GetString(Encoding.Latin1.GetBytes("café€")) == "café?", 2);
        Check(Encoding.ASCII.GetString(new byte[] { 0x41, 0xC8, 0x7F }) == "A?\u007F" && Encoding.Latin1.GetString(new byte[] { 0xE9, 0xFF }) == "éÿ", 3);
        Check(Encoding.UTF8.GetPreamble().Length == 3 && new UTF8Encoding(false).GetPreamble().Length == 0 && Encoding.Unicode.GetPreamble()[0] == 0xFF && Encoding.BigEndianUnicode.GetPreamble()[0] == 0xFE, 4);
        Check(Encoding.GetEncoding("utf-8").CodePage == 65001 && Encoding.GetEncoding(1200).WebName == "utf-16" && Encoding.GetEncoding("iso-8859-1").CodePage == 28591 && Encoding.GetEncoding("us-ascii").IsSingleByte, 5);
        Check(Encoding.GetEncoding(12000).WebName == "utf-32" && Encoding.GetEncoding("utf-16BE").CodePage == 1201 && Encoding.GetEncoding("latin1").WebName == "iso-8859-1", 6);
        try { Encoding.GetEncoding("no-such-encoding"); Check(false, 7); } catch (ArgumentException) { Console.WriteLine("unknown encoding rejected"); }
        try { Encoding.GetEncoding(1252); Console.WriteLine("1252 available"); } catch (NotSupportedException) { Console.WriteLine("1252 not supported"); } catch (ArgumentException) { Console.WriteLine("1252 argument exception"); }
        byte[] u16 = Encoding.Unicode.GetBytes("Grüße 日本");
        byte[] u8 = Encoding.Convert(Encoding.Unicode, Encoding.UTF8, u16);
        byte[] l1 = Encoding.Convert(Encoding.UTF8, Encoding.Latin1, u8);
        Console.WriteLine(BitConverter.ToString(u8) + " | " + BitConverter.ToString(l1));
        Check(Encoding.UTF8.GetString(u8) == "Grüße 日本" && Encoding.Latin1.GetString(l1) == "Grüße ??", 7);
        byte[] data = Encoding.UTF8.GetBytes("xxHelloyy");
        Check(Encoding.UTF8.GetString(data, 2, 5) == "Hello" && Encoding.UTF8.GetCharCount(data, 2, 5) == 5, 8);
        char[] chars = new char[10];
        int n = Encoding.UTF8.GetChars(data, 0, 4, chars, 3);
        Check(n == 4 && new string(chars, 3, 4) == "xxHe", 9);
        byte[] outBytes = new byte[10];
        int m = Encoding.Unicode.GetBytes("abc".ToCharArray(), 1, 2, outBytes, 4);
        Check(m == 4 && outBytes[4] == (byte)'b' && outBytes[5] == 0 && outBytes[6] == (byte)'c', 10);
        Check(Encoding.UTF8.GetMaxByteCount(1) == 6 && Encoding.Unicode.GetMaxByteCount(1) == 4 && Encoding.ASCII.GetMaxByteCount(5) == 6, 11);
        Span<byte> sb = stackalloc byte[4];
        Check(!Encoding.UTF8.TryGetBytes("日本", sb, out int written) && written == 0 && Encoding.UTF8.TryGetBytes("日", sb, out written) && written == 3, 12);
        Check(Encoding.Default.CodePage == 65001 && Encoding.UTF8.EncodingName.Length > 0, 13);
        var strict = new UTF32Encoding(false, false, true);
        try { strict.GetString(new byte[] { 0, 0, 0x11, 0 }); Check(false, 14); } catch (DecoderFallbackException) { Console.WriteLine("UTF32 invalid code point rejected"); }
        Console.WriteLine(Encoding.UTF32.GetString(new byte[] { 0, 0, 0x11, 0, 0x41, 0, 0, 0 }).Length);
        return failed == 0 ? 100 : failed;
    }
}
