// HashSet<T> set algebra: UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith, subset and
// superset tests (proper and not), Overlaps, SetEquals, RemoveWhere, Add return values, custom
// comparer (case-insensitive strings), and sorted printing of the results.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S(IEnumerable<int> s) => "{" + string.Join(",", s.OrderBy(x => x)) + "}";

    static int Main()
    {
        var a = new HashSet<int> { 1, 2, 3, 4, 5 };
        var b = new HashSet<int> { 4, 5, 6, 7 };
        Check(a.Add(6) && !a.Add(6) && a.Remove(6) && !a.Remove(6), 1);
        var u = new HashSet<int>(a); u.UnionWith(b);
        var i = new HashSet<int>(a); i.IntersectWith(b);
        var e = new HashSet<int>(a); e.ExceptWith(b);
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b);
        Console.WriteLine($"union {S(u)} inter {S(i)} except {S(e)} sym {S(x)}");
        Check(S(u) == "{1,2,3,4,5,6,7}" && S(i) == "{4,5}" && S(e) == "{1,2,3}" && S(x) == "{1,2,3,6,7}", 2);
        var small = new HashSet<int> { 2, 3 };
        Console.WriteLine($"{small.IsSubsetOf(a)} {small.IsProperSubsetOf(a)} {a.IsSupersetOf(small)} {a.IsProperSupersetOf(a)} {a.IsSubsetOf(a)}");
        Check(small.IsSubsetOf(a) && small.IsProperSubsetOf(a) && a.IsSupersetOf(small) && !a.IsProperSupersetOf(a) && a.IsSubsetOf(a), 3);
        Console.WriteLine($"{a.Overlaps(b)} {small.Overlaps(b)} {a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 })} {a.SetEquals(b)}");
        Check(a.Overlaps(b) && !small.Overlaps(b) && a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 }) && !a.SetEquals(b), 4);
        var big = new HashSet<int>(Enumerable.Range(0, 1000));
        int rem = big.RemoveWhere(n => n % 3 != 0);
        Console.WriteLine($"removed {rem} left {big.Count} has999 {big.Contains(999)} has998 {big.Contains(998)}");
        Check(rem == 666 && big.Count == 334 && big.Contains(999), 5);
        var withList = new HashSet<int> { 1, 2 };
        withList.UnionWith(new List<int> { 2, 3, 3, 4 });
        withList.IntersectWith(new[] { 1, 3, 4, 9 });
        withList.ExceptWith(new[] { 4 });
        Console.WriteLine(S(withList));
        Check(S(withList) == "{1,3}", 6);
        var ci = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Alpha", "beta" };
        Check(!ci.Add("ALPHA") && ci.Contains("BETA") && ci.Count == 2, 7);
        ci.UnionWith(new[] { "GAMMA", "Beta", "delta" });
        Console.WriteLine(string.Join(",", ci.OrderBy(s => s, StringComparer.OrdinalIgnoreCase)));
        Check(ci.Count == 4, 8);
        Check(ci.TryGetValue("alpha", out var actual) && actual == "Alpha", 9);
        var empty = new HashSet<int>();
        Check(empty.IsSubsetOf(a) && !empty.IsProperSupersetOf(a) && !empty.Overlaps(a) && empty.SetEquals(new int[0]), 10);
        var sym = new HashSet<int> { 1, 2 };
        sym.SymmetricExceptWith(new[] { 2, 2, 3 });
        Console.WriteLine(S(sym));
        Check(S(sym) == "{1,3}", 11);
        var copy = new int[5];
        a.CopyTo(copy);
        Console.WriteLine(S(copy));
        Check(copy.Sum() == 15, 12);
        a.Clear();
        Check(a.Count == 0 && !a.Contains(1), 13);
        Console.WriteLine(a.EnsureCapacity(100) >= 100);
        return failed == 0 ? 100 : failed;
    }
}
