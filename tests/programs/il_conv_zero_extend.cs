// conv.u8 and conv.u of an int32-kind value zero-extend it (ECMA-335 III.3.27), conv.i8 and
// conv.i sign-extend it: (ulong)uint, (nuint)uint, the 32x32->64 products of DiyFp-style code.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T Id<T>(T x) => x;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ulong MulHigh(ulong x, ulong y)
    {
        uint a = (uint)(x >> 32), b = (uint)x, c = (uint)(y >> 32), d = (uint)y;
        ulong ac = (ulong)a * c, bc = (ulong)b * c, ad = (ulong)a * d, bd = (ulong)b * d;
        ulong tmp = (bd >> 32) + (ad & 0xFFFFFFFF) + (bc & 0xFFFFFFFF) + (1UL << 31);
        return ac + (ad >> 32) + (bc >> 32) + (tmp >> 32);
    }

    static int Main()
    {
        uint u = Id(0x80000001u);
        if ((ulong)u != 0x80000001UL) return 1;
        if ((long)u != 0x80000001L) return 2;
        if ((nuint)u != (nuint)0x80000001UL) return 3;
        if ((nint)u != (nint)0x80000001L) return 4;
        int i = Id(-2);
        if ((long)i != -2L) return 5;
        if ((nint)i != -2) return 6;
        if ((ulong)(uint)i != 0xFFFFFFFEUL) return 7;
        ushort us = Id((ushort)0xFFFF);
        if ((ulong)us != 0xFFFFUL) return 8;
        char ch = Id('\uFFFE');
        if ((ulong)ch != 0xFFFEUL) return 9;
        byte by = Id((byte)0xF0);
        if ((ulong)by != 0xF0UL || (nuint)by != 0xF0) return 10;
        if (MulHigh(0xC000000000000000UL, 0x9C40000000000000UL) != 0x7530000000000000UL) return 11;
        if (MulHigh(0xFFFFFFFFFFFFFFFFUL, 0xFFFFFFFFFFFFFFFFUL) != 0xFFFFFFFFFFFFFFFEUL) return 12;
        // Unsigned 32-bit values used as 64-bit array offsets / pointer arithmetic.
        uint big = Id(3000000000u);
        ulong sum = big + (ulong)big;
        if (sum != 6000000000UL) return 13;
        if (6.0.ToString() != "6" || 0.1.ToString() != "0.1" || 1e20.ToString() != "1E+20") return 14;
        return 100;
    }
}
