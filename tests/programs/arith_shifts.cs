// Shift operators: the count is masked (& 31 for 32-bit, & 63 for 64-bit) including negative
// and oversize counts, arithmetic vs logical right shifts, shifts of small types after
// promotion, >>> (unsigned right shift operator), and rotates via BitOperations.
using System;
using System.Numerics;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint U(uint x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong UL(ulong x) => x;

    static int Main()
    {
        Check((I(1) << I(32)) == 1, 1);
        Check((I(1) << I(33)) == 2, 2);
        Check((I(1) << I(-1)) == int.MinValue, 3);
        Check((L(1) << I(64)) == 1 && (L(1) << I(65)) == 2, 4);
        Check((L(1) << I(63)) == long.MinValue, 5);
        Check((I(-16) >> I(2)) == -4, 6);
        Check((I(-1) >> I(31)) == -1 && (I(-1) >> I(32)) == -1, 7);
        Check((U(0x80000000) >> I(31)) == 1, 8);
        Check((I(-16) >>> I(2)) == 0x3FFFFFFC, 9);
        Check((L(-1) >>> I(60)) == 15, 10);
        Check((UL(ulong.MaxValue) >> I(64)) == ulong.MaxValue, 11);
        Check((L(long.MinValue) >> I(63)) == -1, 12);
        Check((I(0x12345678) << I(8)) == 0x34567800, 13);
        byte b = (byte)I(0xF0);
        Check((b << 4) == 0xF00, 14);
        Check((b >> 4) == 0x0F, 15);
        sbyte sb = (sbyte)I(-128);
        Check((sb >> 7) == -1 && (sb << 1) == -256, 16);
        ushort us = (ushort)I(0x8000);
        Check((us >> 15) == 1 && (us << 1) == 0x10000, 17);
        int v = I(1);
        v <<= 35;
        Check(v == 8, 18);
        long lv = L(1);
        lv <<= 70;
        Check(lv == 64, 19);
        Check(BitOperations.RotateLeft(U(0x80000001), 1) == 3u, 20);
        Check(BitOperations.RotateRight(UL(1), 1) == 0x8000000000000000UL, 21);
        Check(BitOperations.PopCount(U(0xFFFF0000)) == 16 && BitOperations.PopCount(UL(ulong.MaxValue)) == 64, 22);
        Check(BitOperations.LeadingZeroCount(U(1)) == 31 && BitOperations.TrailingZeroCount(U(8)) == 3, 23);
        Check(BitOperations.Log2(U(1000)) == 9, 24);
        Check(BitOperations.LeadingZeroCount(UL(0)) == 64, 25);
        int count = 0;
        for (int s = 0; s < 100; s++) if (((I(1) << s) & 1) != 0) count++;
        Check(count == 4, 26); // s = 0, 32, 64, 96
        Check(((nint)I(1) << 40) == (nint)1 << 40, 27);
        return failed == 0 ? 100 : failed;
    }
}
