// SortedSet<T> beyond the basics: custom comparers (by length then ordinal, descending),
// views from GetViewBetween that track later changes and reject out-of-range adds, nested
// views, RemoveWhere, TryGetValue, set operations keeping order, and a large randomized run.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S<T>(IEnumerable<T> xs) => string.Join(",", xs);

    static int Main()
    {
        var byLen = new SortedSet<string>(Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b)))
            { "pear", "fig", "banana", "kiwi", "apple", "fig", "date" };
        Check(S(byLen) == "fig,date,kiwi,pear,apple,banana" && byLen.Count == 6, 1);
        Check(byLen.TryGetValue("kiwi", out var found) && found == "kiwi" && !byLen.TryGetValue("plum", out _), 2);
        var set = new SortedSet<int>(Enumerable.Range(0, 20).Select(i => i * 5));
        var view = set.GetViewBetween(20, 60);
        Check(S(view) == "20,25,30,35,40,45,50,55,60" && view.Min == 20 && view.Max == 60, 3);
        set.Add(22); set.Remove(40); set.Add(61); set.Add(-3);
        Check(view.Count == 9 && view.Contains(22) && !view.Contains(40) && !view.Contains(61), 4);
        view.Add(21);
        Check(set.Contains(21) && set.Count == 23 && view.Count == 10, 5);
        bool threw = false;
        try { view.Add(100); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 6);
        var inner = view.GetViewBetween(25, 35);
        Check(S(inner) == "25,30,35", 7);
        threw = false;
        try { view.GetViewBetween(10, 30); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 8);
        threw = false;
        try { set.GetViewBetween(9, 1); } catch (ArgumentException) { threw = true; }
        Check(threw, 9);
        Check(view.RemoveWhere(x => x % 2 == 1) == 5 && S(view) == "20,22,30,50,60" && !set.Contains(25), 10);
        view.Clear();
        Check(view.Count == 0 && set.Min == -3 && !set.Contains(30) && set.Contains(65), 11);
        Check(S(set.Reverse().Take(3)) == "95,90,85", 12);

        var desc = new SortedSet<int>(new[] { 4, 8, 1, 9 }, Comparer<int>.Create((a, b) => b.CompareTo(a)));
        Check(S(desc) == "9,8,4,1" && desc.Min == 9 && desc.Max == 1 && S(desc.GetViewBetween(8, 2)) == "8,4", 13);
        var a = new SortedSet<int> { 1, 3, 5, 7 };
        a.UnionWith(new[] { 6, 2, 2 });
        Check(S(a) == "1,2,3,5,6,7", 14);
        a.IntersectWith(new[] { 7, 5, 3, 100 });
        Check(S(a) == "3,5,7", 15);
        a.SymmetricExceptWith(new[] { 5, 9 });
        Check(S(a) == "3,7,9" && a.Overlaps(new[] { 9 }) && a.IsSubsetOf(new[] { 3, 7, 9, 11 }) && a.IsProperSupersetOf(new[] { 3 }), 16);
        Check(SortedSet<int>.CreateSetComparer().Equals(a, new SortedSet<int> { 9, 7, 3 }) && a.SetEquals(new[] { 9, 3, 7, 3 }), 17);

        var rng = new Random(12345);
        var big = new SortedSet<int>();
        var reference = new List<int>();
        for (int i = 0; i < 3000; i++)
        {
            int x = rng.Next(2000);
            if (big.Add(x)) reference.Add(x);
            if (i % 3 == 0) { int y = rng.Next(2000); if (big.Remove(y)) reference.Remove(y); }
        }
        reference.Sort();
        Check(big.SequenceEqual(reference) && big.Min == reference[0] && big.Max == reference[^1], 18);
        var mid = big.GetViewBetween(500, 999);
        Check(mid.Count == reference.Count(x => x >= 500 && x <= 999), 19);
        Console.WriteLine($"{big.Count} {big.Min} {big.Max} {mid.Count} {S(mid.Take(5))} {S(byLen.Reverse())}");
        return failed == 0 ? 100 : failed;
    }
}
