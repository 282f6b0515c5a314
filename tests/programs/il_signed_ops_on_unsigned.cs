// Values of unsigned declared types (uint, ulong, nuint, byte, ushort) are plain int32/int64/native
// int values on the IL stack: signed comparisons and signed conversions (conv.i8, conv.r8, conv.i)
// applied to them read their bits as signed, whatever the type of the argument or local.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static bool LessThanZero(uint u) => (int)u < 0;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool GreaterSigned(uint a, uint b) => (int)a > (int)b;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool LessThanZero64(ulong u) => (long)u < 0;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool LessThanZeroN(nuint u) => (nint)u < 0;
    [MethodImpl(MethodImplOptions.NoInlining)] static long Widen(uint u) => (long)(int)u;
    [MethodImpl(MethodImplOptions.NoInlining)] static nint WidenN(uint u) => (nint)(int)u;
    [MethodImpl(MethodImplOptions.NoInlining)] static double ToDouble(uint u) => (double)(int)u;
    [MethodImpl(MethodImplOptions.NoInlining)] static float ToSingle(ulong u) => (float)(long)u;
    [MethodImpl(MethodImplOptions.NoInlining)] static int Branch(uint u) { if ((int)u >= 0) return 1; return 2; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Max(uint a, uint b) => Math.Max((int)a, (int)b);

    static int Main()
    {
        uint big = 0x80000000u;
        if (!LessThanZero(big) || LessThanZero(5)) return 1;
        if (GreaterSigned(big, 1) || !GreaterSigned(1, big)) return 2;
        if (!LessThanZero64(0x8000000000000000UL) || LessThanZero64(7)) return 3;
        if (!LessThanZeroN(unchecked((nuint)(nint)(-1)))) return 4;
        if (Widen(0xFFFFFFFFu) != -1L || Widen(7) != 7L) return 5;
        if (WidenN(0xFFFFFFFEu) != -2) return 6;
        if (ToDouble(0xFFFFFFFFu) != -1.0) return 7;
        if (ToSingle(0xFFFFFFFFFFFFFFFFUL) != -1.0f) return 8;
        if (Branch(big) != 2 || Branch(3) != 1) return 9;
        if (Max(big, 0) != 0) return 10;
        // Unsigned comparisons of the same values stay unsigned.
        uint x = big;
        if (!(x > 1u) || x < 1u) return 11;
        return 100;
    }
}
