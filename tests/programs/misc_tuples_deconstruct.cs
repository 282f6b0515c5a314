// Tuples and deconstruction: named elements, tuple-returning methods, deconstruction into new and
// existing variables and discards, swap via tuples, user Deconstruct methods (instance and
// extension), nested deconstruction, foreach deconstruction of dictionary pairs, tuple ToString.
using System;
using System.Collections.Generic;

sealed class Pt
{
    public int X, Y;
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
    public void Deconstruct(out int x, out int y, out double len) { x = X; y = Y; len = Math.Sqrt(X * X + Y * Y); }
}

static class Ext
{
    public static void Deconstruct(this DateOnly d, out int y, out int m, out int day) { y = d.Year; m = d.Month; day = d.Day; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static (int min, int max, double avg) Stats(int[] xs)
    {
        int mn = int.MaxValue, mx = int.MinValue; long sum = 0;
        foreach (var x in xs) { mn = Math.Min(mn, x); mx = Math.Max(mx, x); sum += x; }
        return (mn, mx, (double)sum / xs.Length);
    }

    static int Main()
    {
        var st = Stats(new[] { 4, -2, 9, 1 });
        Console.WriteLine($"{st} {st.min} {st.max} {st.avg} {st.Item1}");
        Check(st.min == -2 && st.max == 9 && st.avg == 3, 1);
        var (lo, hi, _) = Stats(new[] { 7 });
        Console.WriteLine($"{lo} {hi}");
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine($"{a} {b}");
        Check(a == 2 && b == 1, 2);
        var arr = new[] { 1, 2, 3 };
        (arr[0], arr[2]) = (arr[2], arr[0]);
        Console.WriteLine(string.Join(",", arr));
        Check(arr[0] == 3, 3);
        var p = new Pt { X = 3, Y = 4 };
        var (x, y) = p;
        (int x3, int y3, double len) = p;
        Console.WriteLine($"{x} {y} {x3} {y3} {len}");
        Check(len == 5, 4);
        var (yy, mm, dd) = new DateOnly(2024, 2, 29);
        Console.WriteLine($"{yy}-{mm}-{dd}");
        Check(mm == 2 && dd == 29, 5);
        var nested = (1, (2, (3, "four")));
        var (n1, (n2, (n3, n4))) = nested;
        Console.WriteLine($"{n1}{n2}{n3}{n4} {nested}");
        Check(n4 == "four", 6);
        var dict = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        foreach (var (k, v) in dict) Console.Write($"{k}={v} ");
        Console.WriteLine();
        var named = (Name: "Ann", Age: 30);
        var copy = named;
        copy.Age++;
        Console.WriteLine($"{named} {copy} {named.Name} {copy == named}");
        Check(named.Age == 30 && copy.Age == 31, 7);
        var list = new List<(string, int)> { ("b", 2), ("a", 1) };
        foreach (var (s, i) in list) Console.Write(s + i);
        Console.WriteLine();
        (string, int) t1 = ("x", 1);
        (object, long) widened = t1;
        Console.WriteLine(widened);
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Console.WriteLine($"{big} {big.Item10} {big.Rest}");
        Check(big.Item10 == 10, 8);
        var inferred = (p.X, p.Y, list.Count);
        Console.WriteLine($"{inferred.X} {inferred.Y} {inferred.Count}");
        Check(inferred.Count == 2, 9);
        int q, r;
        (q, r) = (Math.DivRem(17, 5, out int rem), rem);
        Console.WriteLine($"{q} {r}");
        Check(q == 3 && r == 2, 10);
        var tup = Tuple.Create("old", 1);
        var (ts, ti) = tup;
        Console.WriteLine($"{ts} {ti} {tup}");
        return failed == 0 ? 100 : failed;
    }
}
