// Floating-point to integer conversions (conv.i4/i8/u4/u8/u1/i2 from float and double) with
// .NET's saturating semantics: truncation toward zero, NaN -> 0, out of range -> Min/MaxValue,
// negative to unsigned -> 0; and checked conversions throwing OverflowException.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static float F(float x) => x;

    static int Main()
    {
        Check((int)D(3.99) == 3 && (int)D(-3.99) == -3, 1);
        Check((long)D(-0.5) == 0 && (int)D(0.99999) == 0, 2);
        Check((int)D(double.NaN) == 0, 3);
        Check((long)D(double.NaN) == 0, 4);
        Check((int)D(1e10) == int.MaxValue, 5);
        Check((int)D(-1e10) == int.MinValue, 6);
        Check((int)D(double.PositiveInfinity) == int.MaxValue && (int)D(double.NegativeInfinity) == int.MinValue, 7);
        Check((long)D(1e19) == long.MaxValue && (long)D(-1e19) == long.MinValue, 8);
        Check((uint)D(-1.0) == 0u && (uint)D(5e9) == uint.MaxValue, 9);
        Check((ulong)D(-1.0) == 0UL && (ulong)D(2e19) == ulong.MaxValue, 10);
        Check((ulong)D(1.8e19) == 18000000000000000000UL, 11);
        Check((uint)D(4294967295.0) == 4294967295u, 12);
        Check((uint)D(double.NaN) == 0 && (ulong)D(double.NaN) == 0, 13);
        Check((int)F(2.5f) == 2 && (int)F(-2.5f) == -2, 14);
        Check((int)F(float.NaN) == 0 && (int)F(3e9f) == int.MaxValue, 15);
        Check((long)F(float.MaxValue) == long.MaxValue, 16);
        Check((byte)D(300.0) == 255 || (byte)D(300.0) == 44, 17); // conv.u1 from double: saturates to uint range then truncates? see below
        Check((short)D(12345.9) == 12345, 18);
        Check((int)D(2147483647.0) == int.MaxValue && (int)D(-2147483648.0) == int.MinValue, 19);
        Check((int)D(2147483647.5) == int.MaxValue, 20);
        Check((long)D(9.2233720368547758E18) == long.MaxValue, 21);
        bool threw = false;
        try { int x = checked((int)D(1e10)); } catch (OverflowException) { threw = true; }
        Check(threw, 22);
        threw = false;
        try { int x = checked((int)D(double.NaN)); } catch (OverflowException) { threw = true; }
        Check(threw, 23);
        threw = false;
        try { uint x = checked((uint)D(-1.0)); } catch (OverflowException) { threw = true; }
        Check(threw, 24);
        Check(checked((uint)D(-0.9)) == 0, 25);
        Check(checked((int)D(-2147483648.9)) == int.MinValue, 26);
        threw = false;
        try { long x = checked((long)F(float.PositiveInfinity)); } catch (OverflowException) { threw = true; }
        Check(threw, 27);
        Check(Math.Round(D(2.5)) == 2.0 && Math.Round(D(3.5)) == 4.0 && Math.Round(D(-2.5)) == -2.0, 28);
        Check(Math.Floor(D(-2.5)) == -3.0 && Math.Ceiling(D(-2.5)) == -2.0 && Math.Truncate(D(-2.7)) == -2.0, 29);
        Check((int)Math.Round(D(2.5), MidpointRounding.AwayFromZero) == 3, 30);
        return failed == 0 ? 100 : failed;
    }
}
