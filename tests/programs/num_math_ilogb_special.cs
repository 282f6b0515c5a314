// Math.ILogB and MathF.ILogB on special inputs: zero (int.MinValue), NaN and infinities
// (int.MaxValue), subnormals (exponents below -1022/-126), and normal boundaries, printed
// for double and float.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        double[] ds = { 1, 1024, 0.1, double.Epsilon, 1e-310, 2.2250738585072014E-308, double.MaxValue, 0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        foreach (var d in ds) Console.WriteLine("double " + d + " -> " + Math.ILogB(d));
        float[] fs = { 1f, float.Epsilon, 1e-40f, float.MaxValue, 0f, float.NaN, float.PositiveInfinity };
        foreach (var f in fs) Console.WriteLine("float " + f + " -> " + MathF.ILogB(f));
        Check(Math.ILogB(double.Epsilon) == -1074 && Math.ILogB(1e-310) == -1030, 1);
        Check(Math.ILogB(0.0) == int.MinValue && Math.ILogB(-0.0) == int.MinValue, 2);
        Check(Math.ILogB(double.NaN) == int.MaxValue, 3);
        Check(Math.ILogB(double.PositiveInfinity) == int.MaxValue && Math.ILogB(double.NegativeInfinity) == int.MaxValue, 4);
        Check(MathF.ILogB(0f) == int.MinValue && MathF.ILogB(float.NaN) == int.MaxValue && MathF.ILogB(float.Epsilon) == -149, 5);
        return failed == 0 ? 100 : failed;
    }
}
