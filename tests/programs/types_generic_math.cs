// Generic math through System.Numerics interfaces (INumber<T>, IBinaryInteger<T>,
// IFloatingPoint<T>, IMinMaxValue<T>): one generic algorithm instantiated for int, long,
// byte, double, float, decimal; CreateChecked/CreateSaturating/CreateTruncating conversions.
using System;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static T SumAll<T>(T[] xs) where T : INumber<T>
    {
        T s = T.Zero;
        foreach (var x in xs) s += x;
        return s;
    }
    static T Mean<T>(T[] xs) where T : INumber<T> => SumAll(xs) / T.CreateChecked(xs.Length);
    static T Gcd<T>(T a, T b) where T : IBinaryInteger<T>
    {
        while (b != T.Zero) { var t = a % b; a = b; b = t; }
        return a;
    }
    static int Bits<T>(T v) where T : IBinaryInteger<T> => int.CreateChecked(T.PopCount(v));
    static T Span<T>() where T : IMinMaxValue<T>, INumber<T> => T.MaxValue - T.MinValue;
    static T Clamp01<T>(T v) where T : IFloatingPoint<T> => T.Clamp(v, T.Zero, T.One);

    static int Main()
    {
        Check(SumAll(new[] { 1, 2, 3, 4 }) == 10, 1);
        Check(SumAll(new[] { 1L << 40, 1L << 40 }) == 1L << 41, 2);
        Check(SumAll(new[] { 0.5, 0.25 }) == 0.75, 3);
        Check(SumAll(new[] { 1.1m, 2.2m }) == 3.3m, 4);
        Check(Mean(new[] { 2.0f, 4.0f, 9.0f }) == 5.0f, 5);
        Check(Mean(new[] { 7, 8 }) == 7, 6);
        Check(Gcd(48, 180) == 12 && Gcd(48L, 180L) == 12L && Gcd((byte)12, (byte)18) == 6, 7);
        Check(Gcd(UInt128.One << 100, UInt128.One << 64) == UInt128.One << 64, 8);
        Check(Bits(255) == 8 && Bits((byte)7) == 3 && Bits(-1L) == 64, 9);
        Check(Span<byte>() == 255 && Span<sbyte>() == unchecked((sbyte)-1), 10);
        Check(Clamp01(1.5) == 1.0 && Clamp01(-2f) == 0f && Clamp01(0.25) == 0.25, 11);
        Check(int.CreateSaturating(1e20) == int.MaxValue && byte.CreateSaturating(-5) == 0, 12);
        Check(byte.CreateTruncating(0x1FF) == 0xFF && short.CreateTruncating(0x18000) == unchecked((short)0x8000), 13);
        bool threw = false;
        try { byte.CreateChecked(256); } catch (OverflowException) { threw = true; }
        Check(threw, 14);
        Check(int.IsPow2(64) && !int.IsPow2(65) && int.Log2(1025) == 10, 15);
        Check(double.IsInteger(3.0) && !double.IsInteger(3.5), 16);
        Check(int.Max(3, 9) == 9 && long.Min(-3, 9) == -3 && double.Abs(-2.5) == 2.5, 17);
        return failed == 0 ? 100 : failed;
    }
}
