// 16-byte-aligned value types (Vector128<T>, Int128, structs holding them) stored in the GC
// heap: array elements, class fields, boxes and statics are only 8-byte aligned there (as in
// CoreCLR), so reads and writes through refs to them must not assume 16-byte alignment.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

struct Hva { public Vector128<float> A, B; }
struct Wide { public long Tag; public Int128 Value; }
class Holder { public int Pad; public Vector128<int> V; public Hva H; public Int128 I; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static Vector128<int>[] s_vectors = new Vector128<int>[3];
    static Int128 s_int;

    [MethodImpl(MethodImplOptions.NoInlining)] static Vector128<int> Load(ref Vector128<int> r) => r;
    [MethodImpl(MethodImplOptions.NoInlining)] static void Store(ref Vector128<int> r, Vector128<int> v) => r = v;
    [MethodImpl(MethodImplOptions.NoInlining)] static Hva LoadHva(ref Hva r) => r;
    [MethodImpl(MethodImplOptions.NoInlining)] static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    [MethodImpl(MethodImplOptions.NoInlining)] static Int128 Sum(Int128[] xs) { Int128 s = 0; foreach (var x in xs) s += x; return s; }
    [MethodImpl(MethodImplOptions.NoInlining)] static object Box<T>(T v) => v;

    static int Main()
    {
        var vs = new Vector128<int>[5];
        for (int i = 0; i < vs.Length; i++) Store(ref vs[i], Vector128.Create(i, i + 1, i + 2, i + 3));
        int total = 0;
        for (int i = 0; i < vs.Length; i++) total += Vector128.Sum(Load(ref vs[i]));
        Check(total == 70, 1);
        Swap(ref vs[0], ref vs[3]);
        Check(vs[0].GetElement(0) == 3 && vs[3].GetElement(3) == 3, 2);

        var hs = new Hva[3];
        hs[1].A = Vector128.Create(1f, 2f, 3f, 4f);
        hs[1].B = Vector128.Create(5f);
        Hva h = LoadHva(ref hs[1]);
        Check(Vector128.Sum(h.A) == 10f && Vector128.Sum(h.B) == 20f, 3);

        var o = new Holder { Pad = 1, V = Vector128.Create(7), I = (Int128)long.MaxValue * 4 };
        o.H.A = Vector128.Create(2f);
        Check(Vector128.Sum(Load(ref o.V)) == 28 && Vector128.Sum(LoadHva(ref o.H).A) == 8f, 4);
        Check(o.I == (Int128)long.MaxValue * 4 && o.I.ToString() == "36893488147419103228", 5);

        var ints = new Int128[4];
        for (int i = 0; i < ints.Length; i++) ints[i] = ((Int128)1 << (64 + i)) + i;
        Check(Sum(ints) == ((Int128)15 << 64) + 6, 6);
        Swap(ref ints[0], ref ints[1]);
        Check(ints[0] == ((Int128)1 << 65) + 1, 7);

        var ws = new Wide[2];
        ws[1] = new Wide { Tag = 9, Value = Int128.MaxValue };
        Swap(ref ws[0], ref ws[1]);
        Check(ws[0].Tag == 9 && ws[0].Value == Int128.MaxValue && ws[1].Value == 0, 8);

        object boxed = Box(Vector128.Create(3));
        Check(boxed is Vector128<int> b && Vector128.Sum(b) == 12, 9);
        object boxedInt = Box((Int128)(-5));
        Check(boxedInt.Equals((Int128)(-5)), 10);

        Store(ref s_vectors[2], Vector128.Create(4));
        s_int = Int128.MinValue;
        Check(Vector128.Sum(s_vectors[2]) == 16 && s_int == Int128.MinValue, 11);

        var list = new System.Collections.Generic.List<Vector128<int>>();
        for (int i = 0; i < 9; i++) list.Add(Vector128.Create(i));
        int ls = 0;
        foreach (var v in list) ls += v.GetElement(2);
        Check(ls == 36, 12);

        Console.WriteLine(failed == 0 ? "ok" : "failed " + failed);
        return failed == 0 ? 100 : failed;
    }
}
