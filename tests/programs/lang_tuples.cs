// Value tuples: creation, named elements, equality (==), tuples as dictionary keys, tuples of
// 8+ elements (nested Rest), tuple returns, swap via tuples, comparison, ToString not used,
// and tuples holding references and structs.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static (int min, int max) MinMax(int[] a)
    {
        int mn = int.MaxValue, mx = int.MinValue;
        foreach (var x in a) { if (x < mn) mn = x; if (x > mx) mx = x; }
        return (mn, mx);
    }
    static (string, (int, double)) Nested() => ("n", (1, 2.5));

    static int Main()
    {
        var t = (1, "two", 3.0);
        Check(t.Item1 == 1 && t.Item2 == "two" && t.Item3 == 3.0, 1);
        var named = (x: 5, y: 6);
        Check(named.x + named.y == 11 && named.Item1 == 5, 2);
        var r = MinMax(new[] { 4, -2, 9, 0 });
        Check(r.min == -2 && r.max == 9, 3);
        Check((1, 2) == (1, 2) && (1, 2) != (2, 1) && ("a", 1L) == ("a", 1L), 4);
        var dict = new Dictionary<(int, string), int> { [(1, "a")] = 10, [(2, "b")] = 20 };
        Check(dict[(2, "b")] == 20 && !dict.ContainsKey((1, "b")), 5);
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Check(big.Item8 == 8 && big.Item10 == 10 && big.Rest.Item3 == 10, 6);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Check(a == 2 && b == 1, 7);
        var n = Nested();
        Check(n.Item1 == "n" && n.Item2.Item2 == 2.5, 8);
        Check((1, 2).CompareTo((1, 3)) < 0 && (2, 0).CompareTo((1, 9)) > 0, 9);
        Check((1, "x").Equals((1, "x")) && (1, "x").GetHashCode() == (1, "x").GetHashCode(), 10);
        var list = new List<(string name, int score)> { ("a", 3), ("b", 1), ("c", 2) };
        list.Sort((p, q) => p.score.CompareTo(q.score));
        Check(list[0].name == "b" && list[2].name == "a", 11);
        object boxed = (3, 4);
        Check(boxed is ValueTuple<int, int> vt && vt.Item2 == 4, 12);
        var copy = named;
        copy.x = 100;
        Check(named.x == 5, 13);
        Tuple<int, string> refTuple = Tuple.Create(1, "r");
        Check(refTuple.Item2 == "r" && refTuple.Equals(Tuple.Create(1, "r")), 14);
        return failed == 0 ? 100 : failed;
    }
}
