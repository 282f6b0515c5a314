// LINQ materialization and ordering helpers: ToDictionary (selectors, comparers, duplicate keys
// throwing, from KeyValuePairs and tuples), ToHashSet with comparers, Distinct/DistinctBy keeping
// first occurrences, Order/OrderDescending, OrderBy with a comparer, and stable multi-key sorts.
using System;
using System.Collections.Generic;
using System.Linq;

record Item(string Name, string Kind, int Rank);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S<T>(IEnumerable<T> xs) => string.Join(",", xs);

    static int Main()
    {
        var items = new List<Item>
        {
            new("b", "x", 2), new("A", "y", 1), new("c", "x", 2), new("a", "x", 3), new("D", "y", 2), new("e", "z", 1), new("B", "y", 1),
        };
        var byName = items.ToDictionary(i => i.Name);
        Check(byName.Count == 7 && byName["a"].Rank == 3 && byName["A"].Rank == 1, 1);
        bool threw = false;
        try { items.ToDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase); } catch (ArgumentException) { threw = true; }
        Check(threw, 2);
        var ranks = items.DistinctBy(i => i.Name.ToLowerInvariant()).ToDictionary(i => i.Name, i => i.Rank, StringComparer.OrdinalIgnoreCase);
        Check(ranks.Count == 5 && ranks["B"] == 2 && ranks["a"] == 1, 3);
        var fromPairs = new[] { KeyValuePair.Create(1, "one"), KeyValuePair.Create(2, "two") }.ToDictionary();
        var fromTuples = new[] { (3, "three"), (4, "four") }.ToDictionary();
        Check(fromPairs[2] == "two" && fromTuples[3] == "three" && fromTuples.Count == 2, 4);
        var set = items.Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Check(set.Count == 5 && set.Contains("d") && items.Select(i => i.Rank).ToHashSet().SetEquals(new[] { 1, 2, 3 }), 5);

        Check(S(items.Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase)) == "b,A,c,D,e", 6);
        Check(S(items.DistinctBy(i => i.Kind).Select(i => i.Name)) == "b,A,e" && S(new[] { 3, 1, 3, 2, 1 }.Distinct()) == "3,1,2", 7);
        Check(S(new[] { 5, 3, 9, 1 }.Order()) == "1,3,5,9" && S(new[] { "b", "a", "C" }.OrderDescending(StringComparer.Ordinal)) == "b,a,C" && S(new[] { 2.5, -1, 9 }.OrderDescending()) == "9,2.5,-1", 8);
        Check(S(items.Select(i => i.Name).Order(StringComparer.OrdinalIgnoreCase)) == "A,a,b,B,c,D,e", 9);
        Check(S(items.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => i.Name)) == "A,B,D,a,b,c,e", 10);
        var stable = items.OrderBy(i => i.Rank).Select(i => i.Name);
        Check(S(stable) == "A,e,B,b,c,D,a", 11);
        var stableDesc = items.OrderByDescending(i => i.Rank).Select(i => i.Name);
        Check(S(stableDesc) == "a,b,c,D,A,e,B", 12);
        var multi = items.OrderBy(i => i.Kind).ThenByDescending(i => i.Rank).ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Select(i => i.Name);
        Check(S(multi) == "a,b,c,D,A,B,e", 13);
        var reordered = items.OrderBy(i => i.Rank).OrderBy(i => i.Kind).Select(i => i.Name);
        Check(S(reordered) == "b,c,a,A,B,D,e", 14);
        Check(items.OrderBy(i => i.Rank).First().Name == "A" && items.OrderByDescending(i => i.Name, StringComparer.Ordinal).Last().Name == "A", 15);
        Check(S(items.OrderBy(i => i.Rank).Skip(2).Take(3).Select(i => i.Name)) == "B,b,c", 16);
        Check(S(items.OrderBy(i => -i.Rank).ThenBy(i => i.Name).Reverse().Select(i => i.Rank)) == "1,1,1,2,2,2,3", 17);
        int calls = 0;
        var keyed = Enumerable.Range(0, 50).Select(i => (i * 37) % 50).OrderBy(x => { calls++; return x; }).ToList();
        Check(keyed[0] == 0 && keyed[49] == 49 && calls == 50, 18);
        var nested = items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => i.Name).ToList());
        foreach (var kv in nested.OrderBy(kv => kv.Key)) Console.WriteLine(kv.Key + ": " + S(kv.Value));
        Console.WriteLine(S(items.OrderBy(i => i.Name.ToUpperInvariant()).ThenBy(i => i.Name, StringComparer.Ordinal).Select(i => i.Name + i.Rank)));
        Console.WriteLine(S(items.OrderByDescending(i => i.Kind).ThenBy(i => i.Rank).Select(i => i.Name)));
        return failed == 0 ? 100 : failed;
    }
}
