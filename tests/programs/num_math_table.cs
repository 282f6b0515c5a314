// Math (double) functions printed with shortest round-trip text over a grid of inputs: Sqrt,
// Cbrt, Pow, Exp, Log, Log10, Log2, Sin, Cos, Tan, Asin, Acos, Atan, Atan2, Sinh, Cosh, Tanh,
// and special-value results (NaN, infinities, signed zeros) with exact checks.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    static int Main()
    {
        double[] xs = { 0, 0.5, 1, 2, 3, 10, 100, 0.001, 1e10, Math.PI, Math.E };
        foreach (var x in xs)
            Console.WriteLine($"{F(x)}: sqrt={F(Math.Sqrt(x))} cbrt={F(Math.Cbrt(x))} exp={F(Math.Exp(x / 10))} log={F(Math.Log(x))} log10={F(Math.Log10(x))} log2={F(Math.Log2(x))} sin={F(Math.Sin(x))} cos={F(Math.Cos(x))} tan={F(Math.Tan(x))} atan={F(Math.Atan(x))} tanh={F(Math.Tanh(x))}");
        foreach (var (y, x) in new[] { (1.0, 1.0), (1.0, -1.0), (-1.0, -1.0), (0.0, -1.0), (-0.0, -1.0), (0.0, 0.0), (-0.0, -0.0), (1.0, 0.0), (double.PositiveInfinity, double.NegativeInfinity) })
            Console.Write(F(Math.Atan2(y, x)) + " ");
        Console.WriteLine();
        foreach (var (b, e) in new[] { (2.0, 10.0), (2.0, 0.5), (-8.0, 1.0 / 3), (0.0, -1.0), (-0.0, -1.0), (-0.0, -2.0), (1.0, double.NaN), (double.NaN, 0.0), (-1.0, double.PositiveInfinity), (0.5, double.NegativeInfinity), (10.0, 308.0), (10.0, 309.0), (10.0, -324.0), (1.0000001, 1e9) })
            Console.Write(F(Math.Pow(b, e)) + " ");
        Console.WriteLine();
        Check(Math.Sqrt(2) == 1.4142135623730951 && Math.Sqrt(-1) is double.NaN && double.IsNegative(Math.Sqrt(-0.0)), 1);
        Console.WriteLine(F(Math.Cbrt(27)) + " " + F(Math.Cbrt(-8)) + " " + F(Math.Pow(2, 10)) + " " + F(Math.Pow(2, -1)));
        Check(Math.Cbrt(-8) == -2 && Math.Pow(2, 10) == 1024 && Math.Pow(2, -1) == 0.5, 2);
        Check(double.IsNaN(Math.Pow(-8, 1.0 / 3)) && Math.Pow(0, -1) == double.PositiveInfinity && Math.Pow(-0.0, -1) == double.NegativeInfinity, 3);
        Check(Math.Pow(1, double.NaN) == 1 && Math.Pow(double.NaN, 0) == 1 && Math.Pow(-1, double.PositiveInfinity) == 1, 4);
        Check(Math.Log(0) == double.NegativeInfinity && double.IsNaN(Math.Log(-1)) && Math.Log(1) == 0 && Math.Log10(1000) == 3 && Math.Log2(1024) == 10, 5);
        Check(Math.Log(8, 2) == 3 && Math.Abs(Math.Log(100, 10) - 2) < 1e-15 && double.IsNaN(Math.Log(2, 1)), 6);
        Check(Math.Exp(0) == 1 && Math.Exp(double.NegativeInfinity) == 0 && Math.Exp(710) == double.PositiveInfinity && Math.Exp(1) == Math.E, 7);
        Check(Math.Sin(0) == 0 && double.IsNegative(Math.Sin(-0.0)) && Math.Cos(0) == 1 && double.IsNaN(Math.Sin(double.PositiveInfinity)), 8);
        Check(Math.Atan2(0.0, -1.0) == Math.PI && Math.Atan2(-0.0, -1.0) == -Math.PI && Math.Atan2(1, 0) == Math.PI / 2, 9);
        Check(Math.Asin(1) == Math.PI / 2 && Math.Acos(-1) == Math.PI && double.IsNaN(Math.Asin(2)) && Math.Atan(double.PositiveInfinity) == Math.PI / 2, 10);
        Check(Math.Sinh(0) == 0 && Math.Cosh(0) == 1 && Math.Tanh(double.PositiveInfinity) == 1 && Math.Tanh(-1000) == -1, 11);
        Check(Math.Asinh(0) == 0 && Math.Acosh(1) == 0 && Math.Atanh(1) == double.PositiveInfinity && double.IsNaN(Math.Acosh(0.5)), 12);
        Check(Math.Abs(Math.Sin(Math.PI / 6) - 0.5) < 1e-15 && Math.Abs(Math.Tan(Math.PI / 4) - 1) < 1e-15, 13);
        double h = Math.Sqrt(3 * 3 + 4 * 4);
        Check(h == 5 && double.Hypot(3, 4) == 5 && double.Hypot(double.PositiveInfinity, double.NaN) == double.PositiveInfinity, 14);
        var (s, c) = Math.SinCos(1.0);
        Check(s == Math.Sin(1.0) && c == Math.Cos(1.0), 15);
        Check(double.SinPi(0.5) == 1 && double.CosPi(1) == -1 && double.Exp10(2) == 100 && double.Exp2(10) == 1024, 16);
        Console.WriteLine(F(Math.Exp(-745)) + " " + F(Math.Exp(-746)) + " " + F(Math.Log(double.Epsilon)) + " " + F(Math.Log(double.MaxValue)) + " " + F(Math.Sqrt(double.Epsilon)) + " " + F(Math.Cbrt(double.MaxValue)));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) acc += Math.Sin(i) * Math.Log(i) / Math.Sqrt(i);
        Console.WriteLine("acc " + F(acc));
        return failed == 0 ? 100 : failed;
    }
}
