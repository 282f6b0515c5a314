// Nested structs: structs containing structs several levels deep, mutation through chains of
// field accesses, arrays of nested structs, structs with reference fields inside (GC-tracked),
// copying large structs, nested type declarations and struct returns from methods.
using System;

struct Inner { public int A; public string Name; }
struct Middle { public Inner I1, I2; public long L; }
struct Outer { public Middle M; public Inner Extra; public double D; }

class Container
{
    public struct NestedStruct { public int V; public NestedStruct(int v) => V = v; }
    public NestedStruct N = new NestedStruct(3);
    public Outer O;
}

struct Big { public long A, B, C, D, E, F, G, H; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static Outer MakeOuter(int seed)
    {
        Outer o = default;
        o.M.I1.A = seed; o.M.I2.A = seed * 2; o.M.L = seed * 3L; o.Extra.Name = "x" + seed; o.D = seed / 2.0;
        return o;
    }
    static Big Sum(Big x, Big y) => new Big { A = x.A + y.A, B = x.B + y.B, C = x.C + y.C, D = x.D + y.D, E = x.E + y.E, F = x.F + y.F, G = x.G + y.G, H = x.H + y.H };
    static void Touch(ref Middle m) { m.I1.A++; m.I2.Name = "touched"; }

    static int Main()
    {
        var o = MakeOuter(5);
        Check(o.M.I1.A == 5 && o.M.I2.A == 10 && o.M.L == 15 && o.Extra.Name == "x5" && o.D == 2.5, 1);
        var copy = o;
        copy.M.I1.A = 99;
        Check(o.M.I1.A == 5, 2);
        Touch(ref o.M);
        Check(o.M.I1.A == 6 && o.M.I2.Name == "touched", 3);
        var c = new Container();
        c.O.M.I2.A = 42;
        c.N.V += 1;
        Check(c.O.M.I2.A == 42 && c.N.V == 4, 4);
        var arr = new Outer[10];
        for (int i = 0; i < arr.Length; i++) arr[i] = MakeOuter(i);
        GC.Collect();
        int sum = 0;
        foreach (var e in arr) sum += e.M.I2.A + e.Extra.Name.Length;
        Check(sum == 90 + 10 * 2, 5);
        arr[3].M.I1.Name = "three";
        Check(arr[3].M.I1.Name == "three", 6);
        var b1 = new Big { A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8 };
        var b2 = Sum(b1, b1);
        b2 = Sum(b2, b1);
        Check(b2.A == 3 && b2.H == 24 && b2.D == 12, 7);
        var bigs = new Big[4];
        bigs[2] = b2;
        Big local = bigs[2];
        local.E = 0;
        Check(bigs[2].E == 15, 8);
        var nested = new Container.NestedStruct(11);
        Check(nested.V == 11, 9);
        Outer def = default;
        Check(def.M.I1.Name == null && def.D == 0, 10);
        return failed == 0 ? 100 : failed;
    }
}
