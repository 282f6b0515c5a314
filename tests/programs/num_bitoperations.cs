// System.Numerics.BitOperations and integer bit helpers: PopCount, LeadingZeroCount,
// TrailingZeroCount, Log2, IsPow2, RoundUpToPowerOf2, RotateLeft/RotateRight for 32/64-bit,
// plus the generic INumber statics (int.PopCount, long.RotateLeft, uint.LeadingZeroCount).
using System;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        uint[] us = { 0, 1, 2, 3, 0x80000000, 0xFFFFFFFF, 0x00F0F000, 12345678, 0x7FFFFFFF, 1024 };
        foreach (var u in us)
            Console.WriteLine($"{u,10}: pop={BitOperations.PopCount(u)} lzc={BitOperations.LeadingZeroCount(u)} tzc={BitOperations.TrailingZeroCount(u)} log2={BitOperations.Log2(u)} pow2={BitOperations.IsPow2(u)} up={BitOperations.RoundUpToPowerOf2(u)} rol={BitOperations.RotateLeft(u, 5):X8} ror={BitOperations.RotateRight(u, 5):X8}");
        ulong[] ls = { 0, 1, 0x8000000000000000, ulong.MaxValue, 0x0123456789ABCDEF, 1UL << 40 };
        foreach (var l in ls)
            Console.WriteLine($"{l,20}: pop={BitOperations.PopCount(l)} lzc={BitOperations.LeadingZeroCount(l)} tzc={BitOperations.TrailingZeroCount(l)} log2={BitOperations.Log2(l)} up={BitOperations.RoundUpToPowerOf2(l)} rol={BitOperations.RotateLeft(l, 12):X16} ror={BitOperations.RotateRight(l, 68):X16}");
        Check(BitOperations.PopCount(0xFFFFFFFFu) == 32 && BitOperations.PopCount(0x0123456789ABCDEFUL) == 32, 1);
        Check(BitOperations.LeadingZeroCount(0u) == 32 && BitOperations.LeadingZeroCount(0UL) == 64 && BitOperations.TrailingZeroCount(0u) == 32 && BitOperations.TrailingZeroCount(0) == 32, 2);
        Check(BitOperations.TrailingZeroCount(-8) == 3 && BitOperations.TrailingZeroCount(long.MinValue) == 63, 3);
        Check(BitOperations.Log2(0u) == 0 && BitOperations.Log2(1u) == 0 && BitOperations.Log2(1023u) == 9 && BitOperations.Log2(ulong.MaxValue) == 63, 4);
        Check(BitOperations.RoundUpToPowerOf2(0u) == 0 && BitOperations.RoundUpToPowerOf2(5u) == 8 && BitOperations.RoundUpToPowerOf2(0x80000001u) == 0, 5);
        Check(BitOperations.IsPow2(0) == false && BitOperations.IsPow2(-4) == false && BitOperations.IsPow2(64L) && BitOperations.IsPow2((nuint)256), 6);
        Check(BitOperations.RotateLeft(0x80000001u, 1) == 3u && BitOperations.RotateRight(1u, 1) == 0x80000000u && BitOperations.RotateLeft(1u, 33) == 2u, 7);
        Check(BitOperations.RotateLeft(1UL, 64) == 1UL && BitOperations.RotateRight(1UL, -1) == 2UL, 8);
        Check(int.PopCount(-1) == 32 && long.PopCount(-1L) == 64 && short.PopCount(-1) == 16 && byte.PopCount(0xAA) == 4, 9);
        Check(int.LeadingZeroCount(1) == 31 && byte.LeadingZeroCount(1) == 7 && ushort.LeadingZeroCount(0) == 16 && sbyte.TrailingZeroCount(0) == 8, 10);
        Check(int.RotateLeft(1, 31) == int.MinValue && byte.RotateLeft(0x81, 1) == 0x03 && short.RotateRight(1, 1) == short.MinValue && ulong.RotateLeft(3, 63) == 0x8000000000000001UL, 11);
        Check(int.Log2(1000) == 9 && long.Log2(1L << 50) == 50 && uint.IsPow2(0x40000000) && !int.IsPow2(int.MinValue), 12);
        Check(Int128.PopCount(Int128.MaxValue) == 127 && UInt128.LeadingZeroCount(1) == 127 && Int128.TrailingZeroCount(Int128.One << 100) == 100, 13);
        Check(Int128.RotateLeft(Int128.One, 127) == Int128.MinValue && UInt128.Log2(UInt128.MaxValue) == 127, 14);
        int x = 0b1011_0110;
        Check((x & -x) == 2 && (x & (x - 1)) == 0b1011_0100 && ~x == -183 && (x >> 2) == 45 && (-x >> 2) == -46 && (int)((uint)-x >> 28) == 15, 15);
        Check((1 << 33) == 2 && (1L << 65) == 2 && (-1 >>> 28) == 15 && (-1L >>> 60) == 15, 16);
        ulong reversed = 0; ulong v = 0x0123456789ABCDEF;
        for (int i = 0; i < 64; i++) reversed |= ((v >> i) & 1) << (63 - i);
        Console.WriteLine(reversed.ToString("X16") + " " + System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(v).ToString("X16"));
        Check(reversed == 0xF7B3D591E6A2C480UL, 17);
        uint crc = 0xFFFFFFFF;
        foreach (byte b in System.Text.Encoding.ASCII.GetBytes("123456789"))
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        crc = ~crc;
        Console.WriteLine("crc32 " + crc.ToString("X8") + " crc32c " + BitOperations.Crc32C(0xFFFFFFFFu, (byte)'1').ToString("X8"));
        Check(crc == 0xCBF43926, 18);
        return failed == 0 ? 100 : failed;
    }
}
