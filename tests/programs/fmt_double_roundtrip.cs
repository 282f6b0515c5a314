// Shortest round-trip printing of double and float (ToString() and "R"), parsing back with
// double.Parse/float.Parse (exponents, leading/trailing spaces, signs, infinity/NaN names,
// subnormals, values that round to infinity), and bit-exact round trips of many values.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int Main()
    {
        double[] ds = { 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e23, 5e-324, double.MaxValue,
                        double.Epsilon * 3, 123456789012345680, 0.000001, 1e-7, Math.PI, Math.E,
                        -1.5e-10, 9007199254740993, 4.35, 0.3, 2.675, 1e21, 1e22, 12345.6789e100 };
        foreach (var d in ds) Console.WriteLine(d.ToString(Inv) + " " + d.ToString("R", Inv) + " " + d.ToString("E16", Inv));
        float[] fs = { 0.1f, 1.0f / 3, 16777216f, 16777217f, float.MaxValue, float.Epsilon, 3.4e-39f, 1e10f, 0.7f, -2.5e-5f };
        foreach (var f in fs) Console.WriteLine(f.ToString(Inv) + " " + ((double)f).ToString(Inv));

        Check(double.Parse("1e3", Inv) == 1000 && double.Parse("-1.5E-2", Inv) == -0.015, 1);
        Check(double.Parse("  42  ", Inv) == 42 && double.Parse("+.5", Inv) == 0.5 && double.Parse("5.", Inv) == 5, 2);
        Check(double.Parse("Infinity", Inv) == double.PositiveInfinity && double.Parse("-Infinity", Inv) == double.NegativeInfinity, 3);
        Check(double.IsNaN(double.Parse("NaN", Inv)) && !double.TryParse("\u221e", NumberStyles.Float, Inv, out _) && double.Parse("infinity", Inv) == double.PositiveInfinity, 4);
        Check(double.Parse("1e400", Inv) == double.PositiveInfinity && double.Parse("1e-400", Inv) == 0, 5);
        Check(double.Parse("4.9406564584124654E-324", Inv) == double.Epsilon && double.Parse("2.5e-324", Inv) == double.Epsilon, 6);
        Check(double.Parse("2.4e-324", Inv) == 0, 7);
        Check(double.Parse("1,234.5", NumberStyles.Float | NumberStyles.AllowThousands, Inv) == 1234.5, 8);
        Check(!double.TryParse("1.2.3", NumberStyles.Float, Inv, out _) && !double.TryParse("", NumberStyles.Float, Inv, out _), 9);
        Check(!double.TryParse("1e", NumberStyles.Float, Inv, out _) && !double.TryParse("abc", NumberStyles.Float, Inv, out _), 10);
        Check(double.Parse("9007199254740993", Inv) == 9007199254740992.0, 11);
        Check(double.Parse("0.1000000000000000055511151231257827", Inv) == 0.1, 12);
        Check(float.Parse("3.4028235E+38", Inv) == float.MaxValue && float.Parse("1e39", Inv) == float.PositiveInfinity, 13);
        Check(float.Parse("16777217", Inv) == 16777216f && float.Parse("0.1", Inv) == 0.1f, 14);
        Check(double.IsNegative(double.Parse("-0", Inv)) && double.Parse("-0", Inv).ToString(Inv) == "-0", 15);
        bool threw = false;
        try { double.Parse("x1", Inv); } catch (FormatException) { threw = true; }
        Check(threw, 16);

        int bad = 0;
        ulong bits = 0x3FF0000000000000UL;
        for (int i = 0; i < 2000; i++)
        {
            bits = bits * 6364136223846793005UL + 1442695040888963407UL;
            double d = BitConverter.Int64BitsToDouble((long)(bits >> 1));
            if (!double.IsFinite(d)) continue;
            if (BitConverter.DoubleToInt64Bits(double.Parse(d.ToString(Inv), Inv)) != BitConverter.DoubleToInt64Bits(d)) bad++;
            float f = (float)d;
            if (float.IsFinite(f) && float.Parse(f.ToString(Inv), Inv) != f) bad++;
        }
        Check(bad == 0, 17);
        Console.WriteLine(BitConverter.Int64BitsToDouble((long)(bits >> 1)).ToString(Inv));
        return failed == 0 ? 100 : failed;
    }
}
