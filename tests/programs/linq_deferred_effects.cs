// Deferred vs immediate execution observed through side effects: the interleaving of Where/Select
// callbacks, re-enumeration running the pipeline again, ToList/ToArray/ToDictionary/ToHashSet
// snapshots, captured variables changed after query creation, and OrderBy buffering everything.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly List<string> log = new();

    static int Main()
    {
        var src = new[] { 1, 2, 3, 4 };
        var q = src.Where(x => { log.Add("w" + x); return x % 2 == 0; }).Select(x => { log.Add("s" + x); return x * 10; });
        Console.WriteLine("created, log=" + log.Count);
        Check(log.Count == 0, 1);
        foreach (var v in q) log.Add("got" + v);
        Console.WriteLine(string.Join(" ", log));
        Check(string.Join(" ", log) == "w1 w2 s2 got20 w3 w4 s4 got40", 2);
        log.Clear();
        var count = q.Count();
        Console.WriteLine($"{count} {string.Join(" ", log)}");
        Check(log.Count == 6, 3);
        log.Clear();
        var ordered = src.Select(x => { log.Add("p" + x); return x; }).OrderByDescending(x => x).Select(x => { log.Add("o" + x); return x; });
        using (var e = ordered.GetEnumerator())
        {
            e.MoveNext();
            Console.WriteLine($"after first MoveNext: {string.Join(" ", log)}");
            Check(log.Count == 5 && log[4] == "o4", 4);
        }
        int threshold = 2;
        var captured = src.Where(x => x > threshold);
        threshold = 3;
        Console.WriteLine(string.Join(",", captured));
        Check(captured.Single() == 4, 5);
        var list = new List<int> { 1, 2 };
        var lazy = list.Select(x => x * 2);
        var snap = lazy.ToList();
        var arr = lazy.ToArray();
        var dict = list.ToDictionary(x => x, x => x.ToString());
        var set = list.ToHashSet();
        list.Add(3);
        Console.WriteLine($"lazy={string.Join(",", lazy)} snap={string.Join(",", snap)} arr={arr.Length} dict={dict.Count} set={set.Count}");
        Check(lazy.Count() == 3 && snap.Count == 2 && arr.Length == 2 && dict.Count == 2 && set.Count == 2, 6);
        int gen = 0;
        IEnumerable<int> Numbers() { gen++; for (int i = 0; i < 3; i++) yield return i; }
        var numsQ = Numbers().Select(x => x + 1);
        Console.WriteLine($"gen before {gen}");
        numsQ.ToList(); numsQ.Sum(); numsQ.Any();
        Console.WriteLine($"gen after three operators {gen}");
        Check(gen == 3, 7);
        log.Clear();
        var anyHit = src.Select(x => { log.Add("a" + x); return x; }).Any(x => x == 2);
        var allHit = src.Select(x => { log.Add("b" + x); return x; }).All(x => x < 2);
        var contains = src.Select(x => { log.Add("c" + x); return x; }).Contains(3);
        Console.WriteLine(string.Join(" ", log));
        Check(string.Join(" ", log) == "a1 a2 b1 b2 c1 c2 c3", 8);
        bool threw = false;
        var bad = src.Select(x => 10 / (x - 3));
        Console.WriteLine("bad query built");
        try { foreach (var x in bad) Console.WriteLine("item " + x); }
        catch (DivideByZeroException) { threw = true; Console.WriteLine("threw during enumeration"); }
        Check(threw, 9);
        log.Clear();
        var lookup = src.Select(x => { log.Add("l" + x); return x; }).ToLookup(x => x % 2);
        Console.WriteLine($"{string.Join(" ", log)} {lookup[0].Count()}");
        Check(log.Count == 4, 10);
        return failed == 0 ? 100 : failed;
    }
}
