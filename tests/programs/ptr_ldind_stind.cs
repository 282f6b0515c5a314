// Loads and stores through pointers of every primitive type (ldind.* / stind.*), including
// sign/zero extension of small types, unaligned reinterpretation of an int as bytes, pointers
// to struct fields, pointer to pointer, and ref parameters (managed pointers).
using System;
using System.Runtime.CompilerServices;

struct Pair { public int A; public long B; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Store<T>(T* p, T v) where T : unmanaged => *p = v;
    [MethodImpl(MethodImplOptions.NoInlining)] static void Inc(ref int x) => x++;
    [MethodImpl(MethodImplOptions.NoInlining)] static void SetVia(int** pp, int v) => **pp = v;

    static int Main()
    {
        sbyte sb = 0; byte b = 0; short s = 0; ushort us = 0; int i = 0; uint ui = 0; long l = 0; ulong ul = 0;
        float f = 0; double d = 0; char c = '\0'; bool bo = false; nint n = 0;
        Store(&sb, (sbyte)-3); Store(&b, (byte)250); Store(&s, (short)-300); Store(&us, (ushort)60000);
        Store(&i, -70000); Store(&ui, 4000000000u); Store(&l, -5000000000L); Store(&ul, 18000000000000000000UL);
        Store(&f, 1.5f); Store(&d, -2.25); Store(&c, 'Z'); Store(&bo, true); Store(&n, (nint)(-9));
        Check(sb == -3 && b == 250 && s == -300 && us == 60000, 1);
        Check(i == -70000 && ui == 4000000000u && l == -5000000000L && ul == 18000000000000000000UL, 2);
        Check(f == 1.5f && d == -2.25 && c == 'Z' && bo && n == -9, 3);
        int word = 0x11223344;
        byte* bp = (byte*)&word;
        Check(bp[0] == 0x44 && bp[3] == 0x11, 4);
        bp[1] = 0xFF;
        Check(word == 0x1122FF44, 5);
        sbyte* sp = (sbyte*)&word;
        Check(sp[1] == -1, 6);
        short* shp = (short*)&word;
        Check(shp[0] == unchecked((short)0xFF44) && shp[1] == 0x1122, 7);
        long lw = -1;
        int* ip = (int*)&lw;
        ip[1] = 0;
        Check(lw == 0xFFFFFFFF, 8);
        Pair p = new Pair { A = 1, B = 2 };
        int* pa = &p.A;
        long* pb = &p.B;
        *pa = 10; *pb = 20;
        Check(p.A == 10 && p.B == 20, 9);
        Pair* pp = &p;
        pp->A += 5;
        (*pp).B *= 2;
        Check(p.A == 15 && p.B == 40, 10);
        int target = 0;
        int* tp = &target;
        SetVia(&tp, 77);
        Check(target == 77, 11);
        Inc(ref target);
        Check(target == 78, 12);
        double dv = 1.0;
        long* bits = (long*)&dv;
        Check(*bits == 0x3FF0000000000000, 13);
        *bits = unchecked((long)0xC000000000000000);
        Check(dv == -2.0, 14);
        float fv = 0;
        *(int*)&fv = 0x40490FDB;
        Check(Math.Abs(fv - 3.14159274f) < 1e-6f, 15);
        byte* buf = stackalloc byte[16];
        for (int k = 0; k < 16; k++) buf[k] = (byte)k;
        Check(*(int*)(buf + 4) == 0x07060504, 16);
        Check(Unsafe.ReadUnaligned<int>(buf + 1) == 0x04030201, 17);
        *(ushort*)(buf + 3) = 0xABCD;
        Check(buf[3] == 0xCD && buf[4] == 0xAB, 18);
        return failed == 0 ? 100 : failed;
    }
}
