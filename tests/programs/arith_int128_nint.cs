// Native-sized integers (nint/nuint) and 128-bit integers (Int128/UInt128): arithmetic,
// comparison, wrap-around, conversions, and nint arithmetic in loops and as array indices.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static nint N(nint x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static Int128 X(Int128 x) => x;

    static int Main()
    {
        Check(IntPtr.Size == 8 && nint.Size == 8, 1);
        nint a = N(1) << 40;
        Check(a == 1099511627776, 2);
        Check(unchecked(N(nint.MaxValue) + 1) == nint.MinValue, 3);
        nuint u = (nuint)N(-1);
        Check(u == nuint.MaxValue, 4);
        int[] arr = { 10, 20, 30, 40 };
        int s = 0;
        for (nint i = 0; i < arr.Length; i++) s += arr[i];
        Check(s == 100, 5);
        Check(N(-7) / 2 == -3 && N(-7) % 2 == -1, 6);
        Check((long)N(123) == 123L && (int)N((nint)0x1_0000_0005) == 5, 7);
        Int128 big = X(Int128.One) << 100;
        Check(big > (Int128)long.MaxValue, 8);
        Check((big >> 100) == 1, 9);
        Int128 prod = X((Int128)ulong.MaxValue) * X((Int128)ulong.MaxValue);
        Check((ulong)(prod >> 64) == ulong.MaxValue - 1 && (ulong)prod == 1, 10);
        Check(unchecked(Int128.MaxValue + X(1)) == Int128.MinValue, 11);
        Check(X(-5) / 2 == -2 && X(-5) % 2 == -1, 12);
        UInt128 ub = UInt128.MaxValue;
        Check(unchecked(ub + 1) == UInt128.Zero, 13);
        Check((UInt128)ulong.MaxValue + 1 == (UInt128.One << 64), 14);
        Int128 fact = 1;
        for (int i = 1; i <= 30; i++) fact *= i;
        Check(fact / X(1000000) / 1000000 / 1000000 / 1000000 == (Int128)265252859, 15);
        Check(X(-1) < X(0) && X(Int128.MinValue) < X(-1), 16);
        Check((double)(X(1) << 70) == Math.Pow(2, 70), 17);
        bool threw = false;
        try { var x = checked(Int128.MaxValue + X(1)); } catch (OverflowException) { threw = true; }
        Check(threw, 18);
        Check(Int128.Abs(X(-9)) == 9 && Int128.Max(X(3), X(7)) == 7, 19);
        return failed == 0 ? 100 : failed;
    }
}
