// SortedDictionary<K,V> and SortedList<K,V>: ordered enumeration, custom comparers (descending),
// Keys/Values collections, IndexOfKey and positional access in SortedList, removal while
// keeping order, and ordering of string keys with ordinal comparison.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var sd = new SortedDictionary<int, string> { [5] = "e", [1] = "a", [3] = "c" };
        sd[2] = "b"; sd[4] = "d";
        string order = "";
        foreach (var kv in sd) order += kv.Value;
        Check(order == "abcde", 1);
        sd.Remove(3);
        order = string.Concat(sd.Values);
        Check(order == "abde" && sd.Count == 4, 2);
        var desc = new SortedDictionary<string, int>(Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a))) { ["apple"] = 1, ["cherry"] = 3, ["banana"] = 2 };
        Check(string.Join(",", desc.Keys) == "cherry,banana,apple", 3);
        var sl = new SortedList<string, int>(StringComparer.Ordinal) { ["b"] = 2, ["a"] = 1, ["C"] = 3 };
        Check(sl.Keys[0] == "C" && sl.Values[1] == 1 && sl.IndexOfKey("b") == 2, 4);
        sl.RemoveAt(0);
        Check(sl.Count == 2 && sl.Keys[0] == "a", 5);
        Check(sl.TryGetValue("b", out var v) && v == 2 && !sl.ContainsKey("C"), 6);
        var big = new SortedDictionary<int, int>();
        var rng = new Random(3);
        for (int i = 0; i < 2000; i++) big[rng.Next(100000)] = i;
        int prev = int.MinValue; bool sorted = true;
        foreach (var k in big.Keys) { if (k <= prev) sorted = false; prev = k; }
        Check(sorted && big.Count > 1900, 7);
        bool threw = false;
        try { sl.Add("a", 9); } catch (ArgumentException) { threw = true; }
        Check(threw, 8);
        return failed == 0 ? 100 : failed;
    }
}
