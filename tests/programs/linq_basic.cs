// LINQ to Objects basics: Where, Select (with index), SelectMany, Take/Skip/TakeWhile/SkipWhile,
// First/FirstOrDefault/Single/Last, Any/All/Contains, Count with predicate, Distinct, Concat,
// Zip, Range/Repeat, ToList/ToArray/ToDictionary, and deferred execution.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var nums = Enumerable.Range(1, 20).ToList();
        Check(nums.Where(n => n % 3 == 0).Count() == 6, 1);
        Check(nums.Select(n => n * n).Last() == 400, 2);
        Check(nums.Select((n, i) => n - i).All(d => d == 1), 3);
        Check(new[] { "ab", "cde" }.SelectMany(s => s).Count() == 5, 4);
        Check(nums.Skip(5).Take(3).SequenceEqual(new[] { 6, 7, 8 }), 5);
        Check(nums.TakeWhile(n => n < 5).Count() == 4 && nums.SkipWhile(n => n < 18).First() == 18, 6);
        Check(nums.First(n => n > 10) == 11 && nums.FirstOrDefault(n => n > 100) == 0, 7);
        Check(nums.Single(n => n == 7) == 7, 8);
        bool threw = false;
        try { nums.Single(n => n > 5); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 9);
        Check(nums.Any(n => n > 19) && !nums.Any(n => n > 20) && nums.Contains(13), 10);
        Check(new[] { 1, 1, 2, 3, 3, 3 }.Distinct().Count() == 3, 11);
        Check(new[] { 1 }.Concat(new[] { 2, 3 }).Sum() == 6, 12);
        Check(nums.Zip(nums.Skip(1), (a, b) => b - a).All(d => d == 1), 13);
        Check(Enumerable.Repeat("x", 3).Aggregate("", (a, s) => a + s) == "xxx", 14);
        var dict = nums.Take(5).ToDictionary(n => n, n => n.ToString());
        Check(dict.Count == 5 && dict[3] == "3", 15);
        int evaluated = 0;
        var lazy = nums.Where(n => { evaluated++; return n > 15; });
        Check(evaluated == 0, 16);
        var firstBig = lazy.First();
        Check(firstBig == 16 && evaluated == 16, 17);
        Check(nums.ToArray().Length == 20 && Enumerable.Empty<int>().Count() == 0, 18);
        Check(nums.Chunk(6).Count() == 4 && nums.Chunk(6).Last().Length == 2, 19);
        Check(nums.Select(n => (object)n).OfType<int>().Count() == 20 && new object[] { 1, "a" }.OfType<string>().Single() == "a", 20);
        return failed == 0 ? 100 : failed;
    }
}
