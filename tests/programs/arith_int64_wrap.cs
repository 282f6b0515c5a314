// 64-bit integer arithmetic: wrap-around, multiplication across 32-bit halves, division and
// remainder of large/negative values, unsigned 64-bit ops, and conversions to/from 32-bit.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong UL(ulong x) => x;

    static int Main()
    {
        Check(unchecked(L(long.MaxValue) + 1) == long.MinValue, 1);
        Check(unchecked(L(long.MinValue) - 1) == long.MaxValue, 2);
        Check(unchecked(-L(long.MinValue)) == long.MinValue, 3);
        Check(L(0x100000000) * L(0x10) == 0x1000000000, 4);
        Check(unchecked(L(0x100000000) * L(0x100000000)) == 0, 5);
        Check(L(3037000499) * L(3037000499) == 9223372030926249001, 6);
        Check(L(-9000000000) / L(7) == -1285714285, 7);
        Check(L(-9000000000) % L(7) == -5, 8);
        Check(UL(ulong.MaxValue) / UL(3) == 6148914691236517205UL, 9);
        Check(UL(ulong.MaxValue) % UL(10) == 5, 10);
        Check(unchecked(UL(0) - 1) == ulong.MaxValue, 11);
        Check(unchecked((long)UL(ulong.MaxValue)) == -1, 12);
        Check(unchecked((int)L(0x1_2345_6789)) == 0x2345_6789, 13);
        Check(unchecked((int)L(0xFFFF_FFFF)) == -1, 14);
        Check((long)int.MinValue == L(-2147483648), 15);
        Check(unchecked((ulong)L(-2)) == 0xFFFFFFFFFFFFFFFE, 16);
        ulong fact = 1;
        for (ulong i = 1; i <= 20; i++) fact *= i;
        Check(fact == 2432902008176640000UL, 17);
        ulong wrapped = fact * UL(21);
        Check(wrapped == unchecked(2432902008176640000UL * 21UL), 18);
        Check(wrapped == 14197454024290336768UL, 19);
        long fib1 = 0, fib2 = 1;
        for (int i = 0; i < 90; i++) { long t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        Check(fib1 == 2880067194370816120L, 20);
        Check(UL(0x8000000000000000) > UL(1), 21);
        Check(L(long.MinValue) < L(1), 22);
        Check(Math.BigMul(L(0x7FFFFFFFFFFFFFFF), L(2), out long low) == 0 && low == -2, 23);
        ulong hi = Math.BigMul(UL(ulong.MaxValue), UL(ulong.MaxValue), out ulong lo);
        Check(hi == ulong.MaxValue - 1 && lo == 1, 24);
        Check(Math.BigMul(0x7FFFFFFF, 0x7FFFFFFF) == 0x3FFFFFFF00000001L, 25);
        return failed == 0 ? 100 : failed;
    }
}
