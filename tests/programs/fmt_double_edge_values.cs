// Double printing and parsing at the edges: subnormals, MinValue/MaxValue, Epsilon, -0.0, NaN,
// infinities, 0.1+0.2, powers of ten near the E-notation switch (1e15..1e21), 2^53 neighbours,
// parsing of long digit strings with correct rounding, overflow to infinity, and underflow.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S(double d) => d.ToString(CultureInfo.InvariantCulture);
    static double P(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        double[] vals = { 5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308, double.MaxValue, -double.MaxValue, double.Epsilon, -0.0, 0.0, double.NaN,
            double.PositiveInfinity, double.NegativeInfinity, 0.1 + 0.2, 1e14, 1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 123456789012345678, 9007199254740992, 9007199254740993, 4.35, 0.3, 2.0 / 3, 1e-4, 1e-5, 123e-7, 1.5e300 * 1.5e300 };
        foreach (var v in vals)
            Console.WriteLine($"{S(v)} | {v.ToString("R", inv)} | {v.ToString("G17", inv)} | {v.ToString("E16", inv)} | {BitConverter.DoubleToInt64Bits(v):X16}");
        Check(S(0.1 + 0.2) == "0.30000000000000004" && S(1e21) == "1E+21" && S(123456789012345678) == "1.2345678901234568E+17", 1);
        Check(S(5e-324) == "5E-324" && S(double.MaxValue) == "1.7976931348623157E+308" && S(-0.0) == "-0" && S(2.0 / 3) == "0.6666666666666666", 2);
        Check(S(1e15) == "1000000000000000" && S(1e14) == "100000000000000" && S(9007199254740993) == "9007199254740992", 3);
        Check(S(1e-4) == "0.0001" && S(1e-5) == "1E-05" && S(123e-7) == "1.23E-05", 4);
        Check(P("0.30000000000000004") == 0.1 + 0.2 && P("1.7976931348623157e308") == double.MaxValue && P("1.7976931348623159e308") == double.PositiveInfinity, 5);
        Check(P("4.9e-324") == double.Epsilon && P("2.4e-324") == 0 && P("2.5e-324") == double.Epsilon && P("-1e-400") == 0 && double.IsNegative(P("-1e-400")), 6);
        Check(P("9007199254740993") == 9007199254740992 && P("9007199254740995") == 9007199254740996 && P("9007199254740993.0000000001") == 9007199254740994, 7);
        Check(P("0.1000000000000000055511151231257827021181583404541015625") == 0.1 && P("1e309") == double.PositiveInfinity && P("-1e309") == double.NegativeInfinity, 8);
        Check(P("123456789012345678901234567890") == 1.2345678901234568E+29 && P(".5") == 0.5 && P("5.") == 5 && P("1E2") == 100 && P("1e+02") == 100, 9);
        Check(P("2.2250738585072011e-308") == 2.2250738585072009e-308 && P("2.2250738585072012e-308") == 2.2250738585072014e-308, 10);
        Check(double.IsNaN(P("NaN")) && P("Infinity") == double.PositiveInfinity && P("-Infinity") == double.NegativeInfinity && P("+Infinity") == double.PositiveInfinity, 11);
        Check(double.TryParse("1e", NumberStyles.Float, inv, out _) == false && double.TryParse("e5", NumberStyles.Float, inv, out _) == false && double.TryParse("--1", NumberStyles.Float, inv, out _) == false, 12);
        Check(double.TryParse("0x10", NumberStyles.Float, inv, out _) == false && double.TryParse("1,5", NumberStyles.Float, inv, out _) == false && double.TryParse("1_000", NumberStyles.Float, inv, out _) == false, 13);
        Random r = new Random(1);
        int bad = 0;
        for (int i = 0; i < 2000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(r.NextInt64() & 0x7FEFFFFFFFFFFFFF) * (i % 2 == 0 ? 1 : -1);
            if (P(S(d)) != d || P(d.ToString("R", inv)) != d || P(d.ToString("E16", inv)) != d) bad++;
        }
        Console.WriteLine("round trip failures: " + bad);
        Check(bad == 0, 14);
        for (int e = -8; e <= 24; e += 2) Console.Write(S(Math.Pow(10, e)) + " " + S(1.5 * Math.Pow(10, e)) + " ");
        Console.WriteLine();
        double x = 1;
        for (int i = 0; i < 60; i++) x /= 3;
        Console.WriteLine(S(x) + " " + S(x * 3e28) + " " + S(Math.PI * 1e100) + " " + S(-Math.E / 1e100));
        return failed == 0 ? 100 : failed;
    }
}
