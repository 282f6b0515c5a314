// HashSet<T> and SortedSet<T>: Add returning false on duplicates, Contains, Remove, set
// operations (UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith), subset/superset
// tests, SetEquals, custom comparers, and SortedSet ordering with Min/Max/GetViewBetween.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var s = new HashSet<int>();
        Check(s.Add(1) && s.Add(2) && !s.Add(1) && s.Count == 2, 1);
        Check(s.Contains(2) && !s.Contains(3) && s.Remove(2) && !s.Remove(2), 2);
        var a = new HashSet<int> { 1, 2, 3, 4 };
        var b = new HashSet<int> { 3, 4, 5 };
        var u = new HashSet<int>(a); u.UnionWith(b);
        var i = new HashSet<int>(a); i.IntersectWith(b);
        var e = new HashSet<int>(a); e.ExceptWith(b);
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b);
        Check(u.Count == 5 && i.Count == 2 && i.Contains(3) && e.Count == 2 && e.Contains(1) && x.Count == 3 && x.Contains(5), 3);
        Check(i.IsSubsetOf(a) && a.IsSupersetOf(i) && i.IsProperSubsetOf(a) && !a.IsSubsetOf(b), 4);
        Check(a.Overlaps(b) && !e.Overlaps(b) && new HashSet<int> { 4, 3 }.SetEquals(i), 5);
        var ci = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "A", "b" };
        Check(!ci.Add("a") && ci.Contains("B"), 6);
        var many = new HashSet<long>();
        for (long k = 0; k < 50_000; k++) many.Add(k * k);
        Check(many.Count == 50_000 && many.Contains(49_999L * 49_999L) && !many.Contains(2), 7);
        var ss = new SortedSet<int> { 5, 1, 9, 3, 7, 1 };
        Check(ss.Count == 5 && ss.Min == 1 && ss.Max == 9, 8);
        string order = "";
        foreach (var v in ss) order += v;
        Check(order == "13579", 9);
        var view = ss.GetViewBetween(3, 7);
        Check(view.Count == 3 && view.Min == 3, 10);
        var rev = "";
        foreach (var v in ss.Reverse()) rev += v;
        Check(rev == "97531", 11);
        var tuples = new HashSet<(int, string)> { (1, "a"), (1, "a"), (2, "a") };
        Check(tuples.Count == 2, 12);
        return failed == 0 ? 100 : failed;
    }
}
