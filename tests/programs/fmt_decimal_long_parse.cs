// Parsing and formatting of decimal, long, int, ulong and byte with NumberStyles (thousands,
// hex, exponent, parentheses, currency, leading/trailing signs and white space), overflow and
// format failures via Parse and TryParse, decimal scale preservation in ToString, and round trips.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static bool Throws<T>(Action a) where T : Exception
    {
        try { a(); } catch (T) { return true; }
        return false;
    }

    static int Main()
    {
        Check(long.Parse("9223372036854775807", Inv) == long.MaxValue && long.Parse("-9223372036854775808", Inv) == long.MinValue, 1);
        Check(Throws<OverflowException>(() => long.Parse("9223372036854775808", Inv)), 2);
        Check(Throws<FormatException>(() => long.Parse("12a", Inv)) && Throws<FormatException>(() => int.Parse("", Inv)), 3);
        Check(Throws<ArgumentNullException>(() => int.Parse((string)null, Inv)), 4);
        Check(int.Parse("  -17  ", Inv) == -17 && int.Parse("+17", Inv) == 17, 5);
        Check(int.Parse("1,234,567", NumberStyles.AllowThousands, Inv) == 1234567, 6);
        Check(int.Parse("ff", NumberStyles.HexNumber, Inv) == 255 && int.Parse("FFFFFFFF", NumberStyles.HexNumber, Inv) == -1, 7);
        Check(long.Parse("7FFFFFFFFFFFFFFF", NumberStyles.AllowHexSpecifier, Inv) == long.MaxValue, 8);
        Check(int.Parse("(42)", NumberStyles.AllowParentheses, Inv) == -42 && int.Parse("42-", NumberStyles.AllowTrailingSign, Inv) == -42, 9);
        Check(int.Parse("1e3", NumberStyles.AllowExponent, Inv) == 1000 && Throws<FormatException>(() => int.Parse("1.5", Inv)), 10);
        Check(int.Parse("1.000", NumberStyles.AllowDecimalPoint, Inv) == 1 && Throws<OverflowException>(() => int.Parse("1.5", NumberStyles.AllowDecimalPoint, Inv)), 11);
        Check(!byte.TryParse("256", NumberStyles.Integer, Inv, out byte b) && b == 0 && byte.TryParse("255", NumberStyles.Integer, Inv, out b) && b == 255, 12);
        Check(!ulong.TryParse("-1", NumberStyles.Integer, Inv, out _) && ulong.Parse("-0", Inv) == 0, 13);
        Check(ulong.Parse("18446744073709551615", Inv) == ulong.MaxValue, 14);
        Check(!int.TryParse(" 1 2", NumberStyles.Integer, Inv, out _) && int.TryParse("0000000000000000000042", NumberStyles.Integer, Inv, out int z) && z == 42, 15);
        Check(int.Parse("\u00a45", NumberStyles.Currency, Inv) == 5, 16);

        Check(decimal.Parse("1.50", Inv).ToString(Inv) == "1.50" && decimal.Parse("-0.000", Inv).ToString(Inv) == "0.000", 17);
        Check(decimal.Parse("1e3", NumberStyles.Float, Inv) == 1000m && decimal.Parse("1.5E-3", NumberStyles.Float, Inv) == 0.0015m, 18);
        Check(decimal.Parse("79228162514264337593543950335", Inv) == decimal.MaxValue, 19);
        Check(Throws<OverflowException>(() => decimal.Parse("79228162514264337593543950336", Inv)), 20);
        Check(decimal.Parse("0.1234567890123456789012345678901", Inv) == 0.1234567890123456789012345679m, 21);
        Check(decimal.Parse("1,234.5", NumberStyles.Number, Inv) == 1234.5m && !decimal.TryParse("1,234.5", NumberStyles.Float, Inv, out _), 22);
        Check(decimal.Parse("(12.5)", NumberStyles.Currency, Inv) == -12.5m, 23);
        Check((1.10m + 2.20m).ToString(Inv) == "3.30" && (1.5m * 2.00m).ToString(Inv) == "3.000", 24);
        Check((10m / 4).ToString(Inv) == "2.5" && (1m / 3).ToString(Inv) == "0.3333333333333333333333333333", 25);
        Check(decimal.Round(2.345m, 2).ToString(Inv) == "2.34" && decimal.Round(2.345m, 2, MidpointRounding.AwayFromZero).ToString(Inv) == "2.35", 26);
        Check(new decimal(12345, 0, 0, true, 3).ToString(Inv) == "-12.345", 27);
        Check(decimal.GetBits(1.00m)[0] == 100 && decimal.GetBits(1.00m)[3] == 0x20000, 28);

        string[] inputs = { "0", "-0.0", "123.4500", "1e-28", "-79228162514264337593543950335", "0.00000000000000000000000000001", "  +7.  " };
        foreach (var s in inputs)
            Console.WriteLine(decimal.TryParse(s, NumberStyles.Float, Inv, out var m) ? $"[{s}] -> {m.ToString(Inv)} scale={m.Scale}" : $"[{s}] -> fail");
        long[] longs = { 0, -1, 1234567890123, long.MinValue };
        foreach (var l in longs)
            Console.WriteLine($"{l.ToString(Inv)} {l.ToString("N0", Inv)} {l.ToString("X", Inv)} {long.Parse(l.ToString(Inv), Inv) == l}");
        return failed == 0 ? 100 : failed;
    }
}
