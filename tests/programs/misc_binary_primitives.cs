// Byte-level helpers: BitConverter (GetBytes/ToInt32/ToUInt64/ToDouble, IsLittleEndian),
// BinaryPrimitives big/little-endian reads and writes, ReverseEndianness, Convert.ToBase64String
// and back, Convert.ToHexString, and a hand-written CRC32 over a buffer.
using System;
using System.Buffers.Binary;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }

    static int Main()
    {
        Check(BitConverter.IsLittleEndian, 1);
        var bytes = BitConverter.GetBytes(0x01020304);
        Check(bytes.Length == 4 && bytes[0] == 4 && bytes[3] == 1 && BitConverter.ToInt32(bytes) == 0x01020304, 2);
        Check(BitConverter.ToUInt64(BitConverter.GetBytes(ulong.MaxValue - 5)) == ulong.MaxValue - 5, 3);
        Check(BitConverter.ToDouble(BitConverter.GetBytes(Math.PI)) == Math.PI, 4);
        Span<byte> buf = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(buf, 0x0A0B0C0D);
        Check(buf[0] == 0x0A && buf[3] == 0x0D && BinaryPrimitives.ReadInt32LittleEndian(buf) == 0x0D0C0B0A, 5);
        BinaryPrimitives.WriteUInt64LittleEndian(buf, 0x1122334455667788);
        Check(BinaryPrimitives.ReadUInt64BigEndian(buf) == 0x8877665544332211, 6);
        Check(BinaryPrimitives.ReverseEndianness((ushort)0x1234) == 0x3412 && BinaryPrimitives.ReverseEndianness(0x11223344u) == 0x44332211u, 7);
        var data = new byte[] { 0, 1, 2, 250, 251, 252, 253, 254, 255 };
        string b64 = Convert.ToBase64String(data);
        Check(b64 == "AAEC+vv8/f7/" && Convert.FromBase64String(b64).AsSpan().SequenceEqual(data), 8);
        Check(Convert.ToHexString(new byte[] { 0xDE, 0xAD, 0xBE, 0xEF }) == "DEADBEEF", 9);
        Check(Convert.FromHexString("00ff10")[1] == 255, 10);
        Check(Crc32(System.Text.Encoding.ASCII.GetBytes("123456789")) == 0xCBF43926, 11);
        Check(BitConverter.ToString(new byte[] { 1, 0xAB }) == "01-AB", 12);
        Check(BitConverter.HalfToInt16Bits((Half)1.0f) == 0x3C00, 13);
        return failed == 0 ? 100 : failed;
    }
}
