// Text encodings and Unicode: UTF-8 byte counts and round trips for ASCII, 2-, 3- and 4-byte
// sequences, surrogate pairs in UTF-16 strings, char.ConvertFromUtf32/ConvertToUtf32,
// Rune enumeration, ASCII and Latin1 encodings, and invalid bytes decoded to U+FFFD.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string s = "aé€😀";
        Check(s.Length == 5, 1);
        byte[] utf8 = Encoding.UTF8.GetBytes(s);
        Check(utf8.Length == 1 + 2 + 3 + 4 && Encoding.UTF8.GetByteCount(s) == 10, 2);
        Check(utf8[1] == 0xC3 && utf8[2] == 0xA9 && utf8[6] == 0xF0, 3);
        Check(Encoding.UTF8.GetString(utf8) == s, 4);
        Check(char.IsHighSurrogate(s[3]) && char.IsLowSurrogate(s[4]) && char.ConvertToUtf32(s, 3) == 0x1F600, 5);
        Check(char.ConvertFromUtf32(0x1F600) == "😀", 6);
        int runes = 0; int maxScalar = 0;
        foreach (var r in s.EnumerateRunes()) { runes++; maxScalar = Math.Max(maxScalar, r.Value); }
        Check(runes == 4 && maxScalar == 0x1F600, 7);
        Check(Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("hi?é")) == "hi??", 8);
        Check(Encoding.Latin1.GetBytes("é")[0] == 0xE9, 9);
        string bad = Encoding.UTF8.GetString(new byte[] { 0x61, 0xFF, 0x62 });
        Check(bad == "a\uFFFDb", 10);
        byte[] u16 = Encoding.Unicode.GetBytes("AB");
        Check(u16.Length == 4 && u16[0] == 0x41 && u16[1] == 0, 11);
        Check(Encoding.UTF8.GetCharCount(utf8) == 5, 12);
        Check("straße".ToUpperInvariant() == "STRASSE" || "straße".ToUpperInvariant() == "STRAßE", 13);
        Check(string.Create(3, 'x', (span, c) => span.Fill(c)) == "xxx", 14);
        return failed == 0 ? 100 : failed;
    }
}
