// Math and MathF functions: Round with digits and every MidpointRounding mode, Truncate/Floor/
// Ceiling on negatives, Sign/Abs (and Abs overflow), BigMul, DivRem, Clamp, Min/Max with NaN and
// -0.0, MaxMagnitude, CopySign, BitIncrement/BitDecrement, ScaleB/ILogB, IEEERemainder, Log2.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string R(double d) => d.ToString("R", CultureInfo.InvariantCulture);
    static string R(float f) => f.ToString("R", CultureInfo.InvariantCulture);
    static string G(double d) => d.ToString("G10", CultureInfo.InvariantCulture);

    static int Main()
    {
        double[] vals = { 2.5, 3.5, -2.5, -3.5, 2.45, 0.5, -0.5, 1.005 };
        var modes = new[] { MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity };
        foreach (var m in modes)
        {
            Console.Write(m.ToString().PadRight(20));
            foreach (var v in vals) Console.Write(" " + R(Math.Round(v, m)) + "/" + R(Math.Round(v, 1, m)));
            Console.WriteLine();
        }
        Console.WriteLine(string.Join(" ", R(Math.Truncate(-2.7)), R(Math.Floor(-2.5)), R(Math.Ceiling(-2.5)), R(Math.Floor(-0.0)), R(Math.Ceiling(-0.4)), R(Math.Round(-0.4))));
        Console.WriteLine(string.Join(" ", R(Math.CopySign(3.0, -0.0)), R(Math.BitIncrement(1.0)), R(Math.BitDecrement(0.0)), R(Math.BitIncrement(double.MaxValue)), R(Math.ScaleB(1.5, 10)), Math.ILogB(1000.0)));
        Console.WriteLine(string.Join(" ", R(Math.IEEERemainder(10, 3)), R(10.0 % 3), R(Math.IEEERemainder(11, 3)), R(-7.5 % 2), R(Math.Sqrt(2)), G(Math.Cbrt(27)), G(Math.Pow(2, 0.5))));
        Console.WriteLine(string.Join(" ", G(Math.Sin(1)), G(Math.Cos(1)), G(Math.Tan(0.5)), G(Math.Atan2(1, -1)), G(Math.Atan2(-0.0, -1)), G(Math.Exp(1)), G(Math.Log(10)), G(Math.Log10(2)), G(Math.Log(8, 2))));
        Console.WriteLine(string.Join(" ", G(Math.Sinh(1)), G(Math.Acosh(2)), G(Math.Asin(1)), G(Math.Log2(10)), G(MathF.Sin(1f)), G(MathF.Exp(2f)), G(MathF.Pow(3f, 0.5f))));
        Console.WriteLine(string.Join(" ", R(MathF.Round(2.5f)), R(MathF.Round(1.25f, 1)), R(MathF.Floor(-1.5f)), R(MathF.Sqrt(2f)), R(MathF.Max(-0f, 0f)), R(MathF.Min(-0f, 0f)), R(MathF.CopySign(1f, -2f))));

        Check(Math.Round(2.5) == 2 && Math.Round(3.5) == 4 && Math.Round(-2.5) == -2 && Math.Round(2.5, MidpointRounding.AwayFromZero) == 3, 1);
        Check(Math.Round(1.23456, 3) == 1.235 && Math.Round(1.5m) == 2m && Math.Round(2.5m) == 2m && Math.Round(2.345m, 2, MidpointRounding.ToPositiveInfinity) == 2.35m, 2);
        Check(Math.Sign(-0.0) == 0 && Math.Sign(-3) == -1 && Math.Sign(2L) == 1 && Math.Sign(-1.5m) == -1, 3);
        bool threw = false;
        try { Math.Sign(double.NaN); } catch (ArithmeticException) { threw = true; }
        Check(threw, 4);
        threw = false;
        try { Math.Abs(int.MinValue); } catch (OverflowException) { threw = true; }
        Check(threw && Math.Abs(-5L) == 5 && Math.Abs(-0.0) == 0.0 && !double.IsNegative(Math.Abs(-0.0)), 5);
        Check(Math.BigMul(int.MaxValue, int.MaxValue) == 4611686014132420609L, 6);
        ulong hi = Math.BigMul(ulong.MaxValue, 3UL, out ulong lo);
        Check(hi == 2 && lo == ulong.MaxValue - 2, 7);
        var (q, r) = Math.DivRem(-7, 2);
        Check(q == -3 && r == -1 && Math.DivRem(7L, -2L).Remainder == 1, 8);
        Check(Math.Clamp(15, 0, 10) == 10 && Math.Clamp(-1.5, -1, 1) == -1 && Math.Clamp(5u, 1u, 9u) == 5u, 9);
        threw = false;
        try { Math.Clamp(1, 5, 2); } catch (ArgumentException) { threw = true; }
        Check(threw, 10);
        Check(double.IsNaN(Math.Max(1, double.NaN)) && double.IsNaN(Math.Min(double.NaN, 1)), 11);
        Check(double.IsNegative(Math.Min(0.0, -0.0)) && !double.IsNegative(Math.Max(-0.0, 0.0)), 12);
        Check(Math.MaxMagnitude(-5.0, 3.0) == -5.0 && Math.MinMagnitude(-5.0, 3.0) == 3.0, 13);
        Check(Math.ILogB(0.75) == -1 && Math.ScaleB(1, -1074) == double.Epsilon && double.IsPositiveInfinity(Math.ScaleB(1, 1024)), 14);
        Check(Math.BitIncrement(-double.Epsilon) == -0.0 && Math.BitDecrement(double.PositiveInfinity) == double.MaxValue, 15);
        Check(Math.IEEERemainder(10, 3) == 1 && Math.IEEERemainder(11, 3) == -1 && double.IsNaN(Math.IEEERemainder(1, 0)), 16);
        Check(int.Log2(1024) == 10 && int.Log2(1023) == 9 && long.Log2(1L << 62) == 62 && Math.Log2(8) == 3.0, 17);
        Check(Math.Sqrt(-1) is double.NaN && Math.Pow(0, 0) == 1 && Math.Pow(-8, 1.0 / 3) is double.NaN && Math.Cbrt(-8) == -2, 18);
        Check(Math.Pow(double.NaN, 0) == 1 && Math.Pow(1, double.NaN) == 1 && Math.Pow(-1, double.PositiveInfinity) == 1, 19);
        Check(Math.Atan2(0, -1) == Math.PI && Math.Atan2(-0.0, -1) == -Math.PI && Math.Tau == 2 * Math.PI, 20);
        Check(MathF.Round(2.5f) == 2f && MathF.Truncate(-1.9f) == -1f && MathF.Abs(-0f) == 0f && float.IsNaN(MathF.Sqrt(-1f)), 21);
        Check(Math.FusedMultiplyAdd(0.1, 10, -1) != 0.1 * 10 - 1 && Math.Round(Math.FusedMultiplyAdd(2, 3, 4)) == 10, 22);
        return failed == 0 ? 100 : failed;
    }
}
