// System.Decimal basics: exact decimal fractions, scale preserved, arithmetic, comparison,
// rounding modes, conversions to/from int/long/double, overflow, divide by zero, and parsing.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static decimal M(decimal x) => x;

    static int Main()
    {
        Check(M(0.1m) + M(0.2m) == 0.3m, 1);
        Check(M(1.10m) == M(1.1m), 2);
        Check(M(1.10m).ToString(CultureInfo.InvariantCulture) == "1.10", 3);
        Check(M(10m) / M(4m) == 2.5m, 4);
        Check(M(1m) / M(3m) == 0.3333333333333333333333333333m, 5);
        Check(M(2m) * M(3.5m) == 7.0m, 6);
        Check(M(-7.5m) % M(2m) == -1.5m, 7);
        Check(M(5m) > M(4.99m) && M(-1m) < M(0m), 8);
        Check(decimal.Round(M(2.5m)) == 2m && decimal.Round(M(3.5m)) == 4m, 9);
        Check(decimal.Round(M(2.345m), 2) == 2.34m && decimal.Round(M(2.345m), 2, MidpointRounding.AwayFromZero) == 2.35m, 10);
        Check(decimal.Truncate(M(-2.9m)) == -2m && decimal.Floor(M(-2.1m)) == -3m && decimal.Ceiling(M(2.1m)) == 3m, 11);
        Check((int)M(123.99m) == 123 && (long)M(-5.5m) == -5, 12);
        Check((decimal)int.MaxValue == 2147483647m, 13);
        Check((double)M(0.5m) == 0.5, 14);
        Check((decimal)0.25 == 0.25m, 15);
        bool threw = false;
        try { var x = M(decimal.MaxValue) + 1; } catch (OverflowException) { threw = true; }
        Check(threw, 16);
        threw = false;
        try { var x = M(1m) / M(0m); } catch (DivideByZeroException) { threw = true; }
        Check(threw, 17);
        threw = false;
        try { int x = (int)M(3e10m); } catch (OverflowException) { threw = true; }
        Check(threw, 18);
        Check(decimal.Parse("123.456", CultureInfo.InvariantCulture) == 123.456m, 19);
        decimal sum = 0;
        for (int i = 0; i < 1000; i++) sum += 0.001m;
        Check(sum == 1m, 20);
        Check(Math.Abs(M(-3.3m)) == 3.3m && Math.Sign(M(-3.3m)) == -1, 21);
        Check(Math.Max(M(1.5m), M(1.25m)) == 1.5m, 22);
        Check(decimal.GetBits(M(1.5m))[3] == 0x00010000 && decimal.GetBits(M(1.5m))[0] == 15, 23);
        Check(-M(0m) == 0m, 24);
        Check(M(1m).Equals(M(1.000m)) && M(1m).GetHashCode() == M(1.000m).GetHashCode(), 25);
        Check(M(79228162514264337593543950335m) == decimal.MaxValue, 26);
        Check(M(100m).CompareTo(M(99.999m)) > 0, 27);
        return failed == 0 ? 100 : failed;
    }
}
