// Integer and floating-point arithmetic on every primitive type: wrap-around, division and
// remainder (signed and unsigned), shifts with .NET's count masking, bitwise operators,
// comparisons, checked arithmetic, DivideByZeroException and OverflowException.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    [MethodImpl(MethodImplOptions.NoInlining)] static T Id<T>(T x) => x;

    static int Main()
    {
        Int32Ops();
        Int64Ops();
        SmallOps();
        NativeOps();
        FloatOps();
        Checked();
        Division();
        return failed == 0 ? 100 : failed;
    }

    static void Int32Ops()
    {
        int a = Id(7), b = Id(-3), max = Id(int.MaxValue), min = Id(int.MinValue);
        Check(a + b == 4, 1);
        Check(a - b == 10, 2);
        Check(a * b == -21, 3);
        Check(a / b == -2, 4);
        Check(a % b == 1, 5);
        Check(b % a == -3, 6);
        Check(max + 1 == min, 7);
        Check(unchecked(min - 1) == max, 8);
        Check((a & 3) == 3 && (a | 8) == 15 && (a ^ 5) == 2 && ~a == -8, 9);
        Check(-a == -7 && -min == min, 10);
        Check(a << 3 == 56 && a << 35 == 56, 11);
        Check(b >> 1 == -2 && b >> 33 == -2, 12);
        Check((int)((uint)b >> 28) == 15, 13);
        uint ua = Id(0xFFFFFFF0u), ub = Id(16u);
        Check(ua / ub == 0x0FFFFFFFu && ua % ub == 0 && ua > ub, 14);
        Check(ua + ub == 0 && ub - ua == 32, 15);
        Check((ua >> 4) == 0x0FFFFFFFu, 16);
        Check(b < a && (uint)b > (uint)a, 17);
        int shift = Id(33);
        Check((1 << shift) == 2, 18);
    }

    static void Int64Ops()
    {
        long a = Id(10000000000L), b = Id(-3L), max = Id(long.MaxValue), min = Id(long.MinValue);
        Check(a * b == -30000000000L, 20);
        Check(a / b == -3333333333L && a % b == 1, 21);
        Check(max + 1 == min, 22);
        Check(a << 2 == 40000000000L && a << 66 == 40000000000L, 23);
        Check(b >> 1 == -2 && (ulong)b >> 62 == 3, 24);
        ulong u = Id(ulong.MaxValue);
        Check(u / 3 == 6148914691236517205UL && u % 10 == 5, 25);
        Check(u > 1 && (long)u == -1, 26);
        Check(-min == min && ~a == -10000000001L, 27);
        int i = Id(-5);
        Check((long)i == -5L && (long)(uint)i == 4294967291L && (ulong)i == 18446744073709551611UL, 28);
        Check((int)a == 1410065408, 29);
    }

    static void SmallOps()
    {
        byte b = Id((byte)250);
        b += 10;
        Check(b == 4, 30);
        sbyte sb = Id((sbyte)127);
        sb++;
        Check(sb == -128, 31);
        short s = Id((short)-32768);
        s--;
        Check(s == 32767, 32);
        ushort us = Id((ushort)65535);
        us++;
        Check(us == 0, 33);
        char c = Id('a');
        c += (char)1;
        Check(c == 'b' && c > 'a' && (int)c == 98, 34);
        bool t = Id(true), f = Id(false);
        Check((t & !f) && (t | f) && (t ^ f) && !(t ^ t), 35);
        Check((byte)(b * 100) == 144 && (sbyte)Id(200) == -56 && (short)Id(70000) == 4464, 36);
    }

    static void NativeOps()
    {
        nint a = Id((nint)5), b = Id((nint)(-2));
        Check(a * b == -10 && a / b == -2 && a % b == 1, 40);
        nuint u = Id((nuint)7);
        Check(u - 8 == nuint.MaxValue, 41);
        Check(IntPtr.Size == 8 && nint.MaxValue == long.MaxValue, 42);
        Check((a << 61) < 0 && (a >> 1) == 2, 43);
    }

    static void FloatOps()
    {
        double d = Id(1.5), e = Id(-0.25);
        Check(d * e == -0.375 && d / e == -6.0 && d + e == 1.25, 50);
        Check(d % 1.0 == 0.5 && -7.5 % 2.0 == -1.5, 51);
        float f = Id(1.1f);
        Check(f * 2 == 2.2f && (double)f != 1.1, 52);
        double nan = Id(double.NaN);
        Check(!(nan < 1) && !(nan > 1) && !(nan == nan) && nan != nan, 53);
        Check(double.IsNaN(nan) && !double.IsNaN(d), 54);
        double inf = Id(1.0) / Id(0.0);
        Check(inf > double.MaxValue && -inf < double.MinValue, 55);
        Check(1.0 / Id(-0.0) < 0, 56);
        Check((float)Id(16777217) == 16777216f, 57);
        Check((double)Id(ulong.MaxValue) == 18446744073709551615.0, 58);
        Check((double)Id(uint.MaxValue) == 4294967295.0, 59);
        Check(Math.Sqrt(Id(2.25)) == 1.5, 60);
        Check(Id(0.1f) + Id(0.2f) == 0.3f && Id(0.1) + Id(0.2) != 0.3, 61);
    }

    static void Checked()
    {
        int max = Id(int.MaxValue);
        bool thrown = false;
        try { int x = checked(max + 1); Check(x == 0, 70); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 71);
        thrown = false;
        try { uint x = checked(Id(1u) - Id(2u)); Check(x == 0, 72); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 73);
        thrown = false;
        try { long x = checked(Id(long.MinValue) * Id(-1L)); Check(x == 0, 74); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 75);
        Check(checked(Id(1000) * Id(1000)) == 1000000, 76);
        thrown = false;
        try { byte x = checked((byte)Id(256)); Check(x == 0, 77); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 78);
        thrown = false;
        try { int x = checked((int)Id(3e10)); Check(x == 0, 79); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 80);
        thrown = false;
        try { uint x = checked((uint)Id(-1)); Check(x == 0, 81); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 82);
        Check(checked((ulong)Id(5L)) == 5 && checked((sbyte)Id(-128)) == -128, 83);
        thrown = false;
        try { ulong x = checked(Id(ulong.MaxValue) + Id(1UL)); Check(x == 0, 84); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 85);
    }

    static void Division()
    {
        int zero = Id(0);
        bool thrown = false;
        try { int x = Id(1) / zero; Check(x == 0, 90); }
        catch (DivideByZeroException) { thrown = true; }
        Check(thrown, 91);
        thrown = false;
        try { long x = Id(1L) % Id(0L); Check(x == 0, 92); }
        catch (DivideByZeroException) { thrown = true; }
        Check(thrown, 93);
        thrown = false;
        try { int x = Id(int.MinValue) / Id(-1); Check(x == 0, 94); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 95);
        thrown = false;
        try { int x = Id(int.MinValue) % Id(-1); Check(x == 0, 96); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 97);
        Check(Id(1.0) / Id(0.0) == double.PositiveInfinity, 98);
        Check(Id(7u) / Id(2u) == 3 && Id(-7) / Id(2) == -3 && Id(-7) % Id(2) == -1, 99);
    }
}
