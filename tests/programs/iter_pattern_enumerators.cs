// Pattern-based foreach: a struct enumerator (no interface, no boxing) with GetEnumerator as
// an instance and as an extension method, a ref-returning Current mutating elements, an
// enumerator with Dispose called at the end, List<T>.Enumerator version checks, and foreach
// over IEnumerable (non-generic).
using System;
using System.Collections;
using System.Collections.Generic;

struct Evens
{
    public int Max;
    public Enumerator GetEnumerator() => new Enumerator { max = Max, cur = -2 };
    public struct Enumerator
    {
        internal int max, cur;
        public int Current => cur;
        public bool MoveNext() { cur += 2; return cur <= max; }
    }
}

class Buffer
{
    public int[] Data = { 1, 2, 3 };
    public RefEnum GetEnumerator() => new RefEnum(Data);
    public ref struct RefEnum
    {
        readonly int[] d; int i;
        public RefEnum(int[] d) { this.d = d; i = -1; }
        public ref int Current => ref d[i];
        public bool MoveNext() => ++i < d.Length;
    }
}

class Disposing
{
    public static int Disposed;
    public E GetEnumerator() => new E();
    public struct E : IDisposable
    {
        int n;
        public int Current => n;
        public bool MoveNext() => ++n <= 3;
        public void Dispose() => Disposed++;
    }
}

struct Range2 { public int From, To; }
static class RangeExt
{
    public static IEnumerator<int> GetEnumerator(this Range2 r) { for (int i = r.From; i < r.To; i++) yield return i; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int s = 0;
        foreach (var e in new Evens { Max = 10 }) s += e;
        Check(s == 30, 1);
        var buf = new Buffer();
        foreach (ref int x in buf) x *= 10;
        Check(buf.Data[2] == 30, 2);
        int d = 0;
        foreach (var v in new Disposing()) d += v;
        Check(d == 6 && Disposing.Disposed == 1, 3);
        try { foreach (var v in new Disposing()) if (v == 2) throw new Exception(); } catch { }
        Check(Disposing.Disposed == 2, 4);
        int rs = 0;
        foreach (var i in new Range2 { From = 3, To = 6 }) rs += i;
        Check(rs == 12, 5);
        IEnumerable untyped = new ArrayList { 1, "two", 3.0 };
        int count = 0;
        foreach (object o in untyped) count++;
        Check(count == 3, 6);
        var list = new List<int> { 1, 2, 3 };
        var en = list.GetEnumerator();
        en.MoveNext();
        list[0] = 5;
        bool threw = false;
        try { en.MoveNext(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 7);
        return failed == 0 ? 100 : failed;
    }
}
