// IEEE special values: NaN comparisons (all false except !=), NaN equality via Equals,
// -0.0 == 0.0 but distinguishable by 1/x, sign bit and BitConverter, infinities, epsilon,
// float/double min/max propagation of NaN, and the unordered branch forms.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static float F(float x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool Lt(double a, double b) => a < b;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool NotGe(double a, double b) => !(a >= b);

    static int Main()
    {
        double nan = D(double.NaN);
        Check(!(nan == nan), 1);
        Check(nan != nan, 2);
        Check(!(nan < 1) && !(nan > 1) && !(nan <= 1) && !(nan >= 1), 3);
        Check(!Lt(nan, 1) && !Lt(1, nan), 4);
        Check(NotGe(nan, 1) && NotGe(1, nan), 5);
        Check(nan.Equals(double.NaN), 6);
        Check(double.IsNaN(D(0.0) / D(0.0)), 7);
        Check(double.IsNaN(D(double.PositiveInfinity) - D(double.PositiveInfinity)), 8);
        double nz = D(-0.0);
        Check(nz == 0.0, 9);
        Check(1 / nz == double.NegativeInfinity, 10);
        Check(double.IsNegative(nz) && !double.IsNegative(D(0.0)), 11);
        Check(BitConverter.DoubleToInt64Bits(nz) == long.MinValue, 12);
        Check(!nz.Equals(0.0) == false || nz.Equals(0.0), 13);
        Check(D(1.0) / D(0.0) == double.PositiveInfinity && D(-1.0) / D(0.0) == double.NegativeInfinity, 14);
        Check(D(1e308) * 10 == double.PositiveInfinity, 15);
        Check(D(double.Epsilon) / 2 == 0.0, 16);
        Check(D(double.Epsilon) > 0, 17);
        Check(double.IsNaN(Math.Max(nan, 1.0)) && double.IsNaN(Math.Min(1.0, nan)), 18);
        Check(Math.Max(D(-0.0), D(0.0)) == 0.0 && !double.IsNegative(Math.Max(D(-0.0), D(0.0))), 19);
        Check(double.IsNegative(Math.Min(D(0.0), D(-0.0))), 20);
        float fnan = F(float.NaN);
        Check(fnan != fnan && float.IsNaN(fnan), 21);
        Check(1 / F(-0.0f) == float.NegativeInfinity, 22);
        Check(BitConverter.SingleToInt32Bits(F(-0.0f)) == int.MinValue, 23);
        Check(float.IsPositiveInfinity(F(3e38f) * 10), 24);
        Check((double)F(float.NaN) is double dn && double.IsNaN(dn), 25);
        Check(double.IsNaN(Math.Sqrt(D(-1))), 26);
        Check(-nz == 0.0 && !double.IsNegative(-nz), 27);
        Check(nan.CompareTo(0.0) < 0 && nan.CompareTo(nan) == 0, 28);
        Check(D(0.1) + D(0.2) != 0.3 && Math.Abs(D(0.1) + D(0.2) - 0.3) < 1e-15, 29);
        Check(double.IsFinite(D(1.0)) && !double.IsFinite(D(double.NegativeInfinity)), 30);
        Check(Math.Sign(D(-0.0)) == 0 && Math.CopySign(1.0, D(-0.0)) == -1.0, 31);
        int n = 0;
        double[] vals = { 1, nan, 2, nan };
        foreach (var v in vals) if (v == v) n++;
        Check(n == 2, 32);
        return failed == 0 ? 100 : failed;
    }
}
