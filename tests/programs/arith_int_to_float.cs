// Integer to floating-point conversions: conv.r8 / conv.r4 / conv.r.un for signed and
// unsigned values including the top bit set, precision loss at 2^24 and 2^53, rounding of
// large longs, and float<->double widening/narrowing.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint U(uint x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong UL(ulong x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;

    static int Main()
    {
        Check((double)I(-1) == -1.0, 1);
        Check((double)U(0xFFFFFFFF) == 4294967295.0, 2);
        Check((double)UL(ulong.MaxValue) == 18446744073709551616.0, 3);
        Check((double)UL(0x8000000000000000) == 9223372036854775808.0, 4);
        Check((double)L(long.MinValue) == -9223372036854775808.0, 5);
        Check((float)I(16777217) == 16777216f, 6);
        Check((double)L(9007199254740993) == 9007199254740992.0, 7);
        Check((float)U(0xFFFFFFFF) == 4294967296f, 8);
        Check((float)UL(ulong.MaxValue) == 18446744073709551616f, 9);
        Check((float)D(1.0000001) == 1.0000001f, 10);
        Check((double)(float)D(0.1) != 0.1, 11);
        Check((float)D(1e40) == float.PositiveInfinity, 12);
        Check((float)D(1e-50) == 0f, 13);
        Check((double)(char)I(65) == 65.0, 14);
        Check((double)(byte)I(255) == 255.0 && (double)(sbyte)I(-5) == -5.0, 15);
        Check((double)(ushort)I(65535) == 65535.0 && (float)(short)I(-300) == -300f, 16);
        long big = L(0x7FFFFFFFFFFFFDFF);
        Check((double)big == 9223372036854774784.0, 17);
        ulong ub = UL(0xFFFFFFFFFFFFF7FF);
        Check((double)ub == 18446744073709549568.0, 18);
        double sum = 0;
        for (int i = 1; i <= 100; i++) sum += 1.0 / i;
        Check(Math.Abs(sum - 5.187377517639621) < 1e-12, 19);
        float fs = 0;
        for (int i = 0; i < 10; i++) fs += 0.1f;
        Check(fs != 1.0f && Math.Abs(fs - 1.0f) < 1e-6f, 20);
        Check((int)(D(0.1) * 3 * 10) == 3, 21);
        Check((nint)(double)I(42) == 42, 22);
        Check((double)(nuint)UL(12345) == 12345.0, 23);
        return failed == 0 ? 100 : failed;
    }
}
