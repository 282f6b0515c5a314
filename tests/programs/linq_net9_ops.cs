// Newer LINQ operators: CountBy and AggregateBy (with seed and seed factory, custom comparer),
// Index (value with position), plus Order, Chunk, and DistinctBy combined in small pipelines;
// group order follows first appearance of each key.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var words = "the quick brown fox jumps over the lazy dog the end".Split(' ');
        var counts = words.CountBy(w => w);
        Console.WriteLine(string.Join(" ", counts.Select(kv => $"{kv.Key}={kv.Value}")));
        Check(counts.First().Key == "the" && counts.First().Value == 3 && counts.Count() == 9, 1);
        var byLen = words.CountBy(w => w.Length);
        Console.WriteLine(string.Join(" ", byLen));
        Check(byLen.First().Equals(new KeyValuePair<int, int>(3, 6)), 2);
        var ci = new[] { "A", "a", "B", "b", "b" }.CountBy(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci));
        Check(ci.Count() == 2 && ci.Last().Value == 3, 3);
        var sales = new[] { ("north", 10), ("south", 5), ("north", 7), ("east", 1), ("south", 2) };
        var totals = sales.AggregateBy(s => s.Item1, 0, (acc, s) => acc + s.Item2);
        Console.WriteLine(string.Join(" ", totals));
        Check(totals.First().Value == 17 && totals.Count() == 3, 4);
        var lists = sales.AggregateBy(s => s.Item1, key => key.ToUpperInvariant() + ":", (acc, s) => acc + s.Item2 + ";");
        Console.WriteLine(string.Join(" ", lists.Select(kv => kv.Value)));
        Check(lists.Last().Value == "EAST:1;", 5);
        var ciAgg = new[] { ("X", 1), ("x", 2) }.AggregateBy(t => t.Item1, 10, (a, t) => a * t.Item2, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ciAgg));
        Check(ciAgg.Single().Value == 20 && ciAgg.Single().Key == "X", 6);
        foreach (var (index, item) in new[] { "zero", "one", "two" }.Index())
            Console.Write($"{index}:{item} ");
        Console.WriteLine();
        var idx = Enumerable.Range(10, 5).Index().Where(t => t.Index % 2 == 0).Select(t => t.Item);
        Console.WriteLine(string.Join(",", idx));
        Check(string.Join(",", idx) == "10,12,14", 7);
        var idx2 = words.Index().Where(p => p.Item == "the").Select(p => p.Index);
        Console.WriteLine(string.Join(",", idx2));
        Check(string.Join(",", idx2) == "0,6,9", 8);
        int evals = 0;
        var lazy = words.Select(w => { evals++; return w; }).CountBy(w => w[0]);
        Console.WriteLine($"evals before {evals}");
        var firstGroup = lazy.First();
        Console.WriteLine($"evals after {evals} first {firstGroup}");
        Check(evals == words.Length && firstGroup.Key == 't', 9);
        var empty = Array.Empty<int>().CountBy(x => x);
        Console.WriteLine(empty.Count());
        var top = words.CountBy(w => w).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(3);
        Console.WriteLine(string.Join(" ", top));
        Check(top.First().Key == "the" && top.ElementAt(1).Key == "brown", 10);
        return failed == 0 ? 100 : failed;
    }
}
