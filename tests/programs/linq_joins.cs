// LINQ joins: inner Join (method and query syntax), composite keys via anonymous types, GroupJoin
// (join ... into) with counts, left outer join via GroupJoin + SelectMany + DefaultIfEmpty, cross
// join via multiple from clauses, join with a key comparer, null keys never matching, and anti-join.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    record Cust(int Id, string Name, string City);
    record Order(int Id, int CustId, decimal Total, string City);

    static int Main()
    {
        var custs = new[] { new Cust(1, "Ann", "Oslo"), new Cust(2, "Bob", "Rome"), new Cust(3, "Cy", "Oslo"), new Cust(4, "Di", "Lima") };
        var orders = new[] { new Order(10, 1, 9.5m, "Oslo"), new Order(11, 2, 20m, "Paris"), new Order(12, 1, 3.25m, "Oslo"), new Order(13, 9, 1m, "Rome"), new Order(14, 3, 7m, "Oslo") };
        var inner = custs.Join(orders, c => c.Id, o => o.CustId, (c, o) => $"{c.Name}:{o.Id}");
        Console.WriteLine(string.Join(" ", inner));
        Check(string.Join(" ", inner) == "Ann:10 Ann:12 Bob:11 Cy:14", 1);
        var q = from c in custs
                join o in orders on c.Id equals o.CustId
                where o.Total > 5
                orderby o.Total descending
                select new { c.Name, o.Total };
        Console.WriteLine(string.Join(" ", q));
        Check(q.First().Name == "Bob" && q.Count() == 3, 2);
        var comp = from c in custs
                   join o in orders on new { c.Id, c.City } equals new { Id = o.CustId, o.City }
                   select c.Name + o.Id;
        Console.WriteLine(string.Join(" ", comp));
        Check(string.Join(" ", comp) == "Ann10 Ann12 Cy14", 3);
        var gj = custs.GroupJoin(orders, c => c.Id, o => o.CustId, (c, os) => $"{c.Name}={os.Count()}/{os.Sum(o => o.Total)}");
        Console.WriteLine(string.Join(" ", gj));
        Check(string.Join(" ", gj) == "Ann=2/12.75 Bob=1/20 Cy=1/7 Di=0/0", 4);
        var left = from c in custs
                   join o in orders on c.Id equals o.CustId into cos
                   from o in cos.DefaultIfEmpty()
                   select $"{c.Name}-{(o == null ? "none" : o.Id.ToString())}";
        Console.WriteLine(string.Join(" ", left));
        Check(left.Count() == 5 && left.Last() == "Di-none", 5);
        var leftMethod = custs.GroupJoin(orders, c => c.Id, o => o.CustId, (c, os) => new { c, os })
            .SelectMany(x => x.os.DefaultIfEmpty(new Order(0, 0, 0m, "")), (x, o) => x.c.Name + o.Id);
        Console.WriteLine(string.Join(" ", leftMethod));
        Check(leftMethod.Last() == "Di0", 6);
        var cross = from a in new[] { 1, 2, 3 }
                    from b in new[] { "x", "y" }
                    where a != 2
                    select a + b;
        Console.WriteLine(string.Join(" ", cross));
        Check(string.Join(" ", cross) == "1x 1y 3x 3y", 7);
        var byCity = custs.Join(orders, c => c.City, o => o.City, (c, o) => (c.Name, o.Id), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", byCity));
        Check(byCity.Count() == 7, 8);
        var rightOnly = orders.Where(o => !custs.Any(c => c.Id == o.CustId)).Select(o => o.Id);
        Console.WriteLine(string.Join(" ", rightOnly));
        Check(rightOnly.Single() == 13, 9);
        var gjq = from c in custs
                  join o in orders on c.City equals o.City into g
                  select new { c.Name, Cnt = g.Count() };
        Console.WriteLine(string.Join(" ", gjq));
        Check(gjq.First().Cnt == 3 && gjq.Last().Cnt == 0, 10);
        var nullKeys = new[] { "a", null }.Join(new[] { null, "a" }, x => x, y => y, (x, y) => x + "+" + y);
        Console.WriteLine(nullKeys.Count());
        Check(nullKeys.Count() == 1, 11);
        return failed == 0 ? 100 : failed;
    }
}
