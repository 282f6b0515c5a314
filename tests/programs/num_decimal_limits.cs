// Decimal limits and representation: MaxValue/MinValue arithmetic overflow, division by zero,
// GetBits and the constructor from parts (scale, sign), Scale property, conversions to/from
// double, float, long and int with overflow, decimal.Parse of many digits, and comparisons.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        decimal one = decimal.One, two = 2m, zero = decimal.Zero;
        try { var x = decimal.MaxValue + one; Check(false, 1); } catch (OverflowException e) { Console.WriteLine("add: " + e.Message); }
        try { var x = decimal.MinValue - one; Check(false, 2); } catch (OverflowException) { Console.WriteLine("sub overflow"); }
        try { var x = decimal.MaxValue * two; Check(false, 3); } catch (OverflowException) { Console.WriteLine("mul overflow"); }
        try { var x = one / zero; Check(false, 4); } catch (DivideByZeroException e) { Console.WriteLine("div: " + e.Message); }
        try { var x = one % zero; Check(false, 5); } catch (DivideByZeroException) { Console.WriteLine("rem by zero"); }
        Check(decimal.MaxValue + 0.4m == decimal.MaxValue, 6);
        int[] bits = decimal.GetBits(-123.4500m);
        Console.WriteLine(string.Join(",", Array.ConvertAll(bits, b => b.ToString("X8"))));
        Check(bits[0] == 1234500 && bits[1] == 0 && bits[2] == 0 && bits[3] == unchecked((int)0x80040000), 7);
        var d = new decimal(1234500, 0, 0, true, 4);
        Check(d == -123.45m && d.ToString() == "-123.4500" && d.Scale == 4, 8);
        var fromBits = new decimal(new[] { -1, -1, -1, 0 });
        Check(fromBits == decimal.MaxValue, 9);
        Check(new decimal(123.456).ToString() == "123.456" && new decimal(0.1f).ToString() == "0.1" && new decimal(1e-30) == 0m, 10);
        Check((double)0.1m == 0.1 && (float)1.5m == 1.5f && (long)-9.99m == -9 && (int)2147483647.9m == int.MaxValue, 11);
        try { var x = (int)(2147483647m + one); Check(false, 12); } catch (OverflowException) { Console.WriteLine("to int overflow"); }
        try { var x = (decimal)(double.NaN + (double)one); Check(false, 13); } catch (OverflowException) { Console.WriteLine("NaN to decimal overflow"); }
        try { var x = (decimal)(1e29 * (double)one); Check(false, 14); } catch (OverflowException) { Console.WriteLine("1e29 to decimal overflow"); }
        Check((decimal)1e28 == 10000000000000000000000000000m && (decimal)123456789.123456789 == 123456789.123457m, 15);
        Console.WriteLine((decimal)123456789.123456789 + " " + (decimal)1.0000001f + " " + (decimal)double.Epsilon + " " + (decimal)(1.0 / 3));
        var p = decimal.Parse("0.12345678901234567890123456789", inv);
        Console.WriteLine(p + " " + p.Scale);
        Check(p.ToString() == "0.1234567890123456789012345679", 16);
        Check(decimal.Parse("79228162514264337593543950335", inv) == decimal.MaxValue, 17);
        Check(!decimal.TryParse("79228162514264337593543950336", NumberStyles.Number, inv, out _), 18);
        Check(decimal.Parse("1.23E+5", NumberStyles.Float, inv) == 123000m && decimal.Parse("-0.000", inv).ToString() == "0.000", 19);
        Check(decimal.Parse("1e-30", NumberStyles.Float, inv) == 0m, 20);
        Check(1.0m == 1.00m && 1.0m.GetHashCode() == 1.00m.GetHashCode() && 1.0m.ToString() != 1.00m.ToString() && decimal.Compare(-0.0m, 0m) == 0, 21);
        Check(decimal.Negate(5m) == -5m && decimal.Abs(-5.5m) == 5.5m && decimal.Sign(-0.001m) == -1 && decimal.IsInteger(5.000m) && !decimal.IsInteger(5.001m), 22);
        Check(decimal.Max(1.5m, -2m) == 1.5m && decimal.Clamp(10m, 0m, 5m) == 5m && decimal.IsNegative(-1m) && decimal.IsCanonical(1.5m) && !decimal.IsCanonical(1.50m), 23);
        Console.WriteLine(decimal.MaxValue + " " + decimal.MinValue + " " + decimal.One + " " + decimal.MinusOne + " " + new decimal(1, 0, 0, false, 28));
        Console.WriteLine((decimal.MaxValue / 7m) + " " + (decimal.MaxValue / decimal.MaxValue) + " " + (1m / decimal.MaxValue));
        Console.WriteLine(decimal.ToOACurrency(12.34567m) + " " + decimal.FromOACurrency(123456) + " " + decimal.ToDouble(1m / 3m));
        Check(decimal.ToOACurrency(12.34567m) == 123457, 24);
        return failed == 0 ? 100 : failed;
    }
}
