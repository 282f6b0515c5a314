// Encoding round trips beyond UTF-8 basics: UTF-16 LE/BE (Encoding.Unicode, BigEndianUnicode),
// UTF-32, preambles, byte/char counts, ASCII's '?' and Latin1's best-fit replacements, strict
// UTF8Encoding throwing on invalid bytes, Decoder/Encoder fed split sequences, and span APIs.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Hex(byte[] b) => Convert.ToHexString(b);

    static int Main()
    {
        string s = "A\u00e9\u4e2d\ud83d\ude00";
        Encoding[] encs = { Encoding.UTF8, Encoding.ASCII, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1 };
        foreach (var e in encs)
        {
            byte[] b = e.GetBytes(s);
            string back = e.GetString(b);
            Console.WriteLine($"{e.WebName,-10} {e.CodePage,5} bytes={b.Length,2} {Hex(b)} pre={Hex(e.GetPreamble())} same={back == s} max={e.GetMaxByteCount(4)}/{e.GetMaxCharCount(8)}");
        }

        Check(Hex(Encoding.Unicode.GetBytes("Az")) == "41007A00" && Hex(Encoding.BigEndianUnicode.GetBytes("Az")) == "0041007A", 1);
        Check(Hex(Encoding.UTF32.GetBytes("\ud83d\ude00")) == "00F60100", 2);
        Check(Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("h\u00e9llo")) == "h?llo", 3);
        Check(Encoding.ASCII.GetString(new byte[] { 0x41, 0xC3, 0x42 }) == "A?B", 4);
        Check(Encoding.Latin1.GetString(new byte[] { 0xE9, 0xFF }) == "\u00e9\u00ff" && Encoding.Latin1.GetBytes("\u0100")[0] == (byte)'A', 5);
        Check(Encoding.UTF8.GetByteCount(s) == 1 + 2 + 3 + 4 && Encoding.Unicode.GetByteCount(s) == 10 && Encoding.UTF32.GetByteCount(s) == 16, 6);
        Check(Encoding.UTF8.GetCharCount(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }) == 2, 7);
        Check(Hex(Encoding.UTF8.GetPreamble()) == "EFBBBF" && new UTF8Encoding(false).GetPreamble().Length == 0, 8);
        Check(Encoding.UTF8.GetString(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }) == "\ufeffA", 9);
        Check(Encoding.Unicode.GetString(new byte[] { 0x41, 0x00, 0x42 }) == "A\ufffd", 10);

        var strict = new UTF8Encoding(false, true);
        bool threw = false;
        try { strict.GetString(new byte[] { 0x41, 0xFF }); } catch (DecoderFallbackException) { threw = true; }
        Check(threw, 11);
        threw = false;
        try { strict.GetBytes("a\ud800b"); } catch (EncoderFallbackException) { threw = true; }
        Check(threw, 12);
        Check(Hex(Encoding.UTF8.GetBytes("a\ud800b")) == "61EFBFBD62", 13);

        byte[] utf8 = Encoding.UTF8.GetBytes(s + "!");
        var dec = Encoding.UTF8.GetDecoder();
        var sb = new StringBuilder();
        char[] chars = new char[16];
        for (int i = 0; i < utf8.Length; i++)
        {
            int n = dec.GetChars(utf8, i, 1, chars, 0, false);
            sb.Append(chars, 0, n);
        }
        Check(sb.ToString() == s + "!", 14);
        var enc = Encoding.UTF8.GetEncoder();
        byte[] outb = new byte[16];
        int n1 = enc.GetBytes(new[] { '\ud83d' }, 0, 1, outb, 0, false);
        int n2 = enc.GetBytes(new[] { '\ude00' }, 0, 1, outb, n1, true);
        Check(n1 == 0 && n2 == 4 && Hex(outb[..4]) == "F09F9880", 15);

        Span<byte> span = stackalloc byte[32];
        int w = Encoding.UTF8.GetBytes("caf\u00e9".AsSpan(), span);
        Check(w == 5 && Encoding.UTF8.GetString(span[..w]) == "caf\u00e9", 16);
        Check(Encoding.UTF8.TryGetBytes("xyz", span, out int w2) && w2 == 3 && !Encoding.UTF8.TryGetBytes("xyz", span[..2], out _), 17);
        Check(Encoding.GetEncoding("utf-16").CodePage == 1200 && Encoding.GetEncoding(65001).WebName == "utf-8" && Encoding.GetEncoding("us-ascii") == Encoding.ASCII, 18);
        byte[] conv = Encoding.Convert(Encoding.UTF8, Encoding.Unicode, Encoding.UTF8.GetBytes("\u00e9!"));
        Check(Hex(conv) == "E9002100", 19);
        for (int cp = 0; cp < 0x11000; cp += 37)
        {
            if (cp >= 0xD800 && cp < 0xE000) continue;
            string one = char.ConvertFromUtf32(cp);
            foreach (var e in new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32 })
                if (e.GetString(e.GetBytes(one)) != one) Check(false, 20);
        }
        return failed == 0 ? 100 : failed;
    }
}
