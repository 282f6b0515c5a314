// LINQ numeric aggregates over int/long/float/double/decimal and their nullable forms: Sum, Min,
// Max, Average (nulls skipped, all-null gives null, empty non-nullable throws), MinBy/MaxBy with
// ties (first wins), Min/Max of strings and of selectors, and checked overflow in Sum.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] i = { 4, -2, 9, 0 };
        long[] l = { long.MaxValue / 2, 3, -7 };
        double[] d = { 1.5, -0.25, 8 };
        float[] f = { 0.5f, 2.25f };
        decimal[] m = { 1.10m, 2.205m, -0.005m };
        Console.WriteLine($"{i.Sum()} {i.Min()} {i.Max()} {i.Average()}");
        Console.WriteLine($"{l.Sum()} {l.Min()} {l.Max()} {l.Average()}");
        Console.WriteLine($"{d.Sum()} {d.Min()} {d.Max()} {d.Average()}");
        Console.WriteLine($"{f.Sum()} {f.Min()} {f.Max()} {f.Average()}");
        Console.WriteLine($"{m.Sum()} {m.Min()} {m.Max()} {m.Average()}");
        Check(i.Sum() == 11 && i.Average() == 2.75 && m.Sum() == 3.3m && m.Average() == 1.1m, 1);
        int?[] ni = { 3, null, 5, null };
        double?[] nd = { null, 2.5, null };
        decimal?[] nm = { null, null };
        Console.WriteLine($"{ni.Sum()} {ni.Min()} {ni.Max()} {ni.Average()} {nd.Average()} [{nm.Average()}] [{nm.Max()}] {nm.Sum()}");
        Check(ni.Sum() == 8 && ni.Average() == 4 && nm.Average() == null && nm.Sum() == 0 && nm.Max() == null, 2);
        Check(new int?[0].Min() == null && new long?[0].Average() == null, 3);
        try { new int[0].Average(); Check(false, 4); }
        catch (InvalidOperationException ex) { Console.WriteLine("avg: " + ex.Message); }
        try { new double[0].Max(); Check(false, 5); }
        catch (InvalidOperationException ex) { Console.WriteLine("max: " + ex.Message); }
        Console.WriteLine($"sum of empty {new int[0].Sum()} {new decimal[0].Sum()}");
        try { new[] { int.MaxValue, 1 }.Sum(); Check(false, 6); }
        catch (OverflowException ex) { Console.WriteLine("overflow: " + ex.Message); }
        Console.WriteLine(new[] { int.MaxValue, 1 }.Select(x => (long)x).Sum());
        var people = new[] { ("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25) };
        var minBy = people.MinBy(p => p.Item2);
        var maxBy = people.MaxBy(p => p.Item2);
        Console.WriteLine($"{minBy} {maxBy} {people.MaxBy(p => p.Item1)}");
        Check(minBy.Item1 == "bob" && maxBy.Item1 == "ann", 7);
        Console.WriteLine($"{people.Min(p => p.Item1)} {people.Max(p => p.Item1.Length)} {people.Sum(p => p.Item2)} {people.Average(p => (double)p.Item2)}");
        Check(people.Min(p => p.Item1) == "ann" && people.Max(p => p.Item1.Length) == 3, 8);
        string[] strs = { "pear", null, "apple", "fig" };
        Console.WriteLine($"{strs.Min()} {strs.Max()}");
        Check(strs.Min() == "apple" && strs.Max() == "pear", 9);
        Console.WriteLine($"[{new string[0].Min()}] [{new string[0].MaxBy(s => s.Length)}]");
        var withNaN = new[] { 1.0, double.NaN, 3.0 };
        Console.WriteLine($"{withNaN.Min()} {withNaN.Max()} {withNaN.Sum()} {new[] { 1f, float.NaN }.Max()}");
        Check(double.IsNaN(withNaN.Min()) && withNaN.Max() == 3.0, 10);
        var nnan = new double?[] { null, double.NaN, 2 };
        Console.WriteLine($"{nnan.Min()} {nnan.Max()}");
        Console.WriteLine($"{Enumerable.Range(1, 100).Sum()} {Enumerable.Range(1, 100).Average()} {Enumerable.Range(1, 10).Select(x => (decimal)x / 3).Sum()}");
        Check(Enumerable.Range(1, 100).Sum() == 5050, 11);
        Console.WriteLine($"{i.Min(x => -x)} {i.Max(x => (long)x * x)} {i.Sum(x => (double?)null)} {i.Average(x => (float)x)}");
        var minByKey = new[] { "bb", "a", "ccc", "d" }.MinBy(s => s.Length, Comparer<int>.Create((a, b) => b.CompareTo(a)));
        Console.WriteLine(minByKey);
        Check(minByKey == "ccc", 12);
        return failed == 0 ? 100 : failed;
    }
}
