// Zip with 2 and 3 sequences and with a result selector (shortest wins), Aggregate without seed,
// with seed, and with seed + result selector, Aggregate on empty throwing, running totals via
// Scan-like Select with state, and string building with Aggregate.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] n = { 1, 2, 3, 4 };
        string[] s = { "one", "two", "three" };
        char[] c = { 'a', 'b', 'c', 'd', 'e' };
        var z2 = n.Zip(s);
        Console.WriteLine(string.Join(" ", z2));
        Check(z2.Count() == 3 && z2.Last() == (3, "three"), 1);
        var z3 = n.Zip(s, c);
        Console.WriteLine(string.Join(" ", z3));
        Check(z3.Count() == 3 && z3.First().Third == 'a', 2);
        var zs = n.Zip(c, (x, y) => new string(y, x));
        Console.WriteLine(string.Join(" ", zs));
        Check(string.Join(" ", zs) == "a bb ccc dddd", 3);
        int sum = n.Aggregate((acc, x) => acc + x);
        int prod = n.Aggregate(10, (acc, x) => acc * x);
        string res = n.Aggregate(new StringBuilder(), (sb, x) => sb.Append(x).Append('-'), sb => sb.ToString().TrimEnd('-'));
        Console.WriteLine($"{sum} {prod} {res}");
        Check(sum == 10 && prod == 240 && res == "1-2-3-4", 4);
        string longest = s.Aggregate("", (best, w) => w.Length > best.Length ? w : best, b => b.ToUpperInvariant());
        Console.WriteLine(longest);
        Check(longest == "THREE", 5);
        try { new int[0].Aggregate((a, b) => a + b); Check(false, 6); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        Console.WriteLine(new int[0].Aggregate(7, (a, b) => a + b));
        int running = 0;
        var totals = n.Select(x => running += x).ToList();
        Console.WriteLine(string.Join(",", totals));
        Check(string.Join(",", totals) == "1,3,6,10", 6);
        var order = new List<string>();
        var fold = new[] { "a", "b", "c" }.Aggregate("x", (acc, v) => { order.Add(acc + "+" + v); return "(" + acc + v + ")"; });
        Console.WriteLine(fold + " " + string.Join(" ", order));
        Check(fold == "(((xa)b)c)", 7);
        var minMax = n.Aggregate((min: int.MaxValue, max: int.MinValue), (t, x) => (Math.Min(t.min, x), Math.Max(t.max, x)));
        Console.WriteLine(minMax);
        Check(minMax == (1, 4), 8);
        var pairs = n.Zip(n.Skip(1), (a, b) => b - a);
        Console.WriteLine(string.Join(",", pairs));
        Check(pairs.All(d => d == 1), 9);
        var empty = Enumerable.Empty<int>().Zip(n);
        Console.WriteLine(empty.Count());
        int pulledA = 0, pulledB = 0;
        IEnumerable<int> A() { for (int i = 0; i < 10; i++) { pulledA++; yield return i; } }
        IEnumerable<int> B() { for (int i = 0; i < 2; i++) { pulledB++; yield return i; } }
        var zz = A().Zip(B()).ToList();
        Console.WriteLine($"{zz.Count} {pulledA} {pulledB}");
        Check(zz.Count == 2 && pulledA == 3 && pulledB == 2, 10);
        decimal dsum = new[] { 0.1m, 0.2m, 0.3m }.Aggregate(0m, (a, b) => a + b);
        double dbl = new[] { 0.1, 0.2, 0.3 }.Aggregate(0.0, (a, b) => a + b);
        Console.WriteLine($"{dsum} {dbl}");
        Check(dsum == 0.6m, 11);
        return failed == 0 ? 100 : failed;
    }
}
