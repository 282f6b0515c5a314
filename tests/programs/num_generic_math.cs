// Generic math through static abstract interface members: Sum/Average/Max over INumber<T> for
// int, long, double, decimal, Half and Int128, T.Zero/One/MinValue, CreateChecked/Saturating/
// Truncating between types, IBinaryInteger helpers (DivRem, PopCount), T.Parse, and overflow.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static T Sum<T>(ReadOnlySpan<T> xs) where T : INumber<T> { T s = T.Zero; foreach (var x in xs) s += x; return s; }
    static T Max<T>(ReadOnlySpan<T> xs) where T : INumber<T> { T m = xs[0]; foreach (var x in xs) m = T.Max(m, x); return m; }
    static TOut Average<T, TOut>(ReadOnlySpan<T> xs) where T : INumber<T> where TOut : INumber<TOut> => TOut.CreateChecked(Sum(xs)) / TOut.CreateChecked(xs.Length);
    static T Gcd<T>(T a, T b) where T : IBinaryInteger<T> { while (b != T.Zero) (a, b) = (b, a % b); return T.Abs(a); }
    static T ParseAll<T>(string s) where T : INumber<T> => T.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    static string Info<T>() where T : IMinMaxValue<T>, INumberBase<T> => $"{typeof(T).Name}: min={T.MinValue} max={T.MaxValue} zero={T.Zero} one={T.One}";
    static T Pow<T>(T b, int e) where T : IMultiplicativeIdentity<T, T>, IMultiplyOperators<T, T, T> { T r = T.MultiplicativeIdentity; for (int i = 0; i < e; i++) r *= b; return r; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(Info<int>()); Console.WriteLine(Info<sbyte>()); Console.WriteLine(Info<ulong>()); Console.WriteLine(Info<double>()); Console.WriteLine(Info<decimal>()); Console.WriteLine(Info<Half>()); Console.WriteLine(Info<Int128>()); Console.WriteLine(Info<char>());
        Check(Sum<int>(new[] { 1, 2, 3, 4 }) == 10 && Sum<double>(new[] { 0.5, 0.25 }) == 0.75 && Sum<decimal>(new[] { 0.1m, 0.2m }) == 0.3m, 1);
        Check(Max<long>(new[] { -5L, 7L, 3L }) == 7 && Max<float>(new[] { 1f, float.NaN, 2f }) is float mf && float.IsNaN(mf), 2);
        Check(Average<int, double>(new[] { 1, 2, 4 }) == 7.0 / 3 && Average<int, decimal>(new[] { 1, 2 }) == 1.5m, 3);
        Check(Sum<Int128>(new Int128[] { Int128.MaxValue / 2, Int128.MaxValue / 2 }) == Int128.MaxValue - 1, 4);
        Check(Sum<Half>(new[] { (Half)1.5f, (Half)2.25f }) == (Half)3.75f, 5);
        Check(Gcd(48, 180) == 12 && Gcd(-48L, 180L) == 12 && Gcd((byte)21, (byte)14) == 7 && Gcd(BigInteger.Pow(2, 100), BigInteger.Pow(6, 40)) == BigInteger.Pow(2, 40), 6);
        Check(ParseAll<double>("1.5e3") == 1500 && ParseAll<decimal>("2.50") == 2.50m && ParseAll<float>("-0.25") == -0.25f, 7);
        Check(Pow(3, 4) == 81 && Pow(1.5, 2) == 2.25 && Pow(2m, 10) == 1024m && Pow(new BigInteger(10), 30) == BigInteger.Pow(10, 30), 8);
        Check(int.CreateChecked(200L) == 200 && sbyte.CreateSaturating(1000) == 127 && sbyte.CreateTruncating(1000) == -24 && ushort.CreateSaturating(-5) == 0, 9);
        Check(long.CreateTruncating(UInt128.MaxValue) == -1 && decimal.CreateChecked(1.5f) == 1.5m && double.CreateChecked(Int128.One << 100) == Math.Pow(2, 100), 10);
        try { int.CreateChecked(5_000_000_000L); Check(false, 11); } catch (OverflowException) { Console.WriteLine("CreateChecked overflow"); }
        Check(int.DivRem(-7, 2) == (-3, -1) && uint.PopCount(0xF0F0u) == 8 && long.TrailingZeroCount(96L) == 5 && short.IsNegative(-1), 12);
        Check(int.IsPositive(0) && !double.IsPositive(-0.0) && double.IsNegative(-0.0) && int.Sign(-9) == -1 && decimal.Sign(0m) == 0, 13);
        Check(int.Clamp(15, 0, 10) == 10 && double.CopySign(2.0, -1.0) == -2.0 && int.CopySign(5, -1) == -5 && int.MaxMagnitude(-7, 6) == -7, 14);
        Check(int.IsEvenInteger(4) && long.IsOddInteger(-3) && byte.IsPow2(64) && uint.Log2(1u << 20) == 20, 15);
        Check(int.TryParse("12", inv, out int p1) && p1 == 12 && double.TryParse("x", inv, out _) == false, 16);
        Check(!double.IsInteger(1.5) && decimal.IsCanonical(1m) && double.IsInteger(-3.0), 17);
        Console.WriteLine(Sum<ulong>(new ulong[] { ulong.MaxValue, 1 }) + " " + Average<long, double>(new[] { long.MaxValue, long.MaxValue }).ToString("R", inv) + " " + Pow((Half)2, 15) + " " + Pow((Half)2, 16));
        return failed == 0 ? 100 : failed;
    }
}
