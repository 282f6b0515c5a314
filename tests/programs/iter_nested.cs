// Nested iterators: iterators consuming other iterators (flatten, filter, map, zip), recursive
// iterators over a tree, iterators in generic classes, and a pipeline of lazy stages with the
// evaluation interleaving checked through a log.
using System;
using System.Collections.Generic;

class Tree<T>
{
    public T Value;
    public List<Tree<T>> Children = new();
    public Tree(T v, params Tree<T>[] kids) { Value = v; Children.AddRange(kids); }
    public IEnumerable<T> PreOrder()
    {
        yield return Value;
        foreach (var c in Children) foreach (var v in c.PreOrder()) yield return v;
    }
    public IEnumerable<T> PostOrder()
    {
        foreach (var c in Children) foreach (var v in c.PostOrder()) yield return v;
        yield return Value;
    }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";
    static IEnumerable<int> Source(int n) { for (int i = 1; i <= n; i++) { log += "s" + i; yield return i; } }
    static IEnumerable<int> Where(IEnumerable<int> e, Func<int, bool> p) { foreach (var x in e) if (p(x)) { log += "w" + x; yield return x; } }
    static IEnumerable<R> Map<T, R>(IEnumerable<T> e, Func<T, R> f) { foreach (var x in e) yield return f(x); }
    static IEnumerable<T> Flatten<T>(IEnumerable<IEnumerable<T>> ee) { foreach (var e in ee) foreach (var x in e) yield return x; }
    static IEnumerable<(A, B)> Zip<A, B>(IEnumerable<A> a, IEnumerable<B> b)
    {
        using var ea = a.GetEnumerator();
        using var eb = b.GetEnumerator();
        while (ea.MoveNext() && eb.MoveNext()) yield return (ea.Current, eb.Current);
    }

    static int Main()
    {
        log = "";
        var pipe = Map(Where(Source(5), x => x % 2 == 1), x => x * 10);
        var got = new List<int>(pipe);
        Check(got.Count == 3 && got[2] == 50, 1);
        Check(log == "s1w1s2s3w3s4s5w5", 2);
        var t = new Tree<int>(1, new Tree<int>(2, new Tree<int>(4), new Tree<int>(5)), new Tree<int>(3, new Tree<int>(6)));
        Check(string.Join(",", t.PreOrder()) == "1,2,4,5,3,6", 3);
        Check(string.Join(",", t.PostOrder()) == "4,5,2,6,3,1", 4);
        var flat = new List<int>(Flatten(new[] { new[] { 1, 2 }, new int[0], new[] { 3 } }));
        Check(flat.Count == 3 && flat[2] == 3, 5);
        int zs = 0;
        foreach (var (a, b) in Zip(Source(10), new[] { "x", "yy", "zzz" })) zs += a * b.Length;
        Check(zs == 1 + 4 + 9, 6);
        var deep = new Tree<string>("r");
        var cur = deep;
        for (int i = 0; i < 50; i++) { var n = new Tree<string>("n" + i); cur.Children.Add(n); cur = n; }
        int cnt = 0;
        foreach (var _ in deep.PreOrder()) cnt++;
        Check(cnt == 51, 7);
        return failed == 0 ? 100 : failed;
    }
}
