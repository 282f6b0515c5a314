// Pointer arithmetic and comparison: p + n scales by element size, p - q gives an element
// count, ++/-- on pointers, comparison operators, casting between pointer types and to
// integers, void* round trips, and walking a struct array by pointer.
using System;

struct Rec { public int Id; public double Weight; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        long* lp = stackalloc long[10];
        for (int i = 0; i < 10; i++) lp[i] = i * 100;
        long* q = lp + 7;
        Check(*q == 700 && q - lp == 7, 1);
        Check((byte*)q - (byte*)lp == 56, 2);
        q--;
        Check(*q == 600, 3);
        q += 2;
        Check(*q == 800, 4);
        Check(q > lp && lp < q && q >= lp + 8 && q <= lp + 8 && q != lp, 5);
        void* vp = q;
        long* back = (long*)vp;
        Check(*back == 800, 6);
        nuint addr = (nuint)q;
        Check((long*)addr == q && (addr & 7) == 0, 7);
        Rec* recs = stackalloc Rec[5];
        for (int i = 0; i < 5; i++) { recs[i].Id = i; recs[i].Weight = i * 0.5; }
        double w = 0;
        for (Rec* r = recs; r < recs + 5; r++) w += r->Weight * r->Id;
        Check(w == 0.5 + 2 + 4.5 + 8, 8);
        int* ip = (int*)recs;
        Check(ip[4] == 1, 9); // sizeof(Rec) == 16; recs[1].Id at int index 4
        byte* bp = (byte*)lp;
        bp += sizeof(long) * 3;
        Check(*(long*)bp == 300, 10);
        int* a = stackalloc int[3];
        int* p2 = a;
        *p2++ = 1; *p2++ = 2; *p2 = 3;
        Check(a[0] == 1 && a[1] == 2 && a[2] == 3 && p2 - a == 2, 11);
        int* e = &a[2];
        Check(e[-1] == 2 && *(e - 2) == 1, 12);
        long diff = (long)(IntPtr)(a + 1) - (long)(IntPtr)a;
        Check(diff == 4, 13);
        return failed == 0 ? 100 : failed;
    }
}
