// ref locals and ref returns: returning refs into arrays and fields, assigning through them,
// ref reassignment, ref readonly, ref returns from a property and an indexer, ref conditional
// expressions, in parameters, and ref into a struct element of an array.
using System;

class Matrix
{
    readonly double[] data;
    readonly int cols;
    public Matrix(int r, int c) { data = new double[r * c]; cols = c; }
    public ref double this[int r, int c] => ref data[r * cols + c];
    public double Sum() { double s = 0; foreach (var v in data) s += v; return s; }
}

struct Pt { public int X, Y; }

class Holder { public int Value; public ref int Ref => ref Value; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static ref int Find(int[] a, int v) { for (int i = 0; i < a.Length; i++) if (a[i] == v) return ref a[i]; return ref a[0]; }
    static ref int Larger(ref int a, ref int b) => ref a >= b ? ref a : ref b;
    static int ReadIn(in Pt p) => p.X + p.Y;
    static ref readonly int First(int[] a) => ref a[0];

    static int Main()
    {
        int[] arr = { 1, 2, 3, 4 };
        ref int r = ref Find(arr, 3);
        r = 30;
        Check(arr[2] == 30, 1);
        Find(arr, 4) *= 10;
        Check(arr[3] == 40, 2);
        r = ref arr[0];
        r = -1;
        Check(arr[0] == -1 && arr[2] == 30, 3);
        int a = 5, b = 9;
        Larger(ref a, ref b) = 0;
        Check(a == 5 && b == 0, 4);
        ref int pick = ref (a > 3 ? ref a : ref b);
        pick++;
        Check(a == 6, 5);
        var m = new Matrix(2, 3);
        m[1, 2] = 5;
        m[0, 0] += 2;
        ref double cell = ref m[1, 1];
        cell = 3;
        Check(m.Sum() == 10 && m[1, 2] == 5, 6);
        var h = new Holder();
        h.Ref = 7;
        ref int hv = ref h.Ref;
        hv += 1;
        Check(h.Value == 8, 7);
        var pts = new Pt[3];
        ref Pt p = ref pts[1];
        p.X = 4; p.Y = 5;
        Check(ReadIn(pts[1]) == 9 && ReadIn(in p) == 9, 8);
        ref readonly int f = ref First(arr);
        arr[0] = 100;
        Check(f == 100, 9);
        Span<int> sp = arr;
        ref int s0 = ref sp[1];
        s0 = 22;
        Check(arr[1] == 22, 10);
        int total = 0;
        foreach (ref int e in sp) { e *= 2; total += e; }
        Check(arr[1] == 44 && total == 2 * (100 + 22 + 30 + 40), 11);
        foreach (ref readonly var q in pts.AsSpan()) total += q.X;
        Check(total == 384 + 4, 12);
        return failed == 0 ? 100 : failed;
    }
}
