// byte, sbyte, short, ushort and char arithmetic: promotion to int, truncation when storing
// back, sign and zero extension on load, compound assignments that wrap, and arrays of them.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    static byte b = 250;
    static sbyte sb = 120;
    static short s = 32760;
    static ushort us = 65530;
    static char c = 'y';

    static int Main()
    {
        b += 10;
        Check(b == 4, 1);
        sb += 10;
        Check(sb == -126, 2);
        s += 10;
        Check(s == -32766, 3);
        us += 10;
        Check(us == 4, 4);
        c++; c++;
        Check(c == '{', 5);
        byte bb = 200, bc = 100;
        int sum = bb + bc;
        Check(sum == 300, 6);
        byte trunc = unchecked((byte)(bb + bc));
        Check(trunc == 44, 7);
        Check(unchecked((sbyte)I(200)) == -56, 8);
        Check(unchecked((short)I(40000)) == -25536, 9);
        Check(unchecked((ushort)I(-1)) == 65535, 10);
        Check(unchecked((byte)I(-1)) == 255, 11);
        Check(unchecked((char)I(0x10041)) == 'A', 12);
        sbyte neg = -1;
        Check((int)neg == -1 && (uint)(byte)neg == 255, 13);
        short sh = -2;
        Check(unchecked((ushort)sh) == 65534 && (int)sh == -2, 14);
        var arr = new sbyte[] { -128, -1, 0, 1, 127 };
        int total = 0;
        foreach (var v in arr) total += v;
        Check(total == -1, 15);
        var ua = new ushort[3];
        ua[0] = 65535; ua[1] = unchecked((ushort)(ua[0] + 1)); ua[2] = (ushort)(ua[0] >> 4);
        Check(ua[1] == 0 && ua[2] == 4095, 16);
        byte shl = (byte)I(0x81);
        Check((shl << 1) == 0x102 && unchecked((byte)(shl << 1)) == 2, 17);
        sbyte sr = (sbyte)I(-128);
        Check((sr >> 1) == -64, 18);
        Check(unchecked((sbyte)(-sr)) == -128, 19);
        char d = '0';
        d += (char)I(7);
        Check(d == '7' && d - '0' == 7, 20);
        Check((byte)I(255) > (byte)I(1) && (sbyte)I(-1) < (sbyte)I(1), 21);
        ushort m = (ushort)I(300);
        m *= 300;
        Check(m == 24464, 22);
        return failed == 0 ? 100 : failed;
    }
}
