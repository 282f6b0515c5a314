// Checked arithmetic: add/sub/mul overflow for int, long, uint, ulong (ovf and ovf.un forms),
// including the boundary values that must not throw, checked ++/--, and checked negation.
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

    static bool Throws(Func<object> f)
    {
        try { f(); return false; } catch (OverflowException) { return true; }
    }

    static int Main()
    {
        Check(Throws(() => checked(I(int.MaxValue) + 1)), 1);
        Check(Throws(() => checked(I(int.MinValue) - 1)), 2);
        Check(Throws(() => checked(I(65536) * I(65536))), 3);
        Check(Throws(() => checked(I(-65536) * I(65536) * 2)), 4);
        Check(!Throws(() => checked(I(-65536) * I(32768))), 5);
        Check(Throws(() => checked(-I(int.MinValue))), 6);
        Check(Throws(() => checked(L(long.MaxValue) + 1)), 7);
        Check(Throws(() => checked(L(long.MinValue) - 1)), 8);
        Check(Throws(() => checked(L(0x100000000) * L(0x80000000))), 9);
        Check(!Throws(() => checked(L(0x100000000) * L(0x7FFFFFFF))), 10);
        Check(Throws(() => checked(L(-1) * L(long.MinValue))), 11);
        Check(Throws(() => checked(U(0) - 1)), 12);
        Check(Throws(() => checked(U(uint.MaxValue) + 1)), 13);
        Check(Throws(() => checked(U(65536) * U(65536))), 14);
        Check(!Throws(() => checked(U(65535) * U(65537))), 15);
        Check(Throws(() => checked(UL(0) - 1)), 16);
        Check(Throws(() => checked(UL(ulong.MaxValue) + 1)), 17);
        Check(Throws(() => checked(UL(0x100000000) * UL(0x100000000))), 18);
        Check(!Throws(() => checked(UL(0xFFFFFFFF) * UL(0x100000001))), 19);
        Check(checked(I(int.MaxValue - 1) + 1) == int.MaxValue, 20);
        Check(checked(L(long.MinValue + 1) - 1) == long.MinValue, 21);
        int x = I(int.MaxValue);
        try { checked { x++; } Check(false, 22); } catch (OverflowException) { Check(x == int.MaxValue, 23); }
        byte b = (byte)I(255);
        try { checked { b++; } Check(false, 24); } catch (OverflowException) { }
        short s = (short)I(-32768);
        try { checked { s--; } Check(false, 25); } catch (OverflowException) { }
        long sum = 0;
        try { checked { for (int i = 0; i < 100; i++) sum += long.MaxValue / 50; } Check(false, 26); }
        catch (OverflowException) { Check(sum > 0, 27); }
        Check(Throws(() => checked((int)U(0x80000000))), 28);
        Check(Throws(() => checked((uint)I(-1))), 29);
        Check(!Throws(() => checked((ulong)L(long.MaxValue))), 30);
        return failed == 0 ? 100 : failed;
    }
}
