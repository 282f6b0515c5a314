// Classification table for every char 0..255: IsLetter/IsDigit/IsWhiteSpace/IsPunctuation/
// IsSymbol/IsControl/IsUpper/IsLower/IsSeparator/IsLetterOrDigit plus GetUnicodeCategory and
// ToUpperInvariant/ToLowerInvariant, printed as compact rows, with spot checks.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var counts = new int[32];
        for (int row = 0; row < 256; row += 16)
        {
            var sb = new StringBuilder();
            sb.Append(row.ToString("X2")).Append(':');
            for (int c = row; c < row + 16; c++)
            {
                char ch = (char)c;
                int flags = (char.IsLetter(ch) ? 1 : 0) | (char.IsDigit(ch) ? 2 : 0) | (char.IsWhiteSpace(ch) ? 4 : 0) | (char.IsPunctuation(ch) ? 8 : 0)
                    | (char.IsSymbol(ch) ? 16 : 0) | (char.IsControl(ch) ? 32 : 0) | (char.IsUpper(ch) ? 64 : 0) | (char.IsLower(ch) ? 128 : 0)
                    | (char.IsSeparator(ch) ? 256 : 0) | (char.IsLetterOrDigit(ch) ? 512 : 0) | (char.IsNumber(ch) ? 1024 : 0);
                var cat = char.GetUnicodeCategory(ch);
                counts[(int)cat]++;
                sb.Append(' ').Append(flags.ToString("X3")).Append('/').Append(((int)cat).ToString("D2"));
                sb.Append('/').Append(((int)char.ToUpperInvariant(ch)).ToString("X3")).Append('/').Append(((int)char.ToLowerInvariant(ch)).ToString("X3"));
            }
            Console.WriteLine(sb);
        }
        var summary = new StringBuilder();
        for (int i = 0; i < 30; i++) if (counts[i] > 0) summary.Append((UnicodeCategory)i).Append('=').Append(counts[i]).Append(' ');
        Console.WriteLine(summary);
        Check(char.IsWhiteSpace('\u0085') && char.IsWhiteSpace('\u00A0') && char.IsWhiteSpace('\x1F') == false && char.IsWhiteSpace('\x0B'), 1);
        Check(char.IsControl('\u0085') && char.IsControl('\x7F') && !char.IsControl('\u00A0') && char.IsSeparator('\u00A0'), 2);
        Check(char.IsLower('ß') && !char.IsUpper('ß') && char.ToUpperInvariant('ß') == 'ß' && char.ToUpperInvariant('ÿ') == '\u0178' && char.ToUpperInvariant('µ') == '\u039C', 3);
        Check(char.IsLetter('ª') && char.IsLetter('º') && char.GetUnicodeCategory('ª') == UnicodeCategory.OtherLetter && !char.IsLetter('×') && char.IsSymbol('×'), 4);
        Check(char.IsNumber('¼') && !char.IsDigit('¹') && char.IsNumber('¹') && char.GetNumericValue('¾') == 0.75, 5);
        Check(char.IsPunctuation('¡') && char.IsPunctuation('¿') && char.IsPunctuation('«') && char.IsSymbol('©') && char.IsSymbol('^') && char.IsSymbol('`') && char.IsPunctuation('_'), 6);
        Check(char.GetUnicodeCategory('\u00AD') == UnicodeCategory.Format && char.GetUnicodeCategory('$') == UnicodeCategory.CurrencySymbol && char.GetUnicodeCategory('+') == UnicodeCategory.MathSymbol, 7);
        Check(char.ToLowerInvariant('À') == 'à' && char.ToUpperInvariant('þ') == 'Þ' && char.ToLowerInvariant('×') == '×' && char.ToUpperInvariant('÷') == '÷', 8);
        int letters = 0, digits = 0, spaces = 0;
        for (int c = 0; c < 256; c++) { if (char.IsLetter((char)c)) letters++; if (char.IsDigit((char)c)) digits++; if (char.IsWhiteSpace((char)c)) spaces++; }
        Console.WriteLine($"letters={letters} digits={digits} spaces={spaces}");
        Check(digits == 10 && spaces == 8 && letters == 117, 9);
        Check(char.IsAscii('\x7F') && !char.IsAscii('\x80') && char.IsAsciiDigit('7') && !char.IsAsciiLetterUpper('a') && char.IsAsciiLetterLower('a') && char.IsAsciiLetterOrDigit('Z'), 10);
        return failed == 0 ? 100 : failed;
    }
}
