// System.Char classification and conversion: IsDigit/IsLetter/IsLetterOrDigit/IsWhiteSpace/
// IsUpper/IsLower/IsPunctuation/IsSymbol/IsSeparator/IsControl/IsNumber, surrogates,
// GetUnicodeCategory, GetNumericValue, ToUpperInvariant/ToLowerInvariant, ASCII helpers, Parse.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string Flags(char c)
    {
        var sb = new StringBuilder();
        if (char.IsDigit(c)) sb.Append('D');
        if (char.IsNumber(c)) sb.Append('N');
        if (char.IsLetter(c)) sb.Append('L');
        if (char.IsUpper(c)) sb.Append('U');
        if (char.IsLower(c)) sb.Append('l');
        if (char.IsWhiteSpace(c)) sb.Append('W');
        if (char.IsPunctuation(c)) sb.Append('P');
        if (char.IsSymbol(c)) sb.Append('S');
        if (char.IsSeparator(c)) sb.Append('s');
        if (char.IsControl(c)) sb.Append('C');
        if (char.IsSurrogate(c)) sb.Append('X');
        return sb.Length == 0 ? "-" : sb.ToString();
    }

    static int Main()
    {
        string sample = "aZ5 \t\n_-+$.,!\u00a0\u00e9\u00c9\u00df\u0663\u00bd\u2167\u03a9\u4e2d\u20ac\u00a9\u2028\u0000\u007f\ud83d\ude00";
        foreach (char c in sample)
            Console.WriteLine($"U+{(int)c:X4} {Flags(c),-5} {CharUnicodeInfo.GetUnicodeCategory(c)} {char.GetNumericValue(c)} {(int)char.ToUpperInvariant(c):X4} {(int)char.ToLowerInvariant(c):X4}");

        Check(char.IsDigit('7') && !char.IsDigit('x') && char.IsDigit('\u0663') && !char.IsDigit('\u00bd') && char.IsNumber('\u00bd'), 1);
        Check(char.GetNumericValue('\u00bd') == 0.5 && char.GetNumericValue('\u2167') == 8 && char.GetNumericValue('a') == -1, 2);
        Check(char.IsLetter('\u00df') && char.IsLower('\u00df') && char.ToUpperInvariant('\u00df') == '\u00df', 3);
        Check(char.ToUpperInvariant('\u00e9') == '\u00c9' && char.ToLowerInvariant('\u03a9') == '\u03c9' && char.ToUpperInvariant('\u0451') == '\u0401', 4);
        Check(char.IsWhiteSpace('\u00a0') && char.IsWhiteSpace('\u2028') && char.IsSeparator('\u2028') && !char.IsWhiteSpace('\u200b'), 5);
        Check(char.IsHighSurrogate('\ud83d') && char.IsLowSurrogate('\ude00') && char.IsSurrogatePair('\ud83d', '\ude00'), 6);
        Check(char.IsSurrogatePair("x\ud83d\ude00", 1) && !char.IsSurrogatePair("x\ud83d\ude00", 0) && char.IsLetter("a\u00e9", 1), 7);
        Check(char.ConvertToUtf32('\ud83d', '\ude00') == 0x1F600 && char.ConvertFromUtf32(0x1F600) == "\ud83d\ude00", 8);
        Check(char.GetUnicodeCategory('$') == UnicodeCategory.CurrencySymbol && char.GetUnicodeCategory('_') == UnicodeCategory.ConnectorPunctuation, 9);
        Check(char.GetUnicodeCategory("a\ud83d\ude00", 1) == UnicodeCategory.OtherSymbol && char.GetUnicodeCategory("a\ud83d\ude00", 2) == UnicodeCategory.Surrogate && CharUnicodeInfo.GetUnicodeCategory(0x1F600) == UnicodeCategory.OtherSymbol, 10);
        Check(char.IsAscii('\u007f') && !char.IsAscii('\u0080') && char.IsAsciiDigit('9') && !char.IsAsciiDigit('\u0663'), 11);
        Check(char.IsAsciiLetter('q') && !char.IsAsciiLetter('\u00e9') && char.IsAsciiLetterUpper('Q') && char.IsAsciiLetterLower('q'), 12);
        Check(char.IsAsciiHexDigit('f') && char.IsAsciiHexDigitUpper('F') && !char.IsAsciiHexDigitLower('F') && !char.IsAsciiHexDigit('g'), 13);
        Check(char.IsBetween('m', 'a', 'z') && !char.IsBetween('A', 'a', 'z') && char.IsAsciiLetterOrDigit('5'), 14);
        Check(char.Parse("x") == 'x' && char.TryParse("y", out char y) && y == 'y' && !char.TryParse("xy", out _), 15);
        bool threw = false;
        try { char.Parse(""); } catch (FormatException) { threw = true; }
        Check(threw, 16);
        Check('a'.CompareTo('b') < 0 && 'a'.Equals('a') && !'a'.Equals((object)"a") && 'z'.ToString() == "z", 17);
        Check(char.MaxValue == '\uffff' && (int)char.MinValue == 0 && (char)('a' + 1) == 'b', 18);
        Check(char.IsPunctuation('!') && char.IsSymbol('+') && char.IsSymbol('\u00a9') && !char.IsPunctuation('+'), 19);
        Check(char.IsLetterOrDigit('\u4e2d') && char.IsControl('\u007f') && char.IsControl('\u0085'), 20);
        Check("Hello, World".ToUpperInvariant() == "HELLO, WORLD" && "\u00c9T\u00c9 \u0410".ToLowerInvariant() == "\u00e9t\u00e9 \u0430", 21);
        return failed == 0 ? 100 : failed;
    }
}
