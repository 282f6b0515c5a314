// LINQ grouping in depth: GroupBy key order (first occurrence), element and result selectors,
// key comparers (case-insensitive), null keys, nested grouping, ToLookup indexing of missing
// keys and Contains, CountBy, AggregateBy, Index(), and deferred re-evaluation of GroupBy.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string[] words = { "Apple", "avocado", "banana", "Blueberry", "cherry", "apricot", "BANANA", null, "coconut", null };
        var byFirst = words.Where(w => w != null).GroupBy(w => char.ToLowerInvariant(w[0]));
        foreach (var g in byFirst) Console.WriteLine($"{g.Key}: {string.Join(",", g)}");
        Check(string.Concat(byFirst.Select(g => g.Key)) == "abc", 1);

        var ci = words.Where(w => w != null).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        Check(ci.Count == 1 && ci[0].Key == "banana" && ci[0].Last() == "BANANA", 2);
        var withNull = words.GroupBy(w => w?.Length).ToList();
        Check(withNull.Any(g => g.Key == null && g.Count() == 2) && withNull[0].Key == 5, 3);
        var lens = words.Where(w => w != null).GroupBy(w => w.Length, w => w.ToUpperInvariant(), (len, ws) => $"{len}={ws.Count()}");
        Console.WriteLine(string.Join(" ", lens));

        var lookup = words.Where(w => w != null).ToLookup(w => w.Length % 3);
        Check(lookup.Count == 3 && lookup.Contains(0) && lookup[0].Count() == 4 && lookup[2].Single() == "Apple" && !lookup.Contains(7) && !lookup[7].Any(), 4);
        Console.WriteLine(string.Join(" | ", lookup.Select(g => g.Key + ":" + string.Join(",", g))));
        var nullLookup = words.ToLookup(w => w);
        Check(nullLookup[null].Count() == 2 && nullLookup["banana"].Single() == "banana", 5);
        var ciLookup = words.Where(w => w != null).ToLookup(w => w.Substring(0, 2), StringComparer.OrdinalIgnoreCase);
        Check(ciLookup["AP"].Count() == 2 && ciLookup["bl"].Single() == "Blueberry", 6);

        var sales = new[] { ("north", "q1", 10), ("south", "q1", 4), ("north", "q2", 7), ("north", "q1", 3), ("south", "q2", 8), ("east", "q2", 1) };
        var nested = sales.GroupBy(s => s.Item1).Select(g => (Region: g.Key, Quarters: g.GroupBy(s => s.Item2).Select(q => (q.Key, q.Sum(s => s.Item3)))));
        foreach (var (region, quarters) in nested) Console.WriteLine(region + " " + string.Join(" ", quarters));
        var counts = sales.CountBy(s => s.Item2).ToList();
        Check(counts.Count == 2 && counts[0].Key == "q1" && counts[0].Value == 3 && counts[1].Value == 3, 7);
        var totals = sales.AggregateBy(s => s.Item1, 0, (acc, s) => acc + s.Item3).ToDictionary(kv => kv.Key, kv => kv.Value);
        Check(totals["north"] == 20 && totals["south"] == 12 && totals["east"] == 1, 8);
        var maxes = sales.AggregateBy(s => s.Item2, s => int.MinValue, (acc, s) => Math.Max(acc, s.Item3));
        Console.WriteLine(string.Join(" ", maxes));
        Check(string.Join(",", sales.Index().Where(p => p.Item.Item3 > 5).Select(p => p.Index)) == "0,2,4", 9);

        var source = new List<int> { 1, 2, 3 };
        var grouped = source.GroupBy(x => x % 2);
        Check(grouped.Count() == 2, 10);
        source.Add(5); source.Add(4);
        Check(grouped.First(g => g.Key == 1).Count() == 3 && grouped.Sum(g => g.Count()) == 5, 11);
        var emptyGroups = Array.Empty<int>().GroupBy(x => x);
        Check(!emptyGroups.Any() && Array.Empty<string>().ToLookup(x => x).Count == 0, 12);
        IGrouping<int, int> first = Enumerable.Range(1, 10).GroupBy(x => x / 4).First();
        Check(first.Key == 0 && first.Sum() == 6 && first is IEnumerable<int>, 13);
        var dict = Enumerable.Range(1, 10).GroupBy(x => x % 3).ToDictionary(g => g.Key, g => g.ToArray());
        Check(dict[0].Length == 3 && dict[1].Length == 4 && dict[2].Sum() == 15, 14);
        return failed == 0 ? 100 : failed;
    }
}
