// BitConverter.ToString hex dumps (whole, from an index, a range), GetBytes of every primitive
// (short..ulong, char, bool, Half, float, double), bit reinterpretation (DoubleToInt64Bits and
// friends), and BinaryPrimitives Read*/Write*/Try* in both endiannesses with too-short buffers.
using System;
using System.Buffers.Binary;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Hex(byte[] b) => BitConverter.ToString(b);

    static int Main()
    {
        Console.WriteLine(Hex(BitConverter.GetBytes((short)-2)));
        Console.WriteLine(Hex(BitConverter.GetBytes((ushort)0xABCD)));
        Console.WriteLine(Hex(BitConverter.GetBytes(0x01020304)));
        Console.WriteLine(Hex(BitConverter.GetBytes(uint.MaxValue - 1)));
        Console.WriteLine(Hex(BitConverter.GetBytes(long.MinValue)));
        Console.WriteLine(Hex(BitConverter.GetBytes(0x0102030405060708UL)));
        Console.WriteLine(Hex(BitConverter.GetBytes('\u20ac')) + " " + Hex(BitConverter.GetBytes(true)) + " " + Hex(BitConverter.GetBytes(false)));
        Console.WriteLine(Hex(BitConverter.GetBytes(1.0f)) + " " + Hex(BitConverter.GetBytes(-0.0)) + " " + Hex(BitConverter.GetBytes(Math.PI)));
        Console.WriteLine(Hex(BitConverter.GetBytes((Half)1.5)) + " " + Hex(BitConverter.GetBytes(double.NaN)));
        byte[] data = { 0, 1, 2, 0x7f, 0x80, 0xfe, 0xff, 0x10 };
        Console.WriteLine(BitConverter.ToString(data, 2) + " | " + BitConverter.ToString(data, 3, 3) + " | [" + BitConverter.ToString(new byte[0]) + "]");

        Check(BitConverter.IsLittleEndian, 1);
        Check(BitConverter.ToInt16(data, 0) == 0x0100 && BitConverter.ToUInt16(data, 5) == 0xfffe, 2);
        Check(BitConverter.ToInt32(data, 4) == 0x10fffe80 && BitConverter.ToInt64(data, 0) == 0x10fffe807f020100, 3);
        Check(BitConverter.ToChar(BitConverter.GetBytes('\u20ac'), 0) == '\u20ac' && BitConverter.ToBoolean(data, 1) && !BitConverter.ToBoolean(data, 0), 4);
        Check(BitConverter.ToDouble(BitConverter.GetBytes(Math.E), 0) == Math.E && BitConverter.ToSingle(BitConverter.GetBytes(0.1f), 0) == 0.1f, 5);
        Check(BitConverter.DoubleToInt64Bits(1.0) == 0x3FF0000000000000 && BitConverter.Int64BitsToDouble(unchecked((long)0xC000000000000000)) == -2.0, 6);
        Check(BitConverter.SingleToInt32Bits(-1.0f) == unchecked((int)0xBF800000) && BitConverter.Int32BitsToSingle(0x40490FDB) == MathF.PI, 7);
        Check(BitConverter.SingleToUInt32Bits(float.PositiveInfinity) == 0x7F800000 && BitConverter.DoubleToUInt64Bits(-0.0) == 0x8000000000000000, 8);
        Check(BitConverter.HalfToInt16Bits((Half)1.0) == 0x3C00 && (float)BitConverter.Int16BitsToHalf(unchecked((short)0xC000)) == -2.0f, 9);
        bool threw = false;
        try { BitConverter.ToInt32(data, 6); } catch (ArgumentException) { threw = true; }
        Check(threw, 10);
        threw = false;
        try { BitConverter.ToString(data, 9); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 11);

        Span<byte> buf = stackalloc byte[16];
        BinaryPrimitives.WriteInt32BigEndian(buf, 0x11223344);
        BinaryPrimitives.WriteInt32LittleEndian(buf.Slice(4), 0x11223344);
        BinaryPrimitives.WriteUInt16BigEndian(buf.Slice(8), 0xBEEF);
        BinaryPrimitives.WriteInt16LittleEndian(buf.Slice(10), -2);
        BinaryPrimitives.WriteSingleBigEndian(buf.Slice(12), 1.0f);
        Console.WriteLine(Convert.ToHexString(buf));
        Check(BinaryPrimitives.ReadInt32LittleEndian(buf) == 0x44332211 && BinaryPrimitives.ReadInt32BigEndian(buf.Slice(4)) == 0x44332211, 12);
        Check(BinaryPrimitives.ReadUInt16LittleEndian(buf.Slice(8)) == 0xEFBE && BinaryPrimitives.ReadInt16BigEndian(buf.Slice(10)) == -257, 13);
        Check(BinaryPrimitives.ReadSingleBigEndian(buf.Slice(12)) == 1.0f && BinaryPrimitives.ReadUInt32BigEndian(buf.Slice(12)) == 0x3F800000, 14);
        BinaryPrimitives.WriteInt64BigEndian(buf, -2);
        BinaryPrimitives.WriteDoubleLittleEndian(buf.Slice(8), -1.5);
        Console.WriteLine(Convert.ToHexString(buf));
        Check(BinaryPrimitives.ReadUInt64BigEndian(buf) == 0xFFFFFFFFFFFFFFFE && BinaryPrimitives.ReadDoubleLittleEndian(buf.Slice(8)) == -1.5, 15);
        Check(!BinaryPrimitives.TryReadInt32BigEndian(buf.Slice(13), out int r) && r == 0, 16);
        Check(!BinaryPrimitives.TryWriteInt64LittleEndian(buf.Slice(9), 1) && BinaryPrimitives.TryWriteInt64LittleEndian(buf.Slice(8), 1), 17);
        Check(BinaryPrimitives.ReverseEndianness((ushort)0x1234) == 0x3412 && BinaryPrimitives.ReverseEndianness(0x0102030405060708L) == 0x0807060504030201L, 18);
        Check(BinaryPrimitives.ReverseEndianness((sbyte)-5) == -5 && BinaryPrimitives.ReverseEndianness(0x80000000u) == 0x80u, 19);
        threw = false;
        try { BinaryPrimitives.ReadInt64BigEndian(new byte[7]); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 20);
        return failed == 0 ? 100 : failed;
    }
}
