// Byte-order helpers: BinaryPrimitives.ReverseEndianness for every integer width (including
// Int128), Read/Write of Half/Single/Double in big and little endian, BitConverter.ToXxx with
// offsets and error cases, TryWriteBytes, IsLittleEndian, and MemoryMarshal.Cast views.
using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string H(ReadOnlySpan<byte> s) => BitConverter.ToString(s.ToArray());

    static int Main()
    {
        Console.WriteLine("little endian: " + BitConverter.IsLittleEndian);
        Check(BinaryPrimitives.ReverseEndianness((short)0x1234) == 0x3412 && BinaryPrimitives.ReverseEndianness((ushort)0xABCD) == 0xCDAB, 1);
        Check(BinaryPrimitives.ReverseEndianness(0x12345678) == 0x78563412 && BinaryPrimitives.ReverseEndianness(0x0102030405060708L) == 0x0807060504030201L, 2);
        Check(BinaryPrimitives.ReverseEndianness((byte)7) == 7 && BinaryPrimitives.ReverseEndianness((sbyte)-2) == -2 && BinaryPrimitives.ReverseEndianness(0xFF000000u) == 0xFFu, 3);
        var big = new UInt128(0x0011223344556677, 0x8899AABBCCDDEEFF);
        Check(BinaryPrimitives.ReverseEndianness(big) == new UInt128(0xFFEEDDCCBBAA9988, 0x7766554433221100), 4);
        Span<byte> buf = stackalloc byte[16];
        BinaryPrimitives.WriteDoubleBigEndian(buf, Math.PI);
        Console.WriteLine("pi BE " + H(buf.Slice(0, 8)));
        Check(buf[0] == 0x40 && buf[1] == 0x09 && buf[7] == 0x18 && BinaryPrimitives.ReadDoubleBigEndian(buf) == Math.PI, 5);
        BinaryPrimitives.WriteDoubleLittleEndian(buf, Math.PI);
        Check(buf[7] == 0x40 && BinaryPrimitives.ReadDoubleLittleEndian(buf) == Math.PI && BinaryPrimitives.ReadInt64LittleEndian(buf) == BitConverter.DoubleToInt64Bits(Math.PI), 6);
        BinaryPrimitives.WriteSingleBigEndian(buf, -1.5f);
        Console.WriteLine("-1.5f BE " + H(buf.Slice(0, 4)));
        Check(H(buf.Slice(0, 4)) == "BF-C0-00-00" && BinaryPrimitives.ReadSingleBigEndian(buf) == -1.5f, 7);
        BinaryPrimitives.WriteHalfLittleEndian(buf, (Half)1.0f);
        Check(buf[0] == 0x00 && buf[1] == 0x3C && BinaryPrimitives.ReadHalfBigEndian(new byte[] { 0x3C, 0x00 }) == (Half)1.0f, 8);
        BinaryPrimitives.WriteInt128BigEndian(buf, (Int128)(-2));
        Console.WriteLine("Int128 -2 BE " + H(buf));
        Check(buf[15] == 0xFE && buf[0] == 0xFF && BinaryPrimitives.ReadInt128BigEndian(buf) == -2, 9);
        Check(!BinaryPrimitives.TryWriteInt32BigEndian(buf.Slice(0, 3), 1) && !BinaryPrimitives.TryReadUInt64LittleEndian(buf.Slice(0, 7), out ulong v0) && v0 == 0, 10);
        byte[] arr = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        Console.WriteLine($"{BitConverter.ToInt16(arr, 1):X} {BitConverter.ToInt32(arr, 2):X} {BitConverter.ToInt64(arr, 2):X} {BitConverter.ToUInt16(arr, 8):X} {BitConverter.ToChar(arr, 0)} {BitConverter.ToBoolean(arr, 3)} {BitConverter.ToSingle(arr, 0)} {BitConverter.ToDouble(arr, 1)}");
        Check(BitConverter.ToInt32(arr, 2) == 0x06050403 && BitConverter.ToUInt16(arr, 8) == 0x0A09, 11);
        try { BitConverter.ToInt32(arr, 8); Check(false, 12); } catch (ArgumentException e) { Console.WriteLine("ToInt32 at 8: " + e.GetType().Name); }
        try { BitConverter.ToInt16(arr, -1); Check(false, 13); } catch (ArgumentOutOfRangeException) { Console.WriteLine("negative index"); }
        try { BitConverter.ToString(arr, 5, 10); Check(false, 14); } catch (ArgumentException e) { Console.WriteLine("ToString range: " + e.GetType().Name); }
        Check(BitConverter.TryWriteBytes(buf, 0x01020304) && buf[0] == 4 && !BitConverter.TryWriteBytes(buf.Slice(0, 2), 1.0), 15);
        Check(BitConverter.ToUInt32(new ReadOnlySpan<byte>(arr, 6, 4)) == 0x0A090807, 16);
        int[] ints = { 0x04030201, -1 };
        Span<byte> view = MemoryMarshal.AsBytes(ints.AsSpan());
        Console.WriteLine("ints as bytes " + H(view));
        Check(view.Length == 8 && view[0] == 1 && view[3] == 4 && view[7] == 0xFF, 17);
        view[0] = 0xAA;
        Check(ints[0] == 0x040302AA, 18);
        var shorts = MemoryMarshal.Cast<byte, short>(arr.AsSpan(0, 6));
        Check(shorts.Length == 3 && shorts[2] == 0x0605, 19);
        Check(MemoryMarshal.Read<int>(arr.AsSpan(1)) == 0x05040302 && BitConverter.SingleToUInt32Bits(1f) == 0x3F800000 && BitConverter.UInt64BitsToDouble(0x3FF0000000000000) == 1.0, 20);
        return failed == 0 ? 100 : failed;
    }
}
