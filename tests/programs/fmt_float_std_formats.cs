// Standard formats applied to float (single precision) values: default ToString, R, G9, F, E,
// N, P on exact and inexact values, float-specific shortest round-trip (0.1f, 1/3f,
// 16777216f, float.Epsilon, MaxValue), and float parsing of boundary strings.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        float[] vals = { 0f, -0f, 0.1f, 1f / 3, 2f / 3, 16777216f, 16777217f, 1e-10f, 123456.7f, float.Epsilon, float.MaxValue, float.MinValue, 1.17549435E-38f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 3.4e38f, 7e-45f, 100f, 1e7f, 1e8f, 0.0001f, 0.00001f };
        foreach (var v in vals)
            Console.WriteLine($"{v.ToString(inv)} | {v.ToString("R", inv)} | {v.ToString("G9", inv)} | {v.ToString("F3", inv)} | {v.ToString("E4", inv)} | {v.ToString("N1", inv)} | {v.ToString("G3", inv)}");
        Check(0.1f.ToString(inv) == "0.1" && (1f / 3).ToString(inv) == "0.33333334", 1);
        Check(0.1f.ToString("G9", inv) == "0.100000001", 2);
        Check(16777217f.ToString(inv) == "16777216" && 1e7f.ToString(inv) == "10000000", 3);
        Check(float.Epsilon.ToString(inv) == "1E-45" && float.MaxValue.ToString(inv) == "3.4028235E+38", 4);
        Check((-0f).ToString(inv) == "-0" && float.NaN.ToString(inv) == "NaN" && float.NegativeInfinity.ToString(inv) == "-Infinity", 5);
        Check(123456.7f.ToString(inv) == "123456.7" && 1e-10f.ToString(inv) == "1E-10", 6);
        Check(0.0001f.ToString(inv) == "0.0001" && 0.00001f.ToString(inv) == "1E-05", 7);
        Check(float.Parse("3.4028235E+38", inv) == float.MaxValue && float.IsPositiveInfinity(float.Parse("3.5e38", inv)), 8);
        Check(float.Parse("1e-46", inv) == 0f && float.Parse("1.4e-45", inv) == float.Epsilon, 9);
        Check(float.Parse("  -1.5  ", inv) == -1.5f && float.Parse("1,000.25", NumberStyles.Float | NumberStyles.AllowThousands, inv) == 1000.25f, 10);
        Check(float.Parse("0.33333334", inv) == 1f / 3, 11);
        Check(float.TryParse("abc", NumberStyles.Float, inv, out var bad) == false && bad == 0, 12);
        Check(float.Parse("-Infinity", inv) == float.NegativeInfinity && float.IsNaN(float.Parse("NaN", inv)), 13);
        Check(((double)0.1f).ToString(inv) == "0.10000000149011612", 14);
        Check((float)0.1 == 0.1f && (float)16777217.0 == 16777216f, 15);
        Check(MathF.PI.ToString(inv) == "3.1415927" && MathF.E.ToString("R", inv) == "2.7182817", 16);
        Check(2.5f.ToString("F0", inv) == "3" || 2.5f.ToString("F0", inv) == "2", 17);
        Console.WriteLine(2.5f.ToString("F0", inv) + " " + 3.5f.ToString("F0", inv) + " " + 0.125f.ToString("F2", inv) + " " + 1.005f.ToString("F2", inv));
        int bits = BitConverter.SingleToInt32Bits(0.1f);
        Console.WriteLine(bits.ToString("X8") + " " + BitConverter.Int32BitsToSingle(0x3F800001).ToString(inv));
        Check(bits == 0x3DCCCCCD, 18);
        for (float f = 1f; f < 1e30f; f *= 1000f) Console.Write(f.ToString(inv) + " ");
        Console.WriteLine();
        for (int i = 1; i <= 10; i++) Console.Write((i / 10f).ToString(inv) + " " + (i * 0.1f).ToString(inv) + ", ");
        Console.WriteLine();
        return failed == 0 ? 100 : failed;
    }
}
