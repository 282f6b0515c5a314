// Generic methods: type inference, explicit type arguments, generic methods on generic
// classes (two levels of type parameters), recursion with growing instantiations bounded by
// depth, generic swap by ref, generic methods returning arrays and tuples, and typeof(T).
using System;
using System.Collections.Generic;

class Store<T>
{
    readonly List<T> items = new();
    public void Add(T item) => items.Add(item);
    public IEnumerable<(T, U)> Zip<U>(IEnumerable<U> other)
    {
        using var e = other.GetEnumerator();
        foreach (var i in items) { if (!e.MoveNext()) yield break; yield return (i, e.Current); }
    }
    public Dictionary<K, List<T>> GroupBy<K>(Func<T, K> key)
    {
        var d = new Dictionary<K, List<T>>();
        foreach (var i in items) { var k = key(i); if (!d.TryGetValue(k, out var l)) d[k] = l = new List<T>(); l.Add(i); }
        return d;
    }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static T[] Repeat<T>(T v, int n) { var a = new T[n]; for (int i = 0; i < n; i++) a[i] = v; return a; }
    static (T, T) Both<T>(T v) => (v, v);
    static string Name<T>() => typeof(T).Name;
    static int Depth<T>(int n) => n == 0 ? Name<T>().Length : Depth<List<T>>(n - 1);
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    static R Apply<T, R>(T x, Func<T, R> f) => f(x);
    static int CountOf<T>(IEnumerable<T> e, T value) { int c = 0; var eq = EqualityComparer<T>.Default; foreach (var x in e) if (eq.Equals(x, value)) c++; return c; }

    static int Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        string s1 = "x", s2 = "y";
        Swap(ref s1, ref s2);
        Check(a == 2 && b == 1 && s1 == "y" && s2 == "x", 1);
        Check(Repeat("ab", 3).Length == 3 && Repeat(7L, 2)[1] == 7L, 2);
        var (p, q) = Both(3.5);
        Check(p == 3.5 && q == 3.5, 3);
        Check(Name<int>() == "Int32" && Name<string>() == "String" && Name<List<int>>() == "List`1", 4);
        Check(Depth<int>(5) == "List`1".Length, 5);
        Check(Max(3, 7) == 7 && Max("pear", "apple") == "pear" && Max(2.5, -1.0) == 2.5, 6);
        Check(Apply(21, x => x * 2) == 42 && Apply("abc", s => s.Length) == 3, 7);
        Check(Apply<object, string>(5, o => o.GetType().Name) == "Int32", 8);
        Check(CountOf(new[] { 1, 2, 1, 1 }, 1) == 3 && CountOf(new[] { "a", null, "a" }, null) == 1, 9);
        var store = new Store<string>();
        foreach (var w in new[] { "one", "two", "three", "four" }) store.Add(w);
        int zipped = 0;
        foreach (var (w, n) in store.Zip(new[] { 1, 2, 3 })) zipped += w.Length * n;
        Check(zipped == 3 + 6 + 15, 10);
        var groups = store.GroupBy(w => w.Length);
        Check(groups.Count == 3 && groups[3].Count == 2 && groups[5][0] == "three", 11);
        return failed == 0 ? 100 : failed;
    }
}
