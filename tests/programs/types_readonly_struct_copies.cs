// Defensive copies of structs: calling a mutating method on a readonly field or an `in`
// parameter mutates a copy (the original is unchanged), readonly struct members avoid copies,
// mutating through a non-readonly field works, and foreach iteration variables of struct
// type are copies.
using System;
using System.Collections.Generic;

struct Mut
{
    public int N;
    public void Inc() => N++;
    public readonly int Peek() => N;
}

class Holder
{
    public readonly Mut Frozen = new Mut { N = 1 };
    public Mut Free = new Mut { N = 1 };
    public void IncBoth() { Frozen.Inc(); Free.Inc(); }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly Mut staticFrozen = new Mut { N = 10 };
    static int IncIn(in Mut m) { m.Inc(); return m.N; }
    static int IncRef(ref Mut m) { m.Inc(); return m.N; }

    static int Main()
    {
        var h = new Holder();
        h.IncBoth(); h.IncBoth();
        Check(h.Frozen.N == 1 && h.Free.N == 3, 1);
        staticFrozen.Inc();
        Check(staticFrozen.N == 10 && staticFrozen.Peek() == 10, 2);
        var m = new Mut { N = 5 };
        Check(IncIn(m) == 5 && m.N == 5, 3);
        Check(IncRef(ref m) == 6 && m.N == 6, 4);
        var arr = new[] { new Mut { N = 1 }, new Mut { N = 2 } };
        foreach (var e in arr) e.Inc();
        Check(arr[0].N == 1 && arr[1].N == 2, 5);
        arr[0].Inc();
        Check(arr[0].N == 2, 6);
        var list = new List<Mut> { new Mut { N = 1 } };
        var item = list[0];
        item.Inc();
        Check(list[0].N == 1, 7);
        for (int i = 0; i < arr.Length; i++) arr[i].Inc();
        Check(arr[0].N == 3 && arr[1].N == 3, 8);
        return failed == 0 ? 100 : failed;
    }
}
