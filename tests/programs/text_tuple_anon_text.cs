// Tuples and anonymous types as text and values: ValueTuple ToString for 0..10 elements, nested
// tuples and nulls, System.Tuple ToString, tuple equality (== and Equals) and CompareTo,
// anonymous type ToString/Equals/== semantics, and deconstruction.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var t1 = ValueTuple.Create(1);
        var t2 = (1, "two");
        var t3 = (1, 2.5, 'c');
        var t8 = (1, 2, 3, 4, 5, 6, 7, 8);
        var t10 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        var nested = ((1, 2), (3, (4, "five")), (string?)null);
        Console.WriteLine(new ValueTuple() + " " + t1 + " " + t2 + " " + t3);
        Console.WriteLine(t8 + " " + t10 + " " + nested);
        Check(new ValueTuple().ToString() == "()" && t1.ToString() == "(1)" && t2.ToString() == "(1, two)" && t3.ToString() == "(1, 2.5, c)", 1);
        Check(t8.ToString() == "(1, 2, 3, 4, 5, 6, 7, 8)" && t10.ToString() == "(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)", 2);
        Check(nested.ToString() == "((1, 2), (3, (4, five)), )", 3);
        Check(t8.Rest.ToString() == "(8)" && t10.Item10 == 10 && t10.Rest.Item3 == 10, 4);
        var rt = Tuple.Create(1, "a", 2.5);
        Console.WriteLine(rt + " " + Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8) + " " + new KeyValuePair<string, int>("k", 5));
        Check(rt.ToString() == "(1, a, 2.5)" && Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8).ToString() == "(1, 2, 3, 4, 5, 6, 7, 8)", 5);
        Check(new KeyValuePair<string, int>("k", 5).ToString() == "[k, 5]", 6);
        Check((1, "a") == (1, "a") && (1, "a") != (1, "b") && (1, 2L) == (1L, 2) && t2.Equals((1, "two")) && !t2.Equals((object)(1L, "two")), 7);
        Check((1, 2).CompareTo((1, 3)) < 0 && (2, 0).CompareTo((1, 9)) > 0 && ("b", 1).CompareTo(("a", 2)) > 0, 8);
        Check((double.NaN, 1).Equals((double.NaN, 1)) && !((double.NaN, 1) == (double.NaN, 1)), 9);
        var list = new List<(string Name, int Score)> { ("b", 2), ("a", 2), ("c", 1) };
        list.Sort();
        Console.WriteLine(string.Join(";", list));
        Check(list[0].Name == "a" && list[2].ToString() == "(c, 1)", 10);
        var anon = new { Name = "Ann", Age = 30, Tags = new[] { "x" }, Inner = new { A = 1, B = (string?)null } };
        Console.WriteLine(anon);
        Check(anon.ToString() == "{ Name = Ann, Age = 30, Tags = System.String[], Inner = { A = 1, B =  } }", 11);
        var a1 = new { X = 1, Y = "y" }; var a2 = new { X = 1, Y = "y" }; var a3 = new { X = 2, Y = "y" };
        Check(a1.Equals(a2) && !a1.Equals(a3) && !(a1 == a2) && a1.GetHashCode() == a2.GetHashCode(), 12);
        Check(new { }.ToString() == "{ }" && new { A = 'q' }.ToString() == "{ A = q }", 13);
        var (n, s) = t2;
        var (p, (q, r)) = (1, (2, 3));
        Check(n == 1 && s == "two" && p + q + r == 6, 14);
        var swapped = (t2.Item2, t2.Item1);
        Console.WriteLine(swapped + " " + (t3.Item1 + t3.Item2) + " " + (t2, t3));
        Check(swapped.ToString() == "(two, 1)", 15);
        object boxed = (1, "x");
        Check(boxed is ValueTuple<int, string> vt && vt.Item2 == "x" && boxed.GetType().Name == "ValueTuple`2", 16);
        var dict = new Dictionary<(int, int), string> { [(1, 2)] = "a", [(2, 1)] = "b" };
        Check(dict[(1, 2)] == "a" && dict.ContainsKey((2, 1)) && !dict.ContainsKey((1, 1)), 17);
        var fmt = $"{t3,20}|{(1.5, 2):G}|";
        Console.WriteLine(fmt);
        return failed == 0 ? 100 : failed;
    }
}
