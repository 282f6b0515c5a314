// Math helpers around IEEE-754: Round with digits and MidpointRounding on doubles, Floor/Ceiling/
// Truncate with signed zeros, Clamp, CopySign, FusedMultiplyAdd, BitIncrement/BitDecrement,
// ILogB, ScaleB, IEEERemainder vs %, Max/Min/MaxMagnitude with NaN, ReciprocalEstimate shape.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    static int Main()
    {
        double[] vals = { 0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, -2.345, 123.455, 1e16 + 2, 0.49999999999999994 };
        foreach (var v in vals)
            Console.WriteLine($"{F(v)}: {F(Math.Round(v))} {F(Math.Round(v, MidpointRounding.AwayFromZero))} {F(Math.Round(v, 2))} {F(Math.Round(v, 2, MidpointRounding.AwayFromZero))} {F(Math.Floor(v))} {F(Math.Ceiling(v))} {F(Math.Truncate(v))}");
        Check(Math.Round(2.5) == 2 && Math.Round(-0.5) == 0 && double.IsNegative(Math.Round(-0.5)) && Math.Round(0.49999999999999994) == 0, 1);
        Check(Math.Round(2.675, 2) == 2.68 && Math.Round(1.005, 2, MidpointRounding.AwayFromZero) == 1 && Math.Round(-2.345, 2) == -2.35, 2);
        Check(double.IsNegative(Math.Ceiling(-0.5)) && double.IsNegative(Math.Truncate(-0.7)) && !double.IsNegative(Math.Floor(0.3)), 3);
        Check(Math.Clamp(5, 1, 3) == 3 && Math.Clamp(-5.5, -1.0, 1.0) == -1.0 && Math.Clamp((byte)7, (byte)8, (byte)9) == 8, 4);
        try { Math.Clamp(1, 5, 2); Check(false, 5); } catch (ArgumentException) { Console.WriteLine("min > max rejected"); }
        Check(Math.CopySign(3.0, -0.0) == -3.0 && Math.CopySign(-2.0, 1.0) == 2.0 && double.IsNegative(Math.CopySign(0.0, -1.0)), 6);
        Check(Math.FusedMultiplyAdd(0.1, 10, -1) == 5.551115123125783E-17 && 0.1 * 10 - 1 == 0, 7);
        Check(Math.BitIncrement(1.0) == 1.0000000000000002 && Math.BitDecrement(1.0) == 0.9999999999999999 && Math.BitIncrement(0.0) == double.Epsilon && Math.BitDecrement(0.0) == -double.Epsilon, 8);
        Check(Math.BitIncrement(double.MaxValue) == double.PositiveInfinity && double.IsNaN(Math.BitIncrement(double.NaN)) && Math.BitDecrement(double.NegativeInfinity) == double.NegativeInfinity, 9);
        Check(Math.ILogB(1) == 0 && Math.ILogB(1024) == 10 && Math.ILogB(0.1) == -4 && Math.ILogB(1e300) == 996, 10);
        Check(Math.ScaleB(1, 10) == 1024 && Math.ScaleB(3, -1) == 1.5 && Math.ScaleB(1, -1074) == double.Epsilon && Math.ScaleB(1, 1024) == double.PositiveInfinity, 11);
        Check(Math.IEEERemainder(10, 3) == 1 && Math.IEEERemainder(11, 3) == -1 && 11 % 3.0 == 2 && -11 % 3.0 == -2 && double.IsNaN(Math.IEEERemainder(1, 0)), 12);
        Check(double.IsNaN(Math.Max(1, double.NaN)) && double.IsNaN(Math.Min(double.NaN, 1)) && Math.Max(-0.0, 0.0) == 0 && !double.IsNegative(Math.Max(-0.0, 0.0)) && double.IsNegative(Math.Min(0.0, -0.0)), 13);
        Check(Math.MaxMagnitude(-5.0, 3.0) == -5.0 && Math.MinMagnitude(-5.0, 3.0) == 3.0 && double.MaxNumber(double.NaN, 1) == 1 && double.MinNumber(2, double.NaN) == 2, 14);
        Check(Math.Abs(int.MinValue + 1) == int.MaxValue && Math.Sign(-0.0) == 0 && Math.Sign(-3L) == -1 && Math.Sign(2.5m) == 1, 15);
        try { Math.Abs(int.MinValue); Check(false, 16); } catch (OverflowException) { Console.WriteLine("Abs(int.MinValue) overflow"); }
        try { Math.Sign(double.NaN); Check(false, 17); } catch (ArithmeticException) { Console.WriteLine("Sign(NaN) arithmetic"); }
        Check(Math.BigMul(int.MaxValue, int.MaxValue) == 4611686014132420609L && Math.BigMul(ulong.MaxValue, 2UL, out ulong low) == 1UL && low == ulong.MaxValue - 1, 18);
        Check(Math.DivRem(17, 5, out int r) == 3 && r == 2 && Math.DivRem(-17, 5) == (-3, -2), 19);
        for (int i = -3; i <= 3; i++) Console.Write(F(Math.ScaleB(1.5, i * 300)) + " " + Math.ILogB(Math.ScaleB(1.5, i * 300)) + "; ");
        Console.WriteLine();
        double x = 1.0; for (int i = 0; i < 5; i++) { x = Math.BitIncrement(x); Console.Write(F(x) + " "); }
        Console.WriteLine();
        Console.WriteLine(F(Math.FusedMultiplyAdd(1e308, 10, -1e308)) + " " + F(Math.FusedMultiplyAdd(2, 3, 4)) + " " + F(double.ReciprocalSqrtEstimate(4) * 0 + 1));
        Check(double.IsPow2(0.25) && !double.IsPow2(0.3) && double.IsInteger(3.0) && !double.IsInteger(3.5) && double.IsEvenInteger(4.0) && double.IsOddInteger(-3.0), 20);
        Check(double.IsSubnormal(double.Epsilon) && !double.IsNormal(0) && double.IsNormal(1e-300) && double.IsFinite(double.MaxValue) && double.IsRealNumber(1) && !double.IsRealNumber(double.NaN), 21);
        return failed == 0 ? 100 : failed;
    }
}
