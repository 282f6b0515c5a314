// List<T>: Add/Insert/Remove/RemoveAt/RemoveAll/RemoveRange, indexer and bounds, Contains,
// IndexOf, Sort (default and comparison), BinarySearch, Reverse, capacity growth, ToArray,
// GetRange, ForEach, enumerator invalidation on modification, and lists of structs.
using System;
using System.Collections.Generic;

struct P { public int X; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var l = new List<int>();
        for (int i = 0; i < 1000; i++) l.Add(i);
        Check(l.Count == 1000 && l.Capacity >= 1000 && l[999] == 999, 1);
        l.Insert(0, -1);
        l.RemoveAt(1);
        Check(l[0] == -1 && l[1] == 1, 2);
        Check(l.Remove(500) && !l.Remove(5000) && l.Count == 999, 3);
        Check(l.RemoveAll(x => x % 2 == 0) == 498 && l.Count == 501, 4);
        l.RemoveRange(0, 100);
        Check(l.Count == 401 && l[0] == 199, 5);
        Check(l.Contains(999) && !l.Contains(2) && l.IndexOf(203) == 2, 6);
        bool threw = false;
        try { var x = l[401]; } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 7);
        var words = new List<string> { "pear", "fig", "apple", "kiwi" };
        words.Sort();
        Check(words[0] == "apple" && words[3] == "pear", 8);
        words.Sort((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
        Check(words[0] == "fig" && words[1] == "kiwi" && words[3] == "apple", 9);
        var sorted = new List<int> { 1, 3, 5, 7, 9 };
        Check(sorted.BinarySearch(7) == 3 && sorted.BinarySearch(4) == ~2, 10);
        sorted.Reverse();
        Check(sorted[0] == 9 && sorted.ToArray().Length == 5, 11);
        var range = sorted.GetRange(1, 3);
        Check(range.Count == 3 && range[0] == 7, 12);
        int sum = 0;
        sorted.ForEach(x => sum += x);
        Check(sum == 25, 13);
        threw = false;
        try { foreach (var x in sorted) if (x == 5) sorted.Add(11); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 14);
        var ps = new List<P> { new P { X = 1 } };
        var p = ps[0]; p.X = 9;
        Check(ps[0].X == 1, 15);
        var cs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ps);
        cs[0].X = 9;
        Check(ps[0].X == 9, 16);
        Check(new List<int>(new[] { 3, 4 }).TrueForAll(x => x > 2) && l.Exists(x => x == 201), 17);
        l.Clear();
        Check(l.Count == 0, 18);
        return failed == 0 ? 100 : failed;
    }
}
