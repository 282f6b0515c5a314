// Floating-point arithmetic and Math functions with exact or tight-tolerance expectations:
// sqrt, pow, exp/log, trig identities, fused results, float vs double precision, Math.Clamp,
// Math.FusedMultiplyAdd, and BitConverter round trips.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static float F(float x) => x;
    static bool Near(double a, double b, double eps = 1e-12) => Math.Abs(a - b) <= eps * Math.Max(1, Math.Abs(b));

    static int Main()
    {
        Check(Math.Sqrt(D(16)) == 4 && Math.Sqrt(D(2)) * Math.Sqrt(D(2)) != 2 == (Math.Sqrt(2) * Math.Sqrt(2) != 2), 1);
        Check(Near(Math.Sqrt(D(2)), 1.4142135623730951), 2);
        Check(Math.Pow(D(2), D(10)) == 1024 && Math.Pow(D(2), D(-1)) == 0.5, 3);
        Check(Near(Math.Exp(D(1)), Math.E) && Near(Math.Log(D(Math.E)), 1), 4);
        Check(Near(Math.Log10(D(1000)), 3) && Math.Log2(D(8)) == 3, 5);
        double a = D(0.7);
        Check(Near(Math.Sin(a) * Math.Sin(a) + Math.Cos(a) * Math.Cos(a), 1), 6);
        Check(Near(Math.Atan2(D(1), D(1)), Math.PI / 4), 7);
        Check(Near(Math.Tan(D(Math.PI / 4)), 1, 1e-15), 8);
        Check(MathF.Sqrt(F(9f)) == 3f && Math.Abs(MathF.Sin(F(0f))) == 0f, 9);
        Check(Math.Clamp(D(5.5), 0, 5) == 5 && Math.Clamp(D(-1), 0, 5) == 0, 10);
        Check(Math.FusedMultiplyAdd(D(2), D(3), D(4)) == 10, 11);
        Check(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(D(3.25))) == 3.25, 12);
        Check(BitConverter.DoubleToInt64Bits(D(1.0)) == 0x3FF0000000000000, 13);
        Check(BitConverter.SingleToInt32Bits(F(1.0f)) == 0x3F800000, 14);
        Check(F(16777216f) + F(1f) == 16777216f, 15);
        Check(D(16777216.0) + D(1.0) == 16777217.0, 16);
        double h = 0;
        for (int i = 0; i < 1000; i++) h = h * D(0.5) + i;
        Check(Near(h, 1996.0), 17);
        Check(Math.Abs(D(-0.0)) == 0 && !double.IsNegative(Math.Abs(D(-0.0))), 18);
        Check(Near(Math.Cbrt(D(27)), 3), 19);
        Check(Near(Math.Cosh(D(0)), 1) && Near(Math.Sinh(D(0)), 0), 20);
        Check(Math.Round(D(1.23456), 3) == 1.235 && Math.Round(D(-1.5)) == -2, 21);
        Check(Math.ScaleB(D(1), 10) == 1024 && Math.ILogB(D(1024)) == 10, 22);
        Check(double.MaxValue > 1e308 && (double)float.MaxValue < 3.5e38, 23);
        float ff = F(1.1f) * F(1.1f);
        Check(ff == 1.21000004f, 24);
        Check(D(1.1) * D(1.1) == 1.2100000000000002, 25);
        Check(Math.BitIncrement(D(1.0)) == 1.0000000000000002, 26);
        Check((D(3) % D(0.5)) == 0 && double.IsNaN(D(3) % D(0)), 27);
        return failed == 0 ? 100 : failed;
    }
}
