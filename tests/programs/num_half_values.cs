// System.Half: conversions from/to float and double (rounding to nearest even, overflow to
// infinity, subnormals), MaxValue/Epsilon/NaN constants, arithmetic via float, ToString
// shortest round-trip and with formats, Parse, comparisons, and bit patterns.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static ushort Bits(Half h) => BitConverter.HalfToUInt16Bits(h);

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        float[] fs = { 0f, -0f, 1f, 0.1f, 1.0009765625f, 2049f, 2051f, 65504f, 65519f, 65520f, 1e-5f, 6e-8f, 5.96e-8f, 2.98e-8f, 3e-8f, 0.333333f, 100000f, -3.14159f, float.NaN, float.NegativeInfinity };
        foreach (var f in fs)
        {
            Half h = (Half)f;
            Console.WriteLine($"{f.ToString("R", inv),14} -> {h.ToString(inv),12} bits={Bits(h):X4} back={((float)h).ToString("R", inv)} F3={h.ToString("F3", inv)} E2={h.ToString("E2", inv)}");
        }
        Check(Half.MaxValue.ToString(inv) == "65500" && ((float)Half.MaxValue) == 65504f && Half.Epsilon.ToString(inv) == "6E-08", 1);
        Check(Bits(Half.MaxValue) == 0x7BFF && Bits(Half.Epsilon) == 0x0001 && Bits(Half.PositiveInfinity) == 0x7C00 && Bits(Half.NegativeZero) == 0x8000, 2);
        Check((float)(Half)2049f == 2048f && (float)(Half)2051f == 2052f && (float)(Half)65519f == 65504f && Half.IsPositiveInfinity((Half)65520f), 3);
        Check(((Half)0.1f).ToString(inv) == "0.1" && ((float)(Half)0.1f) == 0.099975586f, 4);
        Check((Half)2.98e-8f == (Half)0f && (Half)3e-8f == Half.Epsilon, 5);
        Check(Half.IsNaN((Half)float.NaN) && Half.IsNegative((Half)(-0f)) && Half.IsSubnormal(Half.Epsilon) && !Half.IsNormal(Half.Epsilon), 6);
        Half a = (Half)1.5f, b = (Half)2.25f;
        Check((float)(a + b) == 3.75f && (float)(a * b) == 3.375f && (float)(b / a) == 1.5f && (float)(a - b) == -0.75f, 7);
        Check(a < b && b > a && a != b && Half.Max(a, b) == b && Half.Abs((Half)(-2f)) == (Half)2f && Half.NaN != Half.NaN && Half.NaN.Equals(Half.NaN), 8);
        Check(Half.Parse("1.5", inv) == a && Half.Parse("65504", inv) == Half.MaxValue && Half.IsPositiveInfinity(Half.Parse("70000", inv)), 9);
        Check(Half.TryParse("abc", NumberStyles.Float, inv, out var bad) == false && Bits(bad) == 0, 10);
        Check((double)(Half)1e-7 == 1.1920928955078125E-07 && (Half)(double)65504 == Half.MaxValue, 11);
        Check(BitConverter.UInt16BitsToHalf(0x3C00) == Half.One && BitConverter.UInt16BitsToHalf(0x3555).ToString(inv) == "0.3333", 12);
        Check((int)(Half)(-7.9f) == -7 && (Half)300 == (Half)300f && (byte)(Half)200f == 200, 13);
        Half acc = Half.Zero;
        for (int i = 0; i < 3000; i++) acc += (Half)1f;
        Console.WriteLine("sum " + acc.ToString(inv));
        Check((float)acc == 2048f, 14);
        for (ushort bits = 0x3C00; bits < 0x3C08; bits++) Console.Write(BitConverter.UInt16BitsToHalf(bits).ToString(inv) + " ");
        Console.WriteLine();
        Console.WriteLine(Half.MinValue.ToString(inv) + " " + Half.NegativeInfinity.ToString(inv) + " " + Half.NaN.ToString(inv) + " " + Half.E.ToString(inv) + " " + Half.Pi.ToString(inv));
        return failed == 0 ? 100 : failed;
    }
}
