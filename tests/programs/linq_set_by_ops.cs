// LINQ set operators: Distinct/DistinctBy, Union/UnionBy, Intersect/IntersectBy, Except/ExceptBy
// with and without comparers, order of results (first occurrence wins), laziness of the second
// sequence, SequenceEqual with comparer, and Concat/Prepend/Append.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    record P(string Name, int Age);

    static int Main()
    {
        int[] a = { 5, 1, 5, 3, 1, 7 }, b = { 3, 9, 1, 9, 2 };
        string S(IEnumerable<int> s) => string.Join(",", s);
        Console.WriteLine($"distinct {S(a.Distinct())} union {S(a.Union(b))} intersect {S(a.Intersect(b))} except {S(a.Except(b))}");
        Check(S(a.Distinct()) == "5,1,3,7" && S(a.Union(b)) == "5,1,3,7,9,2" && S(a.Intersect(b)) == "1,3" && S(a.Except(b)) == "5,7", 1);
        Check(S(b.Except(a)) == "9,2" && S(b.Intersect(a)) == "3,1", 2);
        var people = new[] { new P("ann", 30), new P("bob", 25), new P("ANN", 31), new P("cy", 30), new P("dee", 25) };
        var dby = people.DistinctBy(p => p.Age).Select(p => p.Name);
        var dbyCi = people.DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => p.Name);
        Console.WriteLine($"{string.Join(",", dby)} / {string.Join(",", dbyCi)}");
        Check(string.Join(",", dby) == "ann,bob,ANN" && dbyCi.Count() == 4, 3);
        var others = new[] { new P("eve", 25), new P("fay", 40) };
        var ub = people.UnionBy(others, p => p.Age).Select(p => p.Name);
        var ib = people.IntersectBy(new[] { 25, 40 }, p => p.Age).Select(p => p.Name);
        var eb = people.ExceptBy(new[] { 30 }, p => p.Age).Select(p => p.Name);
        Console.WriteLine($"{string.Join(",", ub)} | {string.Join(",", ib)} | {string.Join(",", eb)}");
        Check(string.Join(",", ub) == "ann,bob,ANN,fay" && string.Join(",", ib) == "bob" && string.Join(",", eb) == "bob,ANN", 4);
        var ci = new[] { "a", "B", "c" }.Union(new[] { "A", "b", "D" }, StringComparer.OrdinalIgnoreCase);
        var ciX = new[] { "a", "B", "c" }.Except(new[] { "A" }, StringComparer.OrdinalIgnoreCase);
        var ciI = new[] { "a", "B", "c" }.Intersect(new[] { "C", "b" }, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine($"{string.Join(",", ci)} {string.Join(",", ciX)} {string.Join(",", ciI)}");
        Check(string.Join(",", ci) == "a,B,c,D" && string.Join(",", ciI) == "B,c", 5);
        Console.WriteLine($"{a.SequenceEqual(new[] { 5, 1, 5, 3, 1, 7 })} {a.SequenceEqual(b)} {new[] { "x" }.SequenceEqual(new[] { "X" }, StringComparer.OrdinalIgnoreCase)} {new int[0].SequenceEqual(Enumerable.Empty<int>())}");
        Check(a.SequenceEqual(new[] { 5, 1, 5, 3, 1, 7 }) && !a.SequenceEqual(b), 6);
        var cat = a.Take(2).Concat(b.Take(2)).Prepend(0).Append(100);
        Console.WriteLine(S(cat));
        Check(S(cat) == "0,5,1,3,9,100", 7);
        int pulled = 0;
        IEnumerable<int> Second() { foreach (var x in b) { pulled++; yield return x; } }
        var uq = a.Union(Second());
        var firstFour = uq.Take(4).ToList();
        Console.WriteLine($"pulled after Take(4) of union: {pulled}");
        Check(pulled == 0, 8);
        var ex = a.Except(Second());
        var firstEx = ex.First();
        Console.WriteLine($"pulled for except: {pulled} first={firstEx}");
        Check(pulled == 5 && firstEx == 5, 9);
        var nulls = new string[] { null, "a", null }.Distinct();
        Console.WriteLine(nulls.Count());
        Check(nulls.Count() == 2, 10);
        var dbl = new[] { 0.0, -0.0, double.NaN, double.NaN }.Distinct();
        Console.WriteLine(dbl.Count());
        Check(dbl.Count() == 2, 11);
        return failed == 0 ? 100 : failed;
    }
}
