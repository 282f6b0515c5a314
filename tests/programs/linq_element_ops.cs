// LINQ element operators and their exceptions: First/Last/Single with and without predicates,
// the OrDefault forms with explicit defaults, Single with several matches, DefaultIfEmpty with a
// value, Any/All on empty, Contains with comparer, Count/LongCount, TryGetNonEnumeratedCount basics.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine($"{what} = {f() ?? "null"}"); }
        catch (Exception e) { Console.WriteLine($"{what} threw {e.GetType().Name}: {e.Message}"); }
    }

    static int Main()
    {
        int[] a = { 3, 8, 5, 8, 1 };
        int[] empty = { };
        var one = new List<string> { "solo" };
        Try("First", () => a.First());
        Try("First(>4)", () => a.First(x => x > 4));
        Try("First(>9)", () => a.First(x => x > 9));
        Try("First(empty)", () => empty.First());
        Try("FirstOrDefault(>9)", () => a.FirstOrDefault(x => x > 9));
        Try("FirstOrDefault(>9,-1)", () => a.FirstOrDefault(x => x > 9, -1));
        Try("FirstOrDefault(empty,42)", () => empty.FirstOrDefault(42));
        Try("Last", () => a.Last());
        Try("Last(==8)", () => a.Last(x => x == 8));
        Try("Last(empty)", () => empty.Last());
        Try("LastOrDefault(<0,7)", () => a.LastOrDefault(x => x < 0, 7));
        Try("Single(one)", () => one.Single());
        Try("Single(many)", () => a.Single());
        Try("Single(==8)", () => a.Single(x => x == 8));
        Try("Single(==5)", () => a.Single(x => x == 5));
        Try("Single(empty)", () => empty.Single());
        Try("SingleOrDefault(empty)", () => empty.SingleOrDefault());
        Try("SingleOrDefault(many)", () => a.SingleOrDefault());
        Try("SingleOrDefault(==9,-9)", () => a.SingleOrDefault(x => x == 9, -9));
        Try("strings FirstOrDefault", () => new string[0].FirstOrDefault());
        Try("DefaultIfEmpty", () => string.Join(",", empty.DefaultIfEmpty()));
        Try("DefaultIfEmpty(9)", () => string.Join(",", empty.DefaultIfEmpty(9)));
        Try("DefaultIfEmpty(nonempty)", () => string.Join(",", a.DefaultIfEmpty(9)));
        Check(a.First(x => x > 4) == 8 && a.Last(x => x == 8) == 8 && a.Single(x => x == 5) == 5, 1);
        Check(empty.FirstOrDefault(42) == 42 && a.LastOrDefault(x => x < 0, 7) == 7, 2);
        Console.WriteLine($"{empty.Any()} {empty.All(x => x > 100)} {a.Any(x => x > 7)} {a.All(x => x > 0)} {a.All(x => x > 1)}");
        Check(!empty.Any() && empty.All(x => x > 100) && a.All(x => x > 0), 3);
        Console.WriteLine($"{a.Contains(5)} {a.Contains(6)} {new[] { "A" }.Contains("a", StringComparer.OrdinalIgnoreCase)}");
        Console.WriteLine($"{a.Count()} {a.Count(x => x == 8)} {a.LongCount()} {a.LongCount(x => x > 2)}");
        Check(a.Count(x => x == 8) == 2 && a.LongCount(x => x > 2) == 4L, 4);
        Console.WriteLine($"{a.TryGetNonEnumeratedCount(out int c1)} {c1} {a.Where(x => x > 1).TryGetNonEnumeratedCount(out int c2)} {c2}");
        Check(c1 == 5, 5);
        IEnumerable<int> Gen() { yield return 1; yield return 2; }
        Console.WriteLine($"{Gen().TryGetNonEnumeratedCount(out int c4)} {c4} {Gen().Count()}");
        Check(!Gen().TryGetNonEnumeratedCount(out _), 6);
        Try("Single(gen)", () => Gen().Single());
        Try("Last(gen)", () => Gen().Last());
        Try("ElementAt(-1)", () => a.ElementAt(-1));
        Try("Max(empty)", () => empty.Max());
        Try("Min(empty strings)", () => new string[0].Min());
        Try("Average(empty long)", () => new long[0].Average());
        return failed == 0 ? 100 : failed;
    }
}
