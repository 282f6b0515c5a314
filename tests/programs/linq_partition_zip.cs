// LINQ partitioning and pairing: Chunk (exact and ragged), Zip of two and three sequences of
// different lengths and with a result selector, Take/Skip with ranges, TakeLast/SkipLast,
// TakeWhile/SkipWhile with index, ElementAt/ElementAtOrDefault with ^ indexes, running Aggregate.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S<T>(IEnumerable<T> xs) => string.Join(",", xs);

    static IEnumerable<int> Gen(int n) { for (int i = 1; i <= n; i++) yield return i * i; }

    static int Main()
    {
        var nums = Enumerable.Range(1, 10).ToArray();
        var chunks = nums.Chunk(3).ToList();
        Console.WriteLine(string.Join(" | ", chunks.Select(c => S(c))));
        Check(chunks.Count == 4 && chunks[3].Length == 1 && chunks[2][2] == 9, 1);
        Check(nums.Chunk(5).Count() == 2 && nums.Chunk(20).Single().Length == 10 && !Array.Empty<int>().Chunk(2).Any(), 2);
        bool threw = false;
        try { nums.Chunk(0).ToList(); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 3);
        Check(S(Gen(7).Chunk(2).Select(c => c.Sum())) == "5,25,61,49", 4);

        string[] names = { "a", "b", "c", "d" };
        Check(S(nums.Zip(names)) == "(1, a),(2, b),(3, c),(4, d)", 5);
        Check(S(names.Zip(nums, (n, i) => n + i)) == "a1,b2,c3,d4", 6);
        var triples = nums.Zip(names, new[] { true, false, true });
        Check(S(triples) == "(1, a, True),(2, b, False),(3, c, True)", 7);
        Check(S(nums.Zip(nums.Skip(1), (x, y) => x * y).Take(4)) == "2,6,12,20", 8);

        Check(S(nums.Take(2..5)) == "3,4,5" && S(nums.Take(^3..)) == "8,9,10" && S(nums.Take(..^8)) == "1,2", 9);
        Check(S(Gen(6).Take(^4..^1)) == "9,16,25" && !nums.Take(5..2).Any(), 10);
        Check(S(nums.TakeLast(3)) == "8,9,10" && S(nums.SkipLast(7)) == "1,2,3" && S(Gen(5).TakeLast(2)) == "16,25", 11);
        Check(S(nums.Take(-1)) == "" && S(nums.Skip(100)) == "" && S(nums.Skip(-5).Take(2)) == "1,2", 12);
        Check(S(nums.TakeWhile((x, i) => x * i < 20)) == "1,2,3,4" && S(nums.SkipWhile((x, i) => i < 7)) == "8,9,10", 13);
        Check(S(new[] { 1, 3, 2, 5 }.TakeWhile(x => x % 2 == 1)) == "1,3" && S(new[] { 1, 3, 2, 5 }.SkipWhile(x => x % 2 == 1)) == "2,5", 14);
        Check(nums.ElementAt(^1) == 10 && Gen(4).ElementAt(^2) == 9 && Gen(4).ElementAtOrDefault(10) == 0 && Gen(4).ElementAtOrDefault(^5) == 0, 15);
        threw = false;
        try { Gen(3).ElementAt(3); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 16);

        var running = nums.Aggregate(new List<int>(), (acc, x) => { acc.Add((acc.Count > 0 ? acc[^1] : 0) + x); return acc; });
        Check(S(running) == "1,3,6,10,15,21,28,36,45,55", 17);
        Check(nums.Aggregate((a, b) => a * 10 + b % 10) == 1234567890 && new[] { 7 }.Aggregate((a, b) => 0) == 7, 18);
        Check(names.Aggregate("", (acc, s) => s + acc) == "dcba" && nums.Aggregate(0L, (acc, x) => acc + x, acc => acc * 2) == 110, 19);
        threw = false;
        try { Array.Empty<int>().Aggregate((a, b) => a + b); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 20);

        var pages = Enumerable.Range(1, 23).Select(i => "item" + i).Chunk(5).Select((page, i) => $"page {i + 1}: {page.First()}..{page.Last()} ({page.Length})");
        foreach (var p in pages) Console.WriteLine(p);
        var windows = nums.Zip(nums.Skip(1), nums.Skip(2)).Select(t => (t.First + t.Second + t.Third) / 3.0);
        Console.WriteLine(S(windows));
        Console.WriteLine(S(names.Zip(names.Reverse()).Select(p => p.First + p.Second)));
        return failed == 0 ? 100 : failed;
    }
}
