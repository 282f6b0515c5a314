// Iterators (yield return / yield break): lazy evaluation order, infinite sequences consumed
// partially, iterator parameters captured at call time, IEnumerator<T> iterators driven
// manually, iterators as instance members reading fields, and re-enumeration.
using System;
using System.Collections;
using System.Collections.Generic;

class Range : IEnumerable<int>
{
    readonly int from, to;
    public Range(int f, int t) { from = f; to = t; }
    public IEnumerator<int> GetEnumerator() { for (int i = from; i < to; i++) yield return i; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";
    static IEnumerable<int> Logged(int n) { log += "s"; for (int i = 0; i < n; i++) { log += i; yield return i; } log += "e"; }
    static IEnumerable<long> Naturals() { long n = 0; while (true) yield return n++; }
    static IEnumerable<int> UpTo(int max) { foreach (var n in Naturals()) { if (n > max) yield break; yield return (int)n; } }
    static IEnumerator<string> Words() { yield return "a"; yield return "b"; }
    static IEnumerable<T> Repeat<T>(T v, int n) { while (n-- > 0) yield return v; }

    static int Main()
    {
        log = "";
        var seq = Logged(3);
        Check(log == "", 1);
        var e = seq.GetEnumerator();
        Check(e.MoveNext() && e.Current == 0 && log == "s0", 2);
        while (e.MoveNext()) { }
        Check(log == "s012e", 3);
        Check(!e.MoveNext(), 4);
        int sum = 0;
        foreach (var n in Naturals()) { if (n >= 100) break; sum += (int)n; }
        Check(sum == 4950, 5);
        int count = 0;
        foreach (var n in UpTo(9)) count++;
        Check(count == 10, 6);
        var w = Words();
        string s = "";
        while (w.MoveNext()) s += w.Current;
        Check(s == "ab", 7);
        var r = new Range(3, 7);
        int rs = 0;
        foreach (var v in r) rs += v;
        foreach (var v in r) rs += v;
        Check(rs == 36, 8);
        int rep = 0;
        foreach (var x in Repeat("xy", 4)) rep += x.Length;
        Check(rep == 8, 9);
        log = "";
        foreach (var _ in Logged(2)) { }
        foreach (var _ in Logged(1)) { }
        Check(log == "s01es0e", 10);
        IEnumerable<int> empty = Repeat(1, 0);
        Check(!empty.GetEnumerator().MoveNext(), 11);
        return failed == 0 ? 100 : failed;
    }
}
