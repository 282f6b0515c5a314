// Binary ("B") and hexadecimal ("X") formats for every integer width, with precision padding,
// negative values, and parsing back with NumberStyles.HexNumber / AllowBinarySpecifier,
// plus Convert.ToString(value, base) and Convert.ToInt32/ToInt64(string, base).
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Check(5.ToString("B") == "101" && 5.ToString("B8") == "00000101", 1);
        Check((-1).ToString("B") == new string('1', 32), 2);
        Check(((sbyte)-2).ToString("B") == "11111110" && ((byte)200).ToString("b") == "11001000", 3);
        Check(((short)-32768).ToString("B") == "1000000000000000" && ((ushort)1).ToString("B16").Length == 16, 4);
        Check(long.MinValue.ToString("B").Length == 64 && 0UL.ToString("B") == "0" && 0.ToString("B0") == "0", 5);
        Check(((sbyte)-1).ToString("X") == "FF" && ((sbyte)-1).ToString("x4") == "00ff", 6);
        Check(int.MinValue.ToString("X") == "80000000" && 3054.ToString("X10") == "0000000BEE", 7);
        object[] values = { (byte)0xAB, (sbyte)-100, (short)-1234, (ushort)54321, -123456789, 3000000000u, -1234567890123L, 18000000000000000000UL, (nint)(-5), (nuint)77 };
        foreach (var v in values)
        {
            var f = (IFormattable)v;
            Console.WriteLine($"{v.GetType().Name,-7} {f.ToString("X", inv),16} {f.ToString("x12", inv),16} {f.ToString("B", inv)}");
        }
        Check(int.Parse("7fffffff", NumberStyles.HexNumber) == int.MaxValue, 8);
        Check(int.Parse("FFFFFFFF", NumberStyles.HexNumber) == -1 && uint.Parse("FFFFFFFF", NumberStyles.AllowHexSpecifier) == uint.MaxValue, 9);
        Check(long.Parse("  8000000000000000 ", NumberStyles.HexNumber) == long.MinValue, 10);
        Check(byte.Parse("1111", NumberStyles.AllowBinarySpecifier) == 15 && int.Parse("11111111111111111111111111111110", NumberStyles.BinaryNumber) == -2, 11);
        Check(!int.TryParse("1FFFFFFFF", NumberStyles.HexNumber, inv, out _), 12);
        Check(!int.TryParse("0x10", NumberStyles.HexNumber, inv, out _) && !byte.TryParse("102", NumberStyles.AllowBinarySpecifier, inv, out _), 13);
        Check(short.Parse("8000", NumberStyles.HexNumber) == short.MinValue && sbyte.Parse("80", NumberStyles.HexNumber) == sbyte.MinValue, 14);
        Check(Convert.ToString(255, 2) == "11111111" && Convert.ToString(255, 8) == "377" && Convert.ToString(255, 16) == "ff", 15);
        Check(Convert.ToString(-1, 16) == "ffffffff" && Convert.ToString(-8L, 8) == "1777777777777777777770" && Convert.ToString((short)-1, 2) == "1111111111111111", 16);
        Check(Convert.ToInt32("11111111111111111111111111111011", 2) == -5, 17);
        Check(Convert.ToInt32("0x1F", 16) == 31 && Convert.ToInt32("777", 8) == 511 && Convert.ToInt64("ffffffffffffffff", 16) == -1, 18);
        Check(Convert.ToByte("11111111", 2) == 255 && Convert.ToUInt16("FFFF", 16) == 65535, 19);
        foreach (var s in new[] { "", "12", "zz", "-1", "100000000", "1 0" })
        {
            try { Console.WriteLine("ToByte(" + s + ",16)=" + Convert.ToByte(s, 16)); }
            catch (Exception e) { Console.WriteLine("ToByte(" + s + ",16) " + e.GetType().Name); }
        }
        try { Convert.ToString(5, 3); Check(false, 20); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        for (int i = -3; i <= 3; i++) Console.Write(i.ToString("B4") + " " + i.ToString("X2") + "; ");
        Console.WriteLine();
        UInt128 u = UInt128.MaxValue; Int128 s128 = Int128.MinValue;
        Console.WriteLine(u.ToString("X") + " " + s128.ToString("X") + " " + ((Int128)(-1)).ToString("x"));
        Check(u.ToString("X") == new string('F', 32) && s128.ToString("X") == "8" + new string('0', 31), 21);
        Check(Convert.ToHexString(new byte[] { 0, 1, 0xAB, 0xFF }) == "0001ABFF" && Convert.ToHexStringLower(new byte[] { 0xAB }) == "ab", 22);
        byte[] fromHex = Convert.FromHexString("DEADbeef");
        Console.WriteLine(string.Join(",", fromHex));
        Check(fromHex.Length == 4 && fromHex[0] == 0xDE && fromHex[3] == 0xEF, 23);
        try { Convert.FromHexString("ABC"); Check(false, 24); } catch (FormatException) { Console.WriteLine("odd length rejected"); }
        return failed == 0 ? 100 : failed;
    }
}
