// LINQ ordering and grouping: OrderBy/ThenBy/OrderByDescending with stable ties, Reverse,
// GroupBy with element and result selectors, ToLookup, Join and GroupJoin, Sum/Min/Max/Average
// over ints, longs, doubles and decimals, MinBy/MaxBy, and aggregation of groups.
using System;
using System.Collections.Generic;
using System.Linq;

record Emp(string Name, string Dept, int Age, decimal Salary);
record Dept(string Id, string Title);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var emps = new List<Emp>
        {
            new("ann", "eng", 30, 100m), new("bob", "ops", 45, 80m), new("cat", "eng", 25, 120m),
            new("dan", "ops", 30, 70m), new("eve", "eng", 30, 90m), new("fay", "hr", 50, 60m),
        };
        var byAge = emps.OrderBy(e => e.Age).Select(e => e.Name).ToArray();
        Check(string.Join(",", byAge) == "cat,ann,dan,eve,bob,fay", 1);
        var byAgeDescThenName = emps.OrderByDescending(e => e.Age).ThenBy(e => e.Name).Select(e => e.Name);
        Check(string.Join(",", byAgeDescThenName) == "fay,bob,ann,dan,eve,cat", 2);
        var byDeptThenSalaryDesc = emps.OrderBy(e => e.Dept).ThenByDescending(e => e.Salary).Select(e => e.Name);
        Check(string.Join(",", byDeptThenSalaryDesc) == "cat,ann,eve,fay,bob,dan", 3);
        var groups = emps.GroupBy(e => e.Dept).ToList();
        Check(groups.Count == 3 && groups[0].Key == "eng" && groups[0].Count() == 3, 4);
        var totals = emps.GroupBy(e => e.Dept, e => e.Salary, (k, s) => (k, total: s.Sum())).ToDictionary(t => t.k, t => t.total);
        Check(totals["eng"] == 310m && totals["ops"] == 150m && totals["hr"] == 60m, 5);
        var lookup = emps.ToLookup(e => e.Age);
        Check(lookup[30].Count() == 3 && !lookup[99].Any(), 6);
        var depts = new[] { new Dept("eng", "Engineering"), new Dept("ops", "Operations") };
        var joined = emps.Join(depts, e => e.Dept, d => d.Id, (e, d) => e.Name + "@" + d.Title).ToList();
        Check(joined.Count == 5 && joined.Contains("bob@Operations"), 7);
        var gj = depts.GroupJoin(emps, d => d.Id, e => e.Dept, (d, es) => (d.Id, es.Count())).ToList();
        Check(gj[0].Item2 == 3 && gj[1].Item2 == 2, 8);
        Check(emps.Sum(e => e.Age) == 210 && emps.Max(e => e.Salary) == 120m && emps.Min(e => e.Age) == 25, 9);
        Check(emps.Average(e => e.Age) == 35.0 && emps.Select(e => (long)e.Age).Sum() == 210L, 10);
        Check(new[] { 1.5, 2.5 }.Average() == 2.0 && new[] { 0.1, 0.2 }.Sum() > 0.3, 11);
        Check(emps.MaxBy(e => e.Age).Name == "fay" && emps.MinBy(e => e.Salary).Name == "fay", 12);
        var rev = emps.Select(e => e.Name[0]).Reverse().ToArray();
        Check(new string(rev) == "fedcba", 13);
        var oldestPerDept = emps.GroupBy(e => e.Dept).Select(g => g.OrderByDescending(e => e.Age).First().Name).OrderBy(n => n);
        Check(string.Join(",", oldestPerDept) == "ann,bob,fay", 14);
        var query = from e in emps where e.Age >= 30 orderby e.Salary select e.Name;
        Check(query.First() == "fay" && query.Count() == 5, 15);
        Check(emps.DistinctBy(e => e.Age).Count() == 4 && emps.CountBy(e => e.Dept).Count() == 3, 16);
        return failed == 0 ? 100 : failed;
    }
}
