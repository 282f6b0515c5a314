// GroupBy overloads: key only, key + element selector, key + result selector, key + element +
// result selectors, with a custom key comparer; group order follows first appearance, element
// order is preserved; query syntax `group ... by ... into`; ToLookup indexing of missing keys.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var words = new[] { "apple", "avocado", "Banana", "blueberry", "cherry", "Apricot", "beet", "corn" };
        foreach (var g in words.GroupBy(w => w.Length))
            Console.WriteLine($"{g.Key}: {string.Join(",", g)}");
        Check(words.GroupBy(w => w.Length).First().Key == 5, 1);
        var byFirst = words.GroupBy(w => char.ToLowerInvariant(w[0]), w => w.ToUpperInvariant());
        foreach (var g in byFirst) Console.WriteLine($"{g.Key} -> {string.Join(" ", g)} ({g.Count()})");
        Check(byFirst.Count() == 3 && byFirst.First().Count() == 3 && byFirst.First().ElementAt(2) == "APRICOT", 2);
        var summary = words.GroupBy(w => w.Length % 3, (k, items) => $"{k}:{items.Count()}:{items.Sum(i => i.Length)}");
        Console.WriteLine(string.Join(" ", summary));
        var full = words.GroupBy(w => w[0], w => w.Length, (k, lens) => new { k, Max = lens.Max(), Min = lens.Min() });
        foreach (var x in full) Console.WriteLine($"{x.k} {x.Max} {x.Min}");
        Check(full.Count() == 5, 3);
        var ci = words.GroupBy(w => w.Substring(0, 1), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" | ", ci.Select(g => g.Key + "=" + string.Join(",", g))));
        Check(ci.Count() == 3 && ci.First().Key == "a" && ci.First().Count() == 3, 4);
        var q = from w in words
                group w by w.Length > 5 into g
                orderby g.Key descending
                select new { Long = g.Key, N = g.Count(), First = g.First() };
        foreach (var r in q) Console.WriteLine($"{r.Long} {r.N} {r.First}");
        Check(q.First().Long && q.First().N == 5, 5);
        var nums = Enumerable.Range(1, 20);
        var q2 = from n in nums
                 group n * n by n % 4 into sq
                 where sq.Key != 0
                 select $"{sq.Key}=>{sq.Sum()}";
        Console.WriteLine(string.Join(" ", q2));
        Check(q2.Count() == 3, 6);
        var lookup = words.ToLookup(w => w.Length);
        Console.WriteLine($"{lookup.Count} {lookup[5].Count()} {lookup[42].Count()} {lookup.Contains(4)} {lookup.Contains(8)}");
        Check(lookup[42].Count() == 0 && lookup.Contains(4) && !lookup.Contains(8), 7);
        var ints = new[] { 1, 2, 1, 3, 2, 1 };
        var counted = ints.GroupBy(i => i).Select(g => (g.Key, g.Count())).OrderByDescending(t => t.Item2);
        Console.WriteLine(string.Join(" ", counted));
        Check(counted.First() == (1, 3), 8);
        var nullKeys = new[] { "a", null, "b", null }.GroupBy(s => s == null ? null : "x");
        Console.WriteLine(string.Join(" ", nullKeys.Select(g => (g.Key ?? "null") + g.Count())));
        Check(nullKeys.Count() == 2, 9);
        int evals = 0;
        var deferred = ints.Select(i => { evals++; return i; }).GroupBy(i => i);
        Console.WriteLine($"before {evals}");
        var cnt = deferred.Count();
        Console.WriteLine($"after {evals} groups {cnt}");
        Check(evals == 6 && cnt == 3, 10);
        return failed == 0 ? 100 : failed;
    }
}
