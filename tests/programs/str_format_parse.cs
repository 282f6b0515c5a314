// Number formatting and parsing with the invariant culture: int/long/double ToString with and
// without formats (D, X, N, F, E, R), Parse/TryParse including failures, char helpers
// (IsDigit, IsLetter, IsWhiteSpace, ToUpper), and round-tripping doubles.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int Main()
    {
        Check(123.ToString() == "123" && (-45).ToString() == "-45" && int.MinValue.ToString() == "-2147483648", 1);
        Check(long.MaxValue.ToString() == "9223372036854775807" && ulong.MaxValue.ToString() == "18446744073709551615", 2);
        Check(255.ToString("X") == "FF" && 255.ToString("x4") == "00ff" && 7.ToString("D3") == "007", 3);
        Check(1234567.ToString("N0", Inv) == "1,234,567" && 3.14159.ToString("F2", Inv) == "3.14", 4);
        Check(1.5.ToString(Inv) == "1.5" && 0.1.ToString("R", Inv) == "0.1" && (1e21).ToString(Inv) == "1E+21", 5);
        Check(double.NaN.ToString(Inv) == "NaN" && double.PositiveInfinity.ToString(Inv) == "Infinity", 6);
        Check(int.Parse("-17") == -17 && long.Parse("9000000000") == 9000000000L && byte.Parse("255") == 255, 7);
        Check(int.TryParse("12x", out int bad) == false && bad == 0, 8);
        Check(int.TryParse(" 42 ", NumberStyles.Integer, Inv, out int ok) && ok == 42, 9);
        bool threw = false;
        try { int.Parse("99999999999"); } catch (OverflowException) { threw = true; }
        Check(threw, 10);
        threw = false;
        try { int.Parse("abc"); } catch (FormatException) { threw = true; }
        Check(threw, 11);
        Check(double.Parse("2.5e3", Inv) == 2500 && double.Parse("-0.125", Inv) == -0.125, 12);
        double x = 0.1 + 0.2;
        Check(double.Parse(x.ToString("R", Inv), Inv) == x, 13);
        Check(int.Parse("ff", NumberStyles.HexNumber) == 255, 14);
        Check(char.IsDigit('7') && !char.IsDigit('a') && char.IsLetter('q') && char.IsWhiteSpace('\t'), 15);
        Check(char.ToUpperInvariant('a') == 'A' && char.IsUpper('A') && char.IsPunctuation('!'), 16);
        Check(bool.Parse("true") && !bool.Parse("False") && true.ToString() == "True", 17);
        Check(decimal.Parse("1.50", Inv).ToString(Inv) == "1.50", 18);
        Check(Convert.ToString(10, 2) == "1010" && Convert.ToInt32("777", 8) == 511, 19);
        Check((-1.0).ToString("0.00", Inv) == "-1.00" && 42.ToString("000000") == "000042", 20);
        return failed == 0 ? 100 : failed;
    }
}
