// Bitwise operators on every integer width: and/or/xor/not, masks built at run time,
// bit tricks (lowest set bit, power-of-two test, parity), bool logical operators that must
// not short-circuit (&, |, ^) versus && and || that must.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    static int calls;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool T() { calls++; return true; }
    [MethodImpl(MethodImplOptions.NoInlining)] static bool Fa() { calls++; return false; }

    static int Main()
    {
        Check((I(0xF0F0) & I(0xFF00)) == 0xF000, 1);
        Check((I(0xF0F0) | I(0x0F0F)) == 0xFFFF, 2);
        Check((I(0xF0F0) ^ I(0xFFFF)) == 0x0F0F, 3);
        Check(~I(0x0F) == -16, 4);
        Check((L(0x7FFFFFFF00000000) & L(-1)) == 0x7FFFFFFF00000000, 5);
        Check((~L(0)) == -1L, 6);
        byte a = (byte)I(0xAA), b = (byte)I(0x0F);
        Check((byte)(a & b) == 0x0A && (byte)(a | b) == 0xAF && (byte)(a ^ b) == 0xA5, 7);
        Check((byte)~a == 0x55, 8);
        int x = I(0b1011000);
        Check((x & -x) == 0b1000, 9);
        Check((x & (x - 1)) == 0b1010000, 10);
        int pow2 = 0;
        for (int i = 1; i <= 1024; i++) if ((i & (i - 1)) == 0) pow2++;
        Check(pow2 == 11, 11);
        int parity = 0;
        for (int v = I(0x12345); v != 0; v &= v - 1) parity ^= 1;
        Check(parity == 1, 12);
        calls = 0;
        bool r = Fa() & T();
        Check(!r && calls == 2, 13);
        calls = 0;
        r = T() | Fa();
        Check(r && calls == 2, 14);
        calls = 0;
        r = Fa() && T();
        Check(!r && calls == 1, 15);
        calls = 0;
        r = T() || Fa();
        Check(r && calls == 1, 16);
        Check((T() ^ T()) == false && (T() ^ Fa()), 17);
        bool flag = true;
        flag &= Fa();
        Check(!flag, 18);
        flag |= T();
        Check(flag, 19);
        flag ^= true;
        Check(!flag, 20);
        uint mask = 0;
        for (int i = 0; i < 32; i += 3) mask |= 1u << i;
        Check(mask == 0x49249249, 21);
        long lm = 0;
        for (int i = 0; i < 64; i += 2) lm |= 1L << i;
        Check(lm == 0x5555555555555555, 22);
        char c = (char)I('a');
        Check((char)(c & ~0x20) == 'A', 23);
        return failed == 0 ? 100 : failed;
    }
}
