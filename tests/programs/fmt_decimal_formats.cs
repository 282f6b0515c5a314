// Decimal formatting: ToString with default/G/G29/F/N/E/C/P/D-rejected formats, trailing zero
// preservation, scale after arithmetic, custom formats with rounding (half away from zero),
// very small and very large values, negative zero scale, and TryFormat into short buffers.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        decimal[] vals = { 0m, 0.0m, -0.00m, 1m, 1.0m, 1.50m, -1234.5678m, 0.000001m, 0.0000000000000000000000000001m, 12345678901234567890.123456789m, decimal.MaxValue, decimal.MinValue, 2.5m, 3.5m, -0.5m, 0.125m, 1e-10m };
        string[] fmts = { "", "G", "G3", "G29", "F", "F0", "F4", "N", "N0", "E", "E2", "C", "P", "P0", "0.##", "#,##0.00", "0.00E+00" };
        foreach (var v in vals)
        {
            Console.Write(v.ToString(inv));
            foreach (var f in fmts) Console.Write(" | " + v.ToString(f, inv));
            Console.WriteLine();
        }
        Check(1.50m.ToString(inv) == "1.50" && (-0.00m).ToString(inv) == "0.00" && 0.0m.ToString("G", inv) == "0.0", 1);
        Check(2.5m.ToString("F0", inv) == "3" && 3.5m.ToString("F0", inv) == "4" && (-0.5m).ToString("F0", inv) == "-1" && 0.125m.ToString("F2", inv) == "0.13", 2);
        Check(1.50m.ToString("G29", inv) == "1.5" && (-1234.5678m).ToString("G3", inv) == "-1.23E+03" && 0.000001m.ToString("G", inv) == "0.000001", 3);
        Check(1e-10m.ToString(inv) == "0.0000000001" && 1e-10m.ToString("G", inv) == "0.0000000001", 4);
        Check((-1234.5678m).ToString("N", inv) == "-1,234.57" && (-1234.5678m).ToString("C", inv) == "-¤1,234.57" || (-1234.5678m).ToString("C", inv) == "(¤1,234.57)", 5);
        Check(0.125m.ToString("0.##", inv) == "0.13" && (-0.001m).ToString("0.##", inv) == "-0" || (-0.001m).ToString("0.##", inv) == "0", 6);
        Console.WriteLine((-0.001m).ToString("0.##", inv) + " " + (-0.001m).ToString("#.##", inv) + " " + 0.001m.ToString("#.##", inv) + "|");
        try { 1.5m.ToString("D", inv); Check(false, 7); } catch (FormatException) { Console.WriteLine("D on decimal rejected"); }
        try { 1.5m.ToString("X", inv); Check(false, 8); } catch (FormatException) { Console.WriteLine("X on decimal rejected"); }
        Console.WriteLine(1.5m.ToString("R", inv));
        Check((1.00m * 1.000m).ToString(inv) == "1.00000" && (1.20m + 1.3m).ToString(inv) == "2.50" && (5.00m - 5m).ToString(inv) == "0.00", 9);
        Check((1m / 8m).ToString(inv) == "0.125" && (100m / 3m).ToString("F3", inv) == "33.333", 10);
        Span<char> buf = stackalloc char[5];
        Check(!(1234.5m).TryFormat(buf, out int w, "N2", inv) && w == 0 && 12.5m.TryFormat(buf, out w, "F1", inv) && w == 4, 11);
        var sum = 0m;
        for (int i = 1; i <= 10; i++) sum += i / 10m;
        Console.WriteLine(sum + " " + sum.Scale + " " + (sum / 7).ToString("F10", inv) + " " + Math.Round(sum / 7, 3));
        Check(sum == 5.5m && sum.ToString(inv) == "5.5", 12);
        Check(decimal.MaxValue.ToString("E5", inv) == "7.92282E+028" && decimal.MinValue.ToString("G5", inv) == "-7.9228E+28", 13);
        Check(123.456m.ToString("00000.0000", inv) == "00123.4560" && 123.456m.ToString("#,#.#", inv) == "123.5", 14);
        return failed == 0 ? 100 : failed;
    }
}
