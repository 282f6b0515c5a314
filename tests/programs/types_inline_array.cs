// [InlineArray(N)] structs: indexing, conversion to Span/ReadOnlySpan, foreach, length,
// inline arrays of references (GC-tracked), nested inside classes and structs, and copy
// semantics.
using System;
using System.Runtime.CompilerServices;

[InlineArray(8)]
struct Eight { private int _e; }

[InlineArray(4)]
struct FourStrings { private string _s; }

[InlineArray(3)]
struct ThreeLongs { private long _l; }

struct WithInline { public int Tag; public ThreeLongs Data; }
class Owner { public FourStrings Names; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Sum(ReadOnlySpan<int> s) { int t = 0; foreach (var v in s) t += v; return t; }

    static int Main()
    {
        var e = new Eight();
        for (int i = 0; i < 8; i++) e[i] = i + 1;
        Check(e[0] == 1 && e[7] == 8, 1);
        Check(Sum(e) == 36, 2);
        Span<int> span = e;
        Check(span.Length == 8, 3);
        span[3] = 100;
        Check(e[3] == 100, 4);
        var copy = e;
        copy[0] = -1;
        Check(e[0] == 1, 5);
        int n = 0;
        foreach (var v in e) n++;
        Check(n == 8, 6);
        Check(Unsafe.SizeOf<Eight>() == 32 && Unsafe.SizeOf<FourStrings>() == 32, 7);
        var o = new Owner();
        for (int i = 0; i < 4; i++) o.Names[i] = "n" + i;
        for (int i = 0; i < 50; i++) { var junk = new string('x', 100); }
        GC.Collect();
        Check(o.Names[2] == "n2" && o.Names[3] == "n3", 8);
        var w = new WithInline { Tag = 7 };
        w.Data[2] = long.MaxValue;
        Check(w.Tag == 7 && w.Data[2] == long.MaxValue && w.Data[0] == 0, 9);
        bool threw = false;
        try { int idx = 8; span[idx] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 10);
        ReadOnlySpan<string> names = o.Names;
        Check(names.IndexOf("n1") == 1, 11);
        return failed == 0 ? 100 : failed;
    }
}
