// LINQ ordering: OrderBy/OrderByDescending with ThenBy/ThenByDescending chains, stability for equal
// keys, custom key comparers, Order/OrderDescending, ordering nulls and NaN, Reverse, and ordering
// that is re-evaluated on each enumeration (deferred over a mutated source).
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    record Emp(string Name, string Dept, int Age, double Pay);

    static int Main()
    {
        var emps = new List<Emp>
        {
            new("ann", "ops", 30, 50), new("bob", "dev", 25, 70), new("cid", "ops", 30, 55),
            new("dee", "dev", 41, 70), new("eve", "qa", 25, 40), new("fay", "dev", 25, 65), new("gus", "ops", 22, 50),
        };
        var byAge = emps.OrderBy(e => e.Age).Select(e => e.Name);
        Console.WriteLine(string.Join(" ", byAge));
        Check(string.Join(" ", byAge) == "gus bob eve fay ann cid dee", 1);
        var multi = emps.OrderBy(e => e.Dept).ThenByDescending(e => e.Pay).ThenBy(e => e.Name).Select(e => e.Name);
        Console.WriteLine(string.Join(" ", multi));
        Check(string.Join(" ", multi) == "bob dee fay cid ann gus eve", 2);
        var desc = emps.OrderByDescending(e => e.Age).ThenBy(e => e.Dept).Select(e => $"{e.Name}{e.Age}");
        Console.WriteLine(string.Join(" ", desc));
        Check(desc.First() == "dee41" && desc.Last() == "gus22", 3);
        var stable = emps.OrderByDescending(e => e.Pay).Select(e => e.Name);
        Console.WriteLine(string.Join(" ", stable));
        Check(string.Join(" ", stable) == "bob dee fay cid ann gus eve", 4);
        var ci = new[] { "b", "A", "a", "B", "c" }.OrderBy(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci));
        Check(string.Join(" ", ci) == "A a b B c", 5);
        var byLenThenOrd = new[] { "kiwi", "fig", "apple", "date", "pear" }.OrderBy(s => s.Length).ThenByDescending(s => s, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", byLenThenOrd));
        Check(string.Join(" ", byLenThenOrd) == "fig pear kiwi date apple", 6);
        int[] nums = { 5, -2, 9, 0, 3 };
        Console.WriteLine($"{string.Join(",", nums.Order())} {string.Join(",", nums.OrderDescending())}");
        Check(nums.Order().First() == -2 && nums.OrderDescending().First() == 9, 7);
        var withNull = new int?[] { 3, null, 1, null, 2 }.Order().Select(x => x?.ToString() ?? "null");
        Console.WriteLine(string.Join(",", withNull));
        Check(string.Join(",", withNull) == "null,null,1,2,3", 8);
        var dbl = new[] { 1.0, double.NaN, -1.0, double.NegativeInfinity, 0.0 }.OrderBy(x => x);
        Console.WriteLine(string.Join(",", dbl));
        Check(double.IsNaN(dbl.First()), 9);
        var src = new List<int> { 3, 1, 2 };
        var lazy = src.OrderBy(x => x);
        src.Add(0);
        Console.WriteLine(string.Join(",", lazy));
        Check(lazy.First() == 0 && lazy.Count() == 4, 10);
        var rev = emps.Select(e => e.Name).Reverse().Take(3);
        Console.WriteLine(string.Join(",", rev));
        Check(rev.First() == "gus", 11);
        var firstOrdered = emps.OrderBy(e => e.Pay).First();
        var lastOrdered = emps.OrderBy(e => e.Pay).Last();
        Console.WriteLine($"{firstOrdered.Name} {lastOrdered.Name} {emps.OrderBy(e => e.Age).ElementAt(3).Name}");
        Check(firstOrdered.Name == "eve" && lastOrdered.Name == "dee", 11);
        var skipTake = emps.OrderBy(e => e.Name).Skip(2).Take(3).Select(e => e.Name);
        Console.WriteLine(string.Join(",", skipTake));
        Check(string.Join(",", skipTake) == "cid,dee,eve", 12);
        return failed == 0 ? 100 : failed;
    }
}
