// LINQ set operations and aggregation: Union, Intersect, Except (with and without comparers),
// UnionBy/IntersectBy/ExceptBy, SequenceEqual, Aggregate with seed and result selector,
// Append/Prepend, DefaultIfEmpty, ElementAt, Index, LongCount, and Min/Max on empty throwing.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] a = { 1, 2, 3, 4, 4 }, b = { 3, 4, 5 };
        Check(a.Union(b).SequenceEqual(new[] { 1, 2, 3, 4, 5 }), 1);
        Check(a.Intersect(b).SequenceEqual(new[] { 3, 4 }) && a.Except(b).SequenceEqual(new[] { 1, 2 }), 2);
        var words = new[] { "Apple", "apple", "Banana" };
        Check(words.Distinct(StringComparer.OrdinalIgnoreCase).Count() == 2, 3);
        Check(words.Except(new[] { "APPLE" }, StringComparer.OrdinalIgnoreCase).Single() == "Banana", 4);
        var people = new[] { (name: "a", age: 1), (name: "b", age: 2) };
        var more = new[] { (name: "c", age: 2), (name: "d", age: 3) };
        Check(people.UnionBy(more, p => p.age).Count() == 3 && people.IntersectBy(new[] { 2 }, p => p.age).Single().name == "b", 5);
        Check(people.ExceptBy(new[] { 1 }, p => p.age).Single().name == "b", 6);
        Check(Enumerable.Range(1, 5).Aggregate((x, y) => x * y) == 120, 7);
        Check(Enumerable.Range(1, 4).Aggregate("", (acc, n) => acc + n, s => s.Length) == 4, 8);
        Check(a.Append(9).Prepend(0).First() == 0 && a.Append(9).Last() == 9, 9);
        Check(new int[0].DefaultIfEmpty(-1).Single() == -1 && a.ElementAt(2) == 3 && a.ElementAtOrDefault(99) == 0, 10);
        Check(a.LongCount() == 5L, 11);
        bool threw = false;
        try { new int[0].Max(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 12);
        Check(new int?[0].Max() == null && new string[0].Min() == null, 13);
        int idxSum = 0;
        foreach (var (i, v) in b.Index()) idxSum += i * v;
        Check(idxSum == 0 * 3 + 1 * 4 + 2 * 5, 14);
        Check(Enumerable.Range(0, 10).Where(x => x % 2 == 0).Select(x => x * x).Sum() == 120, 15);
        Check(a.Order().Last() == 4 && a.OrderDescending().First() == 4, 16);
        return failed == 0 ? 100 : failed;
    }
}
