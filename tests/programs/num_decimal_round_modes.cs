// Decimal rounding: Math.Round and decimal.Round with every MidpointRounding mode and digit
// counts, Truncate/Floor/Ceiling on positive and negative values, Remainder sign rules,
// scale-preserving arithmetic results printed, and decimal.Round argument errors.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        decimal[] vals = { 2.5m, 3.5m, -2.5m, -3.5m, 2.45m, 2.55m, -2.45m, 1.005m, 0.5m, -0.5m, 123.456789m, 2.4999999999m };
        var modes = (MidpointRounding[])Enum.GetValues(typeof(MidpointRounding));
        foreach (var v in vals)
        {
            Console.Write(v.ToString().PadLeft(14) + ":");
            foreach (var mode in modes) Console.Write(" " + Math.Round(v, mode) + "/" + Math.Round(v, 1, mode));
            Console.WriteLine();
        }
        Check(Math.Round(2.5m) == 2m && Math.Round(3.5m) == 4m && Math.Round(-2.5m) == -2m, 1);
        Check(Math.Round(2.5m, MidpointRounding.AwayFromZero) == 3m && Math.Round(-2.5m, MidpointRounding.AwayFromZero) == -3m, 2);
        Check(Math.Round(2.45m, 1) == 2.4m && Math.Round(2.55m, 1) == 2.6m && Math.Round(2.45m, 1, MidpointRounding.AwayFromZero) == 2.5m, 3);
        Check(Math.Round(2.7m, MidpointRounding.ToZero) == 2m && Math.Round(-2.7m, MidpointRounding.ToZero) == -2m, 4);
        Check(Math.Round(2.1m, MidpointRounding.ToPositiveInfinity) == 3m && Math.Round(-2.9m, MidpointRounding.ToPositiveInfinity) == -2m, 5);
        Check(Math.Round(2.9m, MidpointRounding.ToNegativeInfinity) == 2m && Math.Round(-2.1m, MidpointRounding.ToNegativeInfinity) == -3m, 6);
        Check(decimal.Round(1.005m, 2) == 1.00m && decimal.Round(1.015m, 2) == 1.02m && decimal.Round(1.005m, 2, MidpointRounding.AwayFromZero) == 1.01m, 7);
        Check(Math.Round(123.456789m, 4).ToString() == "123.4568" && Math.Round(1.10m, 5).ToString() == "1.10" && Math.Round(5m, 2).ToString() == "5", 8);
        Check(decimal.Truncate(-7.9m) == -7m && decimal.Floor(-7.1m) == -8m && decimal.Ceiling(-7.9m) == -7m && decimal.Ceiling(7.1m) == 8m, 9);
        Check(decimal.Floor(7.0m).ToString() == "7" && decimal.Truncate(12.345m).ToString() == "12", 10);
        Check(decimal.Remainder(7.5m, 2m) == 1.5m && decimal.Remainder(-7.5m, 2m) == -1.5m && 7.5m % -2m == 1.5m && -7.5m % -2m == -1.5m, 11);
        Check((10m / 3m).ToString() == "3.3333333333333333333333333333" && (2m / 3m).ToString() == "0.6666666666666666666666666667", 12);
        Console.WriteLine((1.10m + 2.205m) + " " + (1.5m * 2.00m) + " " + (10.00m / 4m));
        Check((1.10m + 2.205m).ToString() == "3.305" && (1.5m * 2.00m).ToString() == "3.000" && (10.00m / 4m).ToString() == "2.50", 13);
        Check((0.1m + 0.2m) == 0.3m && (1m / 3m * 3m).ToString() == "0.9999999999999999999999999999", 14);
        try { decimal.Round(1m, 29); Check(false, 15); } catch (ArgumentOutOfRangeException) { Console.WriteLine("decimals > 28 rejected"); }
        try { Math.Round(1m, -1); Check(false, 16); } catch (ArgumentOutOfRangeException) { Console.WriteLine("negative decimals rejected"); }
        try { Math.Round(1m, 1, (MidpointRounding)9); Check(false, 17); } catch (ArgumentException) { Console.WriteLine("bad mode rejected"); }
        for (int d = 0; d <= 6; d++) Console.Write(Math.Round(3.14159265m, d) + " ");
        Console.WriteLine();
        for (decimal x = -1.5m; x <= 1.5m; x += 0.25m)
            Console.Write($"{x}:{Math.Round(x)},{Math.Floor(x)},{Math.Ceiling(x)},{Math.Truncate(x)} ");
        Console.WriteLine();
        Check(Math.Round(decimal.MaxValue) == decimal.MaxValue && Math.Round(79228162514264337593543950334.5m) == 79228162514264337593543950334m, 18);
        Check(decimal.Round(0.0000000000000000000000000005m, 27) == 0m && decimal.Round(0.0000000000000000000000000015m, 27) == 0.000000000000000000000000002m, 19);
        return failed == 0 ? 100 : failed;
    }
}
