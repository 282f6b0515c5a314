// LINQ query syntax: let clauses, multiple from clauses (SelectMany with dependent inner source),
// where between froms, orderby with several keys and mixed directions, join ... into with a
// following from, group ... by ... into with continuation, and select into a nested query.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var sentences = new[] { "the cat sat", "a dog ran far", "cats nap" };
        var q1 = from s in sentences
                 let words = s.Split(' ')
                 from w in words
                 let len = w.Length
                 where len >= 3
                 orderby len descending, w
                 select $"{w}({len})";
        Console.WriteLine(string.Join(" ", q1));
        Check(string.Join(" ", q1) == "cats(4) cat(3) dog(3) far(3) nap(3) ran(3) sat(3) the(3)", 1);
        var pyth = from a in Enumerable.Range(1, 20)
                   from b in Enumerable.Range(a, 20 - a + 1)
                   let c2 = a * a + b * b
                   let c = (int)Math.Sqrt(c2)
                   where c * c == c2 && c <= 20
                   select (a, b, c);
        Console.WriteLine(string.Join(" ", pyth));
        Check(pyth.Count() == 6 && pyth.First() == (3, 4, 5), 2);
        var depts = new[] { ("d1", "Dev"), ("d2", "Ops"), ("d3", "Empty") };
        var staff = new[] { ("ann", "d1", 3), ("bob", "d2", 5), ("cy", "d1", 1), ("dee", "d1", 3) };
        var q3 = from d in depts
                 join s in staff on d.Item1 equals s.Item2 into members
                 from m in members.DefaultIfEmpty(("-", d.Item1, 0))
                 orderby d.Item2, m.Item3 descending, m.Item1
                 select $"{d.Item2}/{m.Item1}/{m.Item3}";
        Console.WriteLine(string.Join(" ", q3));
        Check(string.Join(" ", q3) == "Dev/ann/3 Dev/dee/3 Dev/cy/1 Empty/-/0 Ops/bob/5", 3);
        var q4 = from s in staff
                 group s by s.Item2 into g
                 let total = g.Sum(x => x.Item3)
                 where total > 4
                 orderby total
                 select new { Dept = g.Key, total, Names = (from x in g orderby x.Item1 descending select x.Item1).ToList() };
        foreach (var r in q4) Console.WriteLine($"{r.Dept} {r.total} {string.Join(",", r.Names)}");
        Check(q4.Count() == 2 && q4.First().Dept == "d2" && q4.Last().Names[0] == "dee", 4);
        var q5 = from n in Enumerable.Range(1, 30)
                 where n % 2 == 0
                 select n * 3 into t
                 where t % 4 == 0
                 select t;
        Console.WriteLine(string.Join(",", q5));
        Check(q5.First() == 12 && q5.Count() == 7, 5);
        var matrix = new[] { new[] { 1, 2 }, new[] { 3 }, new int[0], new[] { 4, 5, 6 } };
        var flat = from row in matrix from x in row select x * 10;
        var withIdx = matrix.SelectMany((row, i) => row.Select(x => $"{i}:{x}"));
        Console.WriteLine($"{string.Join(",", flat)} {string.Join(",", withIdx)}");
        Check(flat.Sum() == 210, 6);
        var nested = from a in new[] { 1, 2, 3 }
                     select new { a, Sq = from b in new[] { 1, 2, 3 } where b <= a select a * b };
        foreach (var x in nested) Console.Write($"{x.a}=>[{string.Join(",", x.Sq)}] ");
        Console.WriteLine();
        Check(nested.Last().Sq.Sum() == 18, 7);
        var oc = from w in new[] { "Beta", "alpha", "Gamma", "beta" }
                 orderby w.ToLowerInvariant(), w descending
                 select w;
        Console.WriteLine(string.Join(" ", oc));
        Check(string.Join(" ", oc) == "alpha beta Beta Gamma", 8);
        var casted = from object o in new object[] { 1, 2, 3 } select (int)o * 2;
        Console.WriteLine(string.Join(",", casted));
        Check(casted.Sum() == 12, 9);
        return failed == 0 ? 100 : failed;
    }
}
