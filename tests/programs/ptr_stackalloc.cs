// stackalloc (localloc): into pointers and into Span<T>, zero-initialisation, sizes computed
// at run time, stackalloc in a loop body scope, in a recursive function, of structs, and with
// an initializer list.
using System;
using System.Runtime.CompilerServices;

struct Point { public int X, Y; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int SumRec(int depth)
    {
        int* buf = stackalloc int[8];
        for (int i = 0; i < 8; i++) buf[i] = depth + i;
        int inner = depth > 0 ? SumRec(depth - 1) : 0;
        int s = 0;
        for (int i = 0; i < 8; i++) s += buf[i];
        return s + inner;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Zeroed(int n)
    {
        Span<long> span = stackalloc long[n];
        long sum = 0;
        foreach (var v in span) sum += v;
        return (int)sum;
    }

    static int Main()
    {
        int n = I(100);
        int* p = stackalloc int[n];
        for (int i = 0; i < n; i++) p[i] = i * i;
        long total = 0;
        for (int i = 0; i < n; i++) total += p[i];
        Check(total == 328350, 1);
        Span<byte> bytes = stackalloc byte[I(64)];
        Check(bytes.Length == 64, 2);
        bytes.Fill(7);
        int bs = 0;
        foreach (var b in bytes) bs += b;
        Check(bs == 448, 3);
        Check(Zeroed(I(50)) == 0, 4);
        Check(SumRec(10) == Enumerable(10), 5);
        Span<int> init = stackalloc int[] { 5, 4, 3, 2, 1 };
        init.Sort();
        Check(init[0] == 1 && init[4] == 5, 6);
        Point* pts = stackalloc Point[4];
        for (int i = 0; i < 4; i++) { pts[i].X = i; pts[i].Y = -i; }
        Check(pts[3].X == 3 && pts[3].Y == -3 && pts[0].X == 0, 7);
        int loops = 0;
        for (int k = 0; k < 1000; k++)
        {
            Span<char> tmp = stackalloc char[16];
            tmp[0] = (char)('a' + k % 26);
            if (tmp[0] == 'a') loops++;
            if (tmp[15] != '\0') Check(false, 8);
        }
        Check(loops == 39, 9);
        ReadOnlySpan<char> chars = stackalloc char[] { 'h', 'i' };
        Check(new string(chars) == "hi", 10);
        byte* big = stackalloc byte[I(32768)];
        big[32767] = 1;
        Check(big[32767] == 1 && big[0] == 0, 11);
        return failed == 0 ? 100 : failed;
    }

    static int Enumerable(int depth)
    {
        int s = 0;
        for (int d = 0; d <= depth; d++) for (int i = 0; i < 8; i++) s += d + i;
        return s;
    }
}
