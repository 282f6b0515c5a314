// Char and Rune beyond ASCII: ConvertFromUtf32/ConvertToUtf32 with surrogate pairs, IsSurrogate
// High/Low, GetUnicodeCategory and GetNumericValue over a table of assorted code points,
// Rune properties (IsLetter, Utf8SequenceLength, Utf16SequenceLength), and invalid values.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] cps = { 0x41, 0x7A, 0x30, 0x39, 0x20, 0x09, 0xA0, 0xB2, 0xBD, 0xC9, 0xDF, 0x3A3, 0x3C2, 0x416, 0x5D0, 0x627, 0x661, 0x966, 0x1100, 0x2028, 0x2029, 0x20AC, 0x2160, 0x2167, 0x3000, 0x3007, 0x4E00, 0xFF10, 0xFF21, 0xFEFF, 0x1F600, 0x10400, 0x1D7CE, 0x2A6D6, 0xE000 };
        foreach (int cp in cps)
        {
            string s = char.ConvertFromUtf32(cp);
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            double num = char.GetNumericValue(s, 0);
            Console.WriteLine($"U+{cp:X5} len={s.Length} cat={cat} num={num} L={char.IsLetter(s, 0)} D={char.IsDigit(s, 0)} N={char.IsNumber(s, 0)} W={char.IsWhiteSpace(s, 0)} U={char.IsUpper(s, 0)} Lo={char.IsLower(s, 0)} P={char.IsPunctuation(s, 0)} S={char.IsSymbol(s, 0)} Sep={char.IsSeparator(s, 0)} Sur={char.IsSurrogate(s, 0)}");
        }
        string emoji = char.ConvertFromUtf32(0x1F600);
        Check(emoji.Length == 2 && char.IsHighSurrogate(emoji[0]) && char.IsLowSurrogate(emoji[1]) && char.IsSurrogatePair(emoji[0], emoji[1]), 1);
        Check(emoji[0] == '\uD83D' && emoji[1] == '\uDE00' && char.ConvertToUtf32(emoji[0], emoji[1]) == 0x1F600 && char.ConvertToUtf32(emoji, 0) == 0x1F600, 2);
        Check(char.GetNumericValue('½') == 0.5 && char.GetNumericValue('Ⅷ') == 8 && char.GetNumericValue('a') == -1 && char.GetNumericValue('٣') == 3, 3);
        Check(char.IsDigit('٣') && char.IsDigit('０') && !char.IsDigit('²') && char.IsNumber('²') && char.IsNumber('Ⅷ'), 4);
        Check(char.GetUnicodeCategory('\u2028') == UnicodeCategory.LineSeparator && char.IsWhiteSpace('\u2028') && char.IsWhiteSpace('\u3000') && !char.IsWhiteSpace('\uFEFF'), 5);
        Check(char.GetUnicodeCategory('$') == UnicodeCategory.CurrencySymbol && char.GetUnicodeCategory('_') == UnicodeCategory.ConnectorPunctuation && char.GetUnicodeCategory('(') == UnicodeCategory.OpenPunctuation, 6);
        Check(char.GetUnicodeCategory('\uE000') == UnicodeCategory.PrivateUse && char.GetUnicodeCategory('\u0301') == UnicodeCategory.NonSpacingMark && char.GetUnicodeCategory('\u0378') == UnicodeCategory.OtherNotAssigned, 7);
        try { char.ConvertFromUtf32(0xD800); Check(false, 8); } catch (ArgumentOutOfRangeException) { Console.WriteLine("surrogate code point rejected"); }
        try { char.ConvertFromUtf32(0x110000); Check(false, 9); } catch (ArgumentOutOfRangeException) { Console.WriteLine("too large rejected"); }
        try { char.ConvertToUtf32('\uDE00', '\uD83D'); Check(false, 10); } catch (ArgumentOutOfRangeException) { Console.WriteLine("reversed pair rejected"); }
        var r = new Rune(0x1F600);
        Console.WriteLine($"{r} {r.Value} {r.Utf8SequenceLength} {r.Utf16SequenceLength} {Rune.IsLetter(r)} {Rune.GetUnicodeCategory(r)} {r.IsAscii} {r.IsBmp} {r.Plane}");
        Check(r.Utf8SequenceLength == 4 && r.Utf16SequenceLength == 2 && r.Plane == 1 && Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherSymbol, 11);
        var e = new Rune('é');
        Check(e.Utf8SequenceLength == 2 && Rune.IsLetter(e) && Rune.ToUpperInvariant(e).Value == 'É' && Rune.IsLower(e), 12);
        Check(!Rune.IsValid(0xD800) && Rune.IsValid(0x10FFFF) && !Rune.TryCreate('\uD800', out _), 13);
        var dstatus = Rune.DecodeFromUtf16("\uD83D".AsSpan(), out var rr, out int used);
        Check(Rune.GetRuneAt("a\U0001F600", 1).Value == 0x1F600 && dstatus == System.Buffers.OperationStatus.NeedMoreData, 14);
        Console.WriteLine(rr.Value + " " + used);
        Check(char.ToUpperInvariant('ß') == 'ß' && char.ToUpperInvariant('ÿ') == 'Ÿ' && char.ToLowerInvariant('İ') == 'i' || char.ToLowerInvariant('İ') == 'İ', 15);
        Console.WriteLine((int)char.ToLowerInvariant('İ') + " " + (int)char.ToUpperInvariant('ı') + " " + (int)char.ToUpperInvariant('ǆ') + " " + (int)char.ToLowerInvariant('Ǆ'));
        Check(char.IsAsciiLetter('q') && !char.IsAsciiLetter('é') && char.IsAsciiHexDigit('F') && !char.IsAsciiHexDigitLower('F') && char.IsBetween('m', 'a', 'z'), 16);
        return failed == 0 ? 100 : failed;
    }
}
