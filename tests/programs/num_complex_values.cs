// System.Numerics.Complex: arithmetic, Abs/Phase/Conjugate/Reciprocal, FromPolarCoordinates,
// Sqrt/Exp/Log/Pow/trig functions, infinities and NaN parts, equality, ToString with and
// without format strings, and implicit conversions from real numbers.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Near(Complex a, Complex b) => Complex.Abs(a - b) < 1e-12;
    static string F(Complex c) => c.ToString("R", CultureInfo.InvariantCulture);

    static int Main()
    {
        var a = new Complex(3, 4);
        var b = new Complex(1, -2);
        Console.WriteLine($"{F(a + b)} {F(a - b)} {F(a * b)} {F(a / b)} {F(-a)} {F(Complex.Conjugate(a))} {F(Complex.Reciprocal(a))}");
        Check(a + b == new Complex(4, 2) && a * b == new Complex(11, -2) && a / b == new Complex(-1, 2), 1);
        Check(Complex.Abs(a) == 5 && a.Magnitude == 5 && Math.Abs(a.Phase - Math.Atan2(4, 3)) < 1e-15 && Complex.Conjugate(a) == new Complex(3, -4), 2);
        Check(Near(Complex.FromPolarCoordinates(2, Math.PI / 2), new Complex(0, 2)) && Near(Complex.Sqrt(-4), new Complex(0, 2)) && Near(Complex.Sqrt(a), new Complex(2, 1)), 3);
        Check(Near(Complex.Exp(new Complex(0, Math.PI)), -1) && Near(Complex.Log(Complex.ImaginaryOne), new Complex(0, Math.PI / 2)), 4);
        Check(Near(Complex.Pow(Complex.ImaginaryOne, 2), -1) && Near(Complex.Pow(a, 0.5), new Complex(2, 1)) && Near(Complex.Pow(a, b), Complex.Exp(b * Complex.Log(a))), 5);
        Check(Near(Complex.Sin(a) * Complex.Sin(a) + Complex.Cos(a) * Complex.Cos(a), 1) && Near(Complex.Tan(b), Complex.Sin(b) / Complex.Cos(b)), 6);
        Complex r = 2.5; Complex fromInt = 7;
        Check(r.Real == 2.5 && r.Imaginary == 0 && fromInt == new Complex(7, 0) && Complex.Zero + Complex.One == 1, 7);
        Console.WriteLine(a.ToString(CultureInfo.InvariantCulture) + " " + b.ToString("F2", CultureInfo.InvariantCulture) + " " + new Complex(-0.0, double.NaN).ToString(CultureInfo.InvariantCulture) + " " + new Complex(double.PositiveInfinity, -1e-300).ToString(CultureInfo.InvariantCulture));
        Check(a.ToString(CultureInfo.InvariantCulture) == "<3; 4>" && b.ToString("F2", CultureInfo.InvariantCulture) == "<1.00; -2.00>", 8);
        Check(Complex.IsNaN(new Complex(1, double.NaN)) && Complex.IsInfinity(new Complex(double.PositiveInfinity, 0)) && Complex.IsFinite(a) && Complex.IsRealNumber(r) && Complex.IsImaginaryNumber(new Complex(0, 3)), 9);
        Check(!new Complex(double.NaN, 0).Equals(new Complex(1, 0)) && new Complex(double.NaN, 0).Equals(new Complex(double.NaN, 0)) && a.Equals((object)new Complex(3, 4)), 10);
        Complex z = Complex.Zero;
        for (int k = 0; k < 8; k++) z += Complex.FromPolarCoordinates(1, k * Math.PI / 4);
        Console.WriteLine("sum of 8th roots: " + (Complex.Abs(z) < 1e-12));
        Check(Complex.Abs(z) < 1e-12, 11);
        var c = new Complex(-0.75, 0.1);
        var zz = Complex.Zero; int iter = 0;
        while (iter < 1000 && Complex.Abs(zz) <= 2) { zz = zz * zz + c; iter++; }
        Console.WriteLine("mandelbrot iterations " + iter + " " + F(zz));
        Console.WriteLine(F(Complex.Asin(a)) + " " + F(Complex.Acos(b)) + " " + F(Complex.Atan(new Complex(0.5, 0.5))) + " " + F(Complex.Sinh(a)) + " " + F(Complex.Log10(a)) + " " + F(Complex.Log(a, 2)));
        Console.WriteLine(F(new Complex(1e308, 1e308) * 10) + " " + F(new Complex(1, 1) / Complex.Zero) + " " + Complex.Abs(new Complex(1e308, 1e308)).ToString("R", CultureInfo.InvariantCulture));
        Check(Complex.Parse("<1.5; -2>", CultureInfo.InvariantCulture) == new Complex(1.5, -2), 12);
        return failed == 0 ? 100 : failed;
    }
}
