// Numeric conversions as .NET 10 defines them: integer narrowing and widening (sign and zero
// extension), float to integer (truncation, saturation, NaN -> 0), integer to float (rounding,
// unsigned sources), float <-> double, checked conversions and OverflowException, char and
// bool conversions, and decimal-free Convert-style arithmetic.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static T Id<T>(T x) => x;

    static int Main()
    {
        int neg = Id(-1);
        Check((uint)neg == uint.MaxValue && (ulong)neg == ulong.MaxValue && (long)neg == -1L, 1);
        Check((ulong)(uint)neg == 4294967295UL && (byte)neg == 255 && (sbyte)Id(255) == -1, 2);
        Check((short)Id(0x12345) == 0x2345 && (ushort)Id(-2) == 65534 && (char)Id(65601) == 'A', 3);
        long big = Id(0x1_0000_0001L);
        Check((int)big == 1 && (uint)big == 1 && (nint)big == big, 4);

        double d = Id(-2.75);
        Check((int)d == -2 && (long)d == -2 && (int)Id(2.75) == 2, 5);
        Check((int)Id(double.NaN) == 0 && (long)Id(double.NaN) == 0 && (uint)Id(double.NaN) == 0, 6);
        Check((int)Id(1e20) == int.MaxValue && (int)Id(-1e20) == int.MinValue, 7);
        Check((uint)Id(-5.0) == 0 && (uint)Id(5e9) == uint.MaxValue, 8);
        Check((long)Id(1e30) == long.MaxValue && (ulong)Id(-1.0) == 0 && (ulong)Id(1e30) == ulong.MaxValue, 9);
        Check((byte)Id(300.7) == 44 && (sbyte)Id(1e10) == -1 && (short)Id(-1e10) == 0, 10);
        Check((int)Id(float.PositiveInfinity) == int.MaxValue && (int)Id(float.NegativeInfinity) == int.MinValue, 11);

        Check((double)Id(long.MaxValue) == 9223372036854775807.0, 12);
        Check((float)Id(int.MaxValue) == 2147483648f, 13);
        Check((double)Id(ulong.MaxValue) == 18446744073709551615.0 && (float)Id(ulong.MaxValue) == 18446744073709551615f, 14);
        Check((double)Id(uint.MaxValue) == 4294967295.0, 15);
        Check((float)Id(0.1) == 0.1f && (double)Id(0.1f) != 0.1, 16);
        Check((float)Id(1e300) == float.PositiveInfinity, 17);

        bool thrown = false;
        try { checked { int x = (int)Id(2147483648.0); Check(x == 0, 18); } }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 19);
        Check(checked((int)Id(2147483647.9)) == int.MaxValue && checked((int)Id(-2147483648.9)) == int.MinValue, 20);
        thrown = false;
        try { checked { long x = (long)Id(double.NaN); Check(x == 0, 21); } }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 22);
        thrown = false;
        try { checked { ulong x = (ulong)Id(-1L); Check(x == 0, 23); } }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 24);
        thrown = false;
        try { checked { int x = (int)Id(ulong.MaxValue); Check(x == 0, 25); } }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 26);
        Check(checked((byte)Id(255u)) == 255 && checked((ushort)Id(65535L)) == 65535, 27);
        thrown = false;
        try { checked { char x = (char)Id(-1); Check(x == 0, 28); } }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 29);
        thrown = false;
        try { checked { uint x = (uint)Id(-0.5f); Check(x == 0, 30); } }
        catch (OverflowException) { thrown = true; }
        Check(!thrown, 31);

        bool t = Id(true);
        Check((t ? 1 : 0) == 1 && Convert.ToInt32(t) == 1, 32);
        char c = Id('z');
        Check(c + 1 == 123 && (char)(c - 25) == 'a', 33);

        Check(Math.Round(Id(2.5)) == 2.0 && Math.Round(Id(3.5)) == 4.0 && Math.Floor(Id(-1.5)) == -2.0 && Math.Ceiling(Id(1.2)) == 2.0, 34);
        Check(Math.Abs(Id(-3)) == 3 && Math.Max(Id(3L), Id(9L)) == 9 && Math.Min(Id(2.5), Id(-1.0)) == -1.0, 35);

        return failed == 0 ? 100 : failed;
    }
}
