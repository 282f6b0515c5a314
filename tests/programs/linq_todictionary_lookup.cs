// LINQ materializers: ToDictionary (key, key+element, comparer, duplicate key exception and its
// message, from KeyValuePairs and tuples), ToLookup with element selector and comparer,
// ToHashSet with comparer, ToList/ToArray independence, and Lookup enumeration order.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var fruits = new[] { "apple", "Banana", "cherry", "avocado", "blueberry" };
        var d1 = fruits.ToDictionary(f => f);
        var d2 = fruits.ToDictionary(f => f.ToUpperInvariant(), f => f.Length);
        Console.WriteLine($"{d1.Count} {d2["BANANA"]} {string.Join(",", d2.Keys)}");
        Check(d2["BANANA"] == 6 && d2.Keys.First() == "APPLE", 1);
        try { fruits.ToDictionary(f => f[0]); Check(false, 2); }
        catch (ArgumentException ex) { Console.WriteLine($"{ex.GetType().Name}: {ex.Message}"); }
        try { fruits.ToDictionary(f => f.Substring(0, 1), StringComparer.OrdinalIgnoreCase); Check(false, 3); }
        catch (ArgumentException ex) { Console.WriteLine($"{ex.GetType().Name}: {ex.Message}"); }
        var ci = fruits.ToDictionary(f => f, StringComparer.OrdinalIgnoreCase);
        Check(ci.ContainsKey("BANANA") && ci["CHERRY"] == "cherry", 4);
        var kvs = new[] { KeyValuePair.Create(1, "one"), KeyValuePair.Create(2, "two") }.ToDictionary();
        var tuples = new[] { (3, "three"), (4, "four") }.ToDictionary();
        Console.WriteLine($"{kvs[2]} {tuples[4]} {kvs.Count + tuples.Count}");
        Check(kvs[2] == "two" && tuples[4] == "four", 5);
        try { fruits.ToDictionary(f => (string)null); Check(false, 6); }
        catch (ArgumentNullException ex) { Console.WriteLine($"{ex.GetType().Name} {ex.ParamName}"); }
        var lk = fruits.ToLookup(f => f[0], f => f.Length);
        foreach (var g in lk) Console.Write($"{g.Key}:[{string.Join(",", g)}] ");
        Console.WriteLine();
        Check(lk.Count == 4 && lk['b'].Single() == 9 && lk['a'].Sum() == 12, 7);
        var lkci = fruits.ToLookup(f => f.Substring(0, 1), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine($"{lkci.Count} {string.Join(",", lkci["B"])} {lkci["z"].Any()}");
        Check(lkci.Count == 3 && lkci["B"].Count() == 2, 8);
        var hs = new[] { "x", "X", "y" }.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine($"{hs.Count} {hs.Contains("Y")}");
        Check(hs.Count == 2, 9);
        var src = new List<int> { 1, 2, 3 };
        var l = src.ToList(); var a = src.ToArray();
        l[0] = 100; a[1] = 200;
        Console.WriteLine($"{src[0]} {src[1]} {l[0]} {a[1]}");
        Check(src[0] == 1 && src[1] == 2, 10);
        var nullKeyLookup = new[] { "a", null, "b", null }.ToLookup(s => s);
        Console.WriteLine($"{nullKeyLookup.Count} {nullKeyLookup[null].Count()}");
        Check(nullKeyLookup[null].Count() == 2, 11);
        var groupsLookup = Enumerable.Range(1, 10).ToLookup(i => i % 3);
        Console.WriteLine(string.Join(" ", groupsLookup.Select(g => $"{g.Key}={string.Join(",", g)}")));
        Check(groupsLookup.First().Key == 1, 12);
        var dictOfLists = groupsLookup.ToDictionary(g => g.Key, g => g.ToList());
        Console.WriteLine(dictOfLists[0].Count);
        Check(dictOfLists[0].Count == 3, 13);
        return failed == 0 ? 100 : failed;
    }
}
