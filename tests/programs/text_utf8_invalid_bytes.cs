// UTF-8 decoding of malformed input: lone continuation bytes, truncated sequences, overlong
// encodings, encoded surrogates and >U+10FFFF, each replaced with U+FFFD per maximal subpart;
// encoding of lone surrogates, custom replacement fallbacks, and Utf8.IsValid / ToUtf16 status.
using System;
using System.Text;
using System.Text.Unicode;
using System.Buffers;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Dump(string s) { var sb = new StringBuilder(); foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' '); return sb.ToString().TrimEnd(); }

    static int Main()
    {
        byte[][] cases = {
            new byte[] { 0x41, 0x80, 0x42 },
            new byte[] { 0xC3 },
            new byte[] { 0xE2, 0x82 },
            new byte[] { 0xE2, 0x82, 0x41 },
            new byte[] { 0xC0, 0xAF },
            new byte[] { 0xE0, 0x80, 0xAF },
            new byte[] { 0xED, 0xA0, 0x80 },
            new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xF0, 0x9F, 0x98 },
            new byte[] { 0xFF, 0xFE, 0xFD },
            new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0x80 },
            new byte[] { 0xC3, 0xA9, 0xC3 },
        };
        int[] expectLen = { 3, 1, 1, 2, 2, 3, 3, 4, 1, 3, 3, 2 };
        for (int i = 0; i < cases.Length; i++)
        {
            string s = Encoding.UTF8.GetString(cases[i]);
            int cc = Encoding.UTF8.GetCharCount(cases[i]);
            bool valid = Utf8.IsValid(cases[i]);
            Console.WriteLine($"{i}: {BitConverter.ToString(cases[i])} -> {Dump(s)} count={cc} valid={valid}");
            Check(s.Length == expectLen[i] && cc == s.Length, 1 + i);
        }
        Check(Encoding.UTF8.GetString(new byte[] { 0xC0, 0xAF }) == "\uFFFD\uFFFD", 20);
        Check(Encoding.UTF8.GetString(new byte[] { 0xE2, 0x82 }) == "\uFFFD", 21);
        Check(Utf8.IsValid(new byte[] { 0xE2, 0x82, 0xAC }) && !Utf8.IsValid(new byte[] { 0xED, 0xA0, 0x80 }), 22);
        byte[] lone = Encoding.UTF8.GetBytes("a\uD800b\uDC00");
        Console.WriteLine("lone surrogates: " + BitConverter.ToString(lone));
        Check(lone.Length == 8 && lone[1] == 0xEF && lone[2] == 0xBF && lone[3] == 0xBD, 23);
        var custom = Encoding.GetEncoding("utf-8", new EncoderReplacementFallback("?"), new DecoderReplacementFallback("<bad>"));
        string cs = custom.GetString(new byte[] { 0x61, 0xFF, 0x62 });
        byte[] cb = custom.GetBytes("x\uD800y");
        Console.WriteLine(cs + " " + BitConverter.ToString(cb));
        Check(cs == "a<bad>b" && cb.Length == 3 && cb[1] == (byte)'?', 24);
        Span<char> dst = stackalloc char[16];
        var st = Utf8.ToUtf16(new byte[] { 0x61, 0xE2, 0x82 }, dst, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: false);
        Console.WriteLine($"{st} {read} {written}");
        Check(st == OperationStatus.NeedMoreData && read == 1 && written == 1, 25);
        st = Utf8.ToUtf16(new byte[] { 0x61, 0xFF }, dst, out read, out written, replaceInvalidSequences: false);
        Console.WriteLine($"{st} {read} {written}");
        Check(st == OperationStatus.InvalidData && read == 1, 26);
        st = Utf8.ToUtf16(new byte[] { 0x61, 0xFF, 0x62 }, dst, out read, out written);
        Check(st == OperationStatus.Done && written == 3 && dst[1] == '\uFFFD', 27);
        Span<byte> small = stackalloc byte[2];
        st = Utf8.FromUtf16("a€", small, out read, out written);
        Console.WriteLine($"{st} {read} {written}");
        Check(st == OperationStatus.DestinationTooSmall && read == 1 && written == 1, 28);
        var dec = Encoding.UTF8.GetDecoder();
        char[] outc = new char[8];
        int n1 = dec.GetChars(new byte[] { 0xF0, 0x9F }, 0, 2, outc, 0, false);
        int n2 = dec.GetChars(new byte[] { 0x98, 0x80 }, 0, 2, outc, n1, true);
        Console.WriteLine(n1 + " " + n2 + " " + Dump(new string(outc, 0, n1 + n2)));
        Check(n1 == 0 && n2 == 2, 29);
        return failed == 0 ? 100 : failed;
    }
}
