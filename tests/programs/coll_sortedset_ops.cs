// SortedSet<T>: ordered enumeration, Min/Max, GetViewBetween (live view, Count, Min/Max, adding
// out of range throws), Reverse, set operations, RemoveWhere, custom comparer (by length then
// ordinal), and views of views.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var s = new SortedSet<int> { 50, 10, 40, 20, 30, 60, 10 };
        Console.WriteLine($"{string.Join(",", s)} count={s.Count} min={s.Min} max={s.Max}");
        Check(s.Count == 6 && s.Min == 10 && s.Max == 60, 1);
        var view = s.GetViewBetween(20, 45);
        Console.WriteLine($"view {string.Join(",", view)} {view.Count} {view.Min} {view.Max}");
        Check(view.Count == 3 && view.Min == 20 && view.Max == 40, 2);
        s.Add(25); s.Add(5);
        Console.WriteLine($"view after add {string.Join(",", view)} {view.Count}");
        Check(view.Count == 4 && view.Contains(25) && !view.Contains(5), 3);
        view.Add(44);
        Check(s.Contains(44), 4);
        try { view.Add(99); Check(false, 5); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine("out of range: " + ex.GetType().Name); }
        var inner = view.GetViewBetween(25, 40);
        Console.WriteLine("inner " + string.Join(",", inner));
        Check(inner.Count == 3, 6);
        view.Remove(30);
        Check(!s.Contains(30) && !inner.Contains(30), 7);
        Console.WriteLine("reverse " + string.Join(",", s.Reverse()));
        Check(s.Reverse().First() == 60, 8);
        var other = new SortedSet<int> { 5, 6, 7, 60 };
        var u = new SortedSet<int>(s); u.UnionWith(other);
        var i = new SortedSet<int>(s); i.IntersectWith(other);
        var x = new SortedSet<int>(s); x.SymmetricExceptWith(other);
        Console.WriteLine($"U {string.Join(",", u)} I {string.Join(",", i)} X {string.Join(",", x)}");
        Check(i.Count == 2 && i.Min == 5 && u.Count == s.Count + 2, 9);
        int removed = s.RemoveWhere(v => v % 20 == 0);
        Console.WriteLine($"removed {removed}: {string.Join(",", s)}");
        Check(removed == 3, 10);
        var byLen = new SortedSet<string>(Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b)))
        { "ccc", "a", "bb", "aa", "b", "dddd", "bb" };
        Console.WriteLine(string.Join(" ", byLen));
        Check(byLen.Count == 6 && byLen.Min == "a" && byLen.Max == "dddd", 11);
        var twos = byLen.GetViewBetween("aa", "zz");
        Console.WriteLine(string.Join(" ", twos));
        Check(twos.Count == 2, 12);
        var empty = new SortedSet<int>();
        Console.WriteLine($"{empty.Min} {empty.Max} {empty.Count}");
        Check(empty.Min == 0 && empty.Max == 0, 13);
        Check(s.IsSubsetOf(Enumerable.Range(0, 100)) && s.Overlaps(new[] { 25 }), 14);
        Check(s.TryGetValue(25, out int got) && got == 25, 15);
        return failed == 0 ? 100 : failed;
    }
}
