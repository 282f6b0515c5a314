// Floating-point to integer conversions and back: explicit casts of NaN, infinities and
// out-of-range doubles/floats (saturating in .NET 9+), checked casts throwing OverflowException,
// rounding toward zero, long->double precision loss, uint/ulong <-> double, and decimal casts.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static double V(double d) => d;
    static float VF(float f) => f;

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        double[] ds = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e20, -1e20, 2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 4294967295.5, 9.2233720368547758E+18, -9.2233720368547758E+18, 1.8446744073709552E+19, -0.9, 0.9, -1.5, 255.9, 256.0, -129.0 };
        foreach (var d in ds)
            Console.WriteLine($"{d.ToString("R", inv),24}: int={(int)V(d)} uint={(uint)V(d)} long={(long)V(d)} ulong={(ulong)V(d)} short={(short)V(d)} byte={(byte)V(d)} sbyte={(sbyte)V(d)} char={(int)(char)V(d)}");
        Check((int)V(double.NaN) == 0 && (int)V(1e20) == int.MaxValue && (int)V(-1e20) == int.MinValue && (long)V(double.PositiveInfinity) == long.MaxValue, 1);
        Check((uint)V(-1.0) == 0 && (ulong)V(-5.0) == 0 && (ulong)V(1e30) == ulong.MaxValue && (byte)V(300.0) == 44 && (sbyte)V(-300.0) == -44, 2);
        Check((int)V(-1.9) == -1 && (int)V(1.9) == 1 && (long)V(-0.5) == 0 && (int)VF(16777217f) == 16777216, 3);
        foreach (var f in new[] { float.NaN, float.MaxValue, -float.MaxValue, 3e9f, -3e9f, 1e19f, 255.5f })
            Console.Write($"{f.ToString("R", inv)}:{(int)VF(f)},{(uint)VF(f)},{(long)VF(f)},{(ulong)VF(f)} ");
        Console.WriteLine();
        try { int x = checked((int)V(2147483648.0)); Check(false, 4); } catch (OverflowException) { Console.WriteLine("checked int overflow"); }
        try { long x = checked((long)V(double.NaN)); Check(false, 5); } catch (OverflowException) { Console.WriteLine("checked NaN overflow"); }
        try { uint x = checked((uint)V(-1.0)); Check(false, 6); } catch (OverflowException) { Console.WriteLine("checked uint overflow"); }
        Check(checked((uint)V(-0.9)) == 0 && checked((int)V(2147483647.9)) == int.MaxValue && checked((byte)V(255.99)) == 255, 7);
        long big = 9007199254740993L;
        Check((double)big == 9007199254740992.0 && (long)V((double)long.MaxValue) == long.MaxValue && (double)ulong.MaxValue == 1.8446744073709552E+19, 8);
        Check((float)int.MaxValue == 2147483648f && (double)uint.MaxValue == 4294967295.0 && (float)16777217 == 16777216f, 9);
        ulong[] us = { 0, 1, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0x8000000000000401, 0xFFFFFFFFFFFFFBFF, ulong.MaxValue };
        foreach (var u in us) Console.Write(((double)u).ToString("R", inv) + "/" + ((float)u).ToString("R", inv) + " ");
        Console.WriteLine();
        Check((double)0x8000000000000401UL == 9.2233720368547779E+18, 10);
        Check((int)2.5m == 2 && (long)-2.9m == -2 && (decimal)(float)0.1f == 0.1m && (double)(decimal)0.1 == 0.1, 11);
        Check(Math.Round(-0.5) == 0 && (int)Math.Round(2.5) == 2 && (int)Math.Floor(-0.1) == -1 && (long)Math.Ceiling(1e15 + 0.1) == 1000000000000001, 12);
        Check(int.CreateSaturating(1e20) == int.MaxValue && int.CreateSaturating(double.NaN) == 0 && byte.CreateTruncating(300) == 44 && int.CreateChecked(5.9) == 5, 13);
        try { byte.CreateChecked(256); Check(false, 14); } catch (OverflowException) { Console.WriteLine("CreateChecked overflow"); }
        double sum = 0;
        for (int i = 0; i < 100; i++) sum += (int)(i * 1.7) + (uint)(i * 0.3) + (short)(i * 400.5);
        Console.WriteLine("sum " + sum.ToString("R", inv));
        Check((short)V(40000.0) == -25536 && (ushort)V(-1.0) == 65535 && (char)V(70000.0) == (char)4464, 15);
        return failed == 0 ? 100 : failed;
    }
}
