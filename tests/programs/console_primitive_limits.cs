// Console.Write/WriteLine of every primitive type at its limits and special values: sbyte..ulong,
// nint/nuint, Int128/UInt128, Half, float, double (epsilon, max, NaN, infinities, -0), decimal
// (max, min, scaled), char and bool; plus the same values boxed as object, nullable and enum.
using System;

enum Level : byte { Low = 1, High = 255 }

static class Program
{
    static int Main()
    {
        Console.WriteLine(sbyte.MinValue); Console.WriteLine(sbyte.MaxValue);
        Console.WriteLine(byte.MaxValue);
        Console.WriteLine(short.MinValue); Console.WriteLine(short.MaxValue); Console.WriteLine(ushort.MaxValue);
        Console.WriteLine(int.MinValue); Console.WriteLine(int.MaxValue); Console.WriteLine(uint.MaxValue);
        Console.WriteLine(long.MinValue); Console.WriteLine(long.MaxValue); Console.WriteLine(ulong.MaxValue);
        Console.WriteLine((nint)(-1)); Console.WriteLine((nuint)42); Console.WriteLine(nint.MaxValue == long.MaxValue);
        Console.WriteLine(Int128.MinValue); Console.WriteLine(Int128.MaxValue); Console.WriteLine(UInt128.MaxValue);
        Console.WriteLine((Int128)long.MaxValue * 4 + 3);
        Console.WriteLine(Half.MaxValue); Console.WriteLine(Half.Epsilon); Console.WriteLine((Half)0.1); Console.WriteLine(Half.NaN); Console.WriteLine(-Half.PositiveInfinity);
        Console.WriteLine(float.MaxValue); Console.WriteLine(float.MinValue); Console.WriteLine(float.Epsilon);
        Console.WriteLine(float.NaN); Console.WriteLine(float.NegativeInfinity); Console.WriteLine(-0.0f); Console.WriteLine(1f / 3);
        Console.WriteLine(double.MaxValue); Console.WriteLine(double.MinValue); Console.WriteLine(double.Epsilon);
        Console.WriteLine(double.NaN); Console.WriteLine(double.PositiveInfinity); Console.WriteLine(-0.0); Console.WriteLine(2.0 / 3);
        Console.WriteLine(1e-5); Console.WriteLine(123456789012345.6); Console.WriteLine(1234567890123456789.0); Console.WriteLine(0.0001);
        Console.WriteLine(decimal.MaxValue); Console.WriteLine(decimal.MinValue); Console.WriteLine(0.0000000000000000000000000001m);
        Console.WriteLine(1.000m); Console.WriteLine(-0.0m); Console.WriteLine(decimal.One / 3); Console.WriteLine(100m / 8);
        Console.WriteLine('A'); Console.WriteLine('\u00ff'); Console.WriteLine('\u4e2d'); Console.WriteLine(char.MinValue == '\0');
        Console.WriteLine(true); Console.WriteLine(false);

        Console.Write(sbyte.MinValue); Console.Write(','); Console.Write(ushort.MaxValue); Console.Write(',');
        Console.Write(uint.MaxValue); Console.Write(','); Console.Write(long.MinValue); Console.Write(',');
        Console.Write(ulong.MaxValue); Console.Write(','); Console.Write(float.Epsilon); Console.Write(',');
        Console.Write(double.MinValue); Console.Write(','); Console.Write(decimal.MinValue); Console.Write(',');
        Console.Write('z'); Console.Write(','); Console.Write(false); Console.WriteLine();

        object[] boxed = { (sbyte)-1, (byte)1, (short)-2, (ushort)2, -3, 3u, -4L, 4ul, (nint)(-5), (nuint)5, (Int128)(-6), (UInt128)6,
                           (Half)7.5, 8.25f, 9.125, 10.5m, 'k', true, Level.Low, Level.High, (Level)7, (int?)11, new DateTime(2000, 1, 2, 3, 4, 5),
                           TimeSpan.FromSeconds(90), Guid.Empty, new Version(1, 2, 3), DayOfWeek.Friday };
        foreach (var o in boxed) Console.Write(o + " ");
        Console.WriteLine();
        foreach (var o in boxed) Console.Write(o.GetType().Name + " ");
        Console.WriteLine();
        int? none = null;
        Console.WriteLine(none);
        Console.WriteLine($"[{none}] [{(int?)5}] [{Level.High:D}] [{Level.High:X}] [{(Level)3}]");
        Console.WriteLine(string.Concat((object)1.5f, (object)2.5, (object)3.5m));
        return 100;
    }
}
