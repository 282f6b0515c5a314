// MathF (single precision) functions printed with round-trip text: Sqrt, Cbrt, Pow, Exp, Log,
// Log10, Log2, Sin, Cos, Tan, Atan2, Round/Floor/Ceiling/Truncate, FusedMultiplyAdd,
// BitIncrement, ILogB, ScaleB, CopySign, Max/Min with NaN, plus float special values.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string F(float f) => f.ToString("R", CultureInfo.InvariantCulture);

    static int Main()
    {
        float[] xs = { 0f, 0.25f, 1f, 2f, 10f, 123.456f, 1e-20f, 1e20f, MathF.PI, MathF.E };
        foreach (var x in xs)
            Console.WriteLine($"{F(x)}: sqrt={F(MathF.Sqrt(x))} cbrt={F(MathF.Cbrt(x))} exp={F(MathF.Exp(x / 50))} log={F(MathF.Log(x))} log10={F(MathF.Log10(x))} log2={F(MathF.Log2(x))} sin={F(MathF.Sin(x))} cos={F(MathF.Cos(x))} tan={F(MathF.Tan(x))} pow={F(MathF.Pow(x, 1.5f))}");
        float[] rs = { 0.5f, 1.5f, 2.5f, -2.5f, -0.5f, 2.4999998f, 1.25f, -7.75f };
        foreach (var r in rs)
            Console.Write($"{F(r)}:{F(MathF.Round(r))},{F(MathF.Round(r, MidpointRounding.AwayFromZero))},{F(MathF.Round(r, 1))},{F(MathF.Floor(r))},{F(MathF.Ceiling(r))},{F(MathF.Truncate(r))} ");
        Console.WriteLine();
        Check(MathF.Sqrt(16f) == 4f && float.IsNaN(MathF.Sqrt(-1f)) && MathF.Pow(2f, 10f) == 1024f && MathF.Exp(0f) == 1f, 1);
        Check(MathF.Round(2.5f) == 2f && MathF.Round(3.5f) == 4f && MathF.Round(-2.5f, MidpointRounding.AwayFromZero) == -3f, 2);
        Check(MathF.Log(1f) == 0f && MathF.Log10(100f) == 2f && MathF.Log2(8f) == 3f && MathF.Log(0f) == float.NegativeInfinity, 3);
        Check(MathF.Atan2(0f, -1f) == MathF.PI && MathF.Atan2(-0f, -1f) == -MathF.PI && MathF.Atan2(1f, 1f) == MathF.PI / 4, 4);
        Check(MathF.FusedMultiplyAdd(2f, 3f, 1f) == 7f && MathF.CopySign(1f, -0f) == -1f && float.IsNegative(MathF.CopySign(0f, -2f)), 5);
        Check(MathF.BitIncrement(1f) == 1.0000001f && MathF.BitDecrement(1f) == 0.99999994f && MathF.BitIncrement(0f) == float.Epsilon && MathF.BitIncrement(float.MaxValue) == float.PositiveInfinity, 6);
        Check(MathF.ILogB(1f) == 0 && MathF.ILogB(float.Epsilon) == -149 && MathF.ILogB(0f) == int.MinValue && MathF.ILogB(3e38f) == 127, 7);
        Check(MathF.ScaleB(1f, -149) == float.Epsilon && MathF.ScaleB(1.5f, 4) == 24f && MathF.ScaleB(1f, 128) == float.PositiveInfinity, 8);
        Check(float.IsNaN(MathF.Max(1f, float.NaN)) && float.IsNaN(MathF.Min(float.NaN, 1f)) && MathF.MaxMagnitude(-3f, 2f) == -3f && float.IsNegative(MathF.Min(0f, -0f)), 9);
        Check(MathF.Abs(-0f) == 0f && !float.IsNegative(MathF.Abs(-0f)) && MathF.Sign(-2f) == -1 && MathF.IEEERemainder(11f, 3f) == -1f, 10);
        Check(MathF.Floor(-0.5f) == -1f && float.IsNegative(MathF.Ceiling(-0.5f)) && MathF.Truncate(-1.9f) == -1f, 11);
        Check(float.Hypot(3f, 4f) == 5f && float.Exp2(3f) == 8f && float.Exp10(2f) == 100f && float.RootN(27f, 3) == 3f, 12);
        Check(float.Lerp(0f, 10f, 0.25f) == 2.5f && float.DegreesToRadians(180f) == MathF.PI && float.RadiansToDegrees(MathF.PI) == 180f, 13);
        float sum = 0; for (int i = 0; i < 10; i++) sum += 0.1f;
        Console.WriteLine(F(sum) + " " + F(0.1f + 0.2f) + " " + F(1f / 3f * 3f) + " " + F(16777216f + 1f) + " " + F(float.MaxValue * 2f) + " " + F(-float.MaxValue * 2f) + " " + F(0f / 0f * 0f));
        Check(sum == 1.0000001f && 0.1f + 0.2f == 0.3f && 16777216f + 1f == 16777216f, 14);
        float acc = 0;
        for (int i = 1; i <= 200; i++) acc += MathF.Sin(i) * MathF.Sqrt(i) / MathF.Log(i + 1);
        Console.WriteLine("acc " + F(acc));
        return failed == 0 ? 100 : failed;
    }
}
