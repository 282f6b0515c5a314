// Unsigned comparisons (clt.un/cgt.un and the unsigned branches) against signed ones for
// values with the top bit set, at 8/16/32/64 bits, and in loops counting down to zero.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static uint U(uint x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong UL(ulong x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool Less(uint a, uint b) => a < b;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool LessEq(ulong a, ulong b) => a <= b;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool Greater(uint a, uint b) => a > b;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool GreaterEq(ulong a, ulong b) => a >= b;

    static int Main()
    {
        Check(U(0x80000000) > U(1), 1);
        Check(!(I(unchecked((int)0x80000000)) > I(1)), 2);
        Check(Less(1, 0xFFFFFFFF) && !Less(0xFFFFFFFF, 1), 3);
        Check(Greater(0xFFFFFFFF, 0x7FFFFFFF), 4);
        Check(LessEq(5, 5) && LessEq(0, ulong.MaxValue) && !LessEq(ulong.MaxValue, 0), 5);
        Check(GreaterEq(ulong.MaxValue, 0x8000000000000000) && !GreaterEq(1, 2), 6);
        Check(UL(0x8000000000000000) > UL(0x7FFFFFFFFFFFFFFF), 7);
        int n = 0;
        for (uint i = U(10); i > 0; i--) n++;
        Check(n == 10, 8);
        n = 0;
        for (uint i = U(0xFFFFFFF0); i >= 0xFFFFFFF0 && i != 0; i++) n++;
        Check(n == 16, 9);
        byte a = (byte)I(200), b2 = (byte)I(100);
        Check(a > b2, 10);
        ushort c = (ushort)I(60000), d = (ushort)I(10);
        Check(c > d, 11);
        uint big = U(3000000000);
        Check(big / 2 == 1500000000 && big % 7 == 3000000000 % 7, 12);
        Check((long)big == 3000000000L, 13);
        Check(((int)big) < 0, 14);
        Check(Math.Max(U(1), U(0xFFFFFFFF)) == 0xFFFFFFFF, 15);
        Check(Math.Min(UL(1), UL(ulong.MaxValue)) == 1, 16);
        Check(U(0xFFFFFFFF).CompareTo(U(1)) > 0, 17);
        Check(UL(ulong.MaxValue).CompareTo(UL(0)) > 0, 18);
        uint x = U(5), y = U(7);
        Check(x - y > x, 19);
        nuint nu = (nuint)UL(ulong.MaxValue);
        Check(nu > 1, 20);
        nint ni = (nint)I(-1);
        Check(ni < 1, 21);
        // index bounds check idiom
        int idx = I(-1);
        Check((uint)idx >= (uint)10, 22);
        return failed == 0 ? 100 : failed;
    }
}
