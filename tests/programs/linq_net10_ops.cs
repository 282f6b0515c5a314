// .NET 10 LINQ additions: LeftJoin and RightJoin (unmatched side gets default), with custom key
// comparers, Enumerable.Sequence (ascending, descending, step) and InfiniteSequence with Take,
// and their argument validation.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    record Dept(int Id, string Name);
    record Emp(string Name, int DeptId);

    static int Main()
    {
        var depts = new[] { new Dept(1, "Dev"), new Dept(2, "Ops"), new Dept(3, "Empty") };
        var emps = new[] { new Emp("ann", 1), new Emp("bob", 2), new Emp("cy", 1), new Emp("zed", 9) };
        var left = depts.LeftJoin(emps, d => d.Id, e => e.DeptId, (d, e) => $"{d.Name}:{e?.Name ?? "-"}");
        Console.WriteLine(string.Join(" ", left));
        Check(string.Join(" ", left) == "Dev:ann Dev:cy Ops:bob Empty:-", 1);
        var right = depts.RightJoin(emps, d => d.Id, e => e.DeptId, (d, e) => $"{d?.Name ?? "-"}:{e.Name}");
        Console.WriteLine(string.Join(" ", right));
        Check(string.Join(" ", right) == "Dev:ann Ops:bob Dev:cy -:zed", 2);
        var ci = new[] { "a", "B" }.LeftJoin(new[] { "b", "A", "a" }, x => x, y => y, (x, y) => x + "=" + (y ?? "null"), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci));
        Check(ci.Count() == 3, 3);
        var ints = new[] { 1, 2, 3 }.LeftJoin(new[] { 2 }, x => x, y => y, (x, y) => (x, y));
        Console.WriteLine(string.Join(" ", ints));
        Check(ints.First() == (1, 0), 4);
        Console.WriteLine(string.Join(",", Enumerable.Sequence(1, 10, 3)));
        Console.WriteLine(string.Join(",", Enumerable.Sequence(10, 0, -4)));
        Console.WriteLine(string.Join(",", Enumerable.Sequence(5, 5, 1)));
        Console.WriteLine(string.Join(",", Enumerable.Sequence(0.5, 2.0, 0.5)));
        Check(Enumerable.Sequence(1, 10, 3).Last() == 10 && Enumerable.Sequence(10, 0, -4).Count() == 3, 5);
        Console.WriteLine(string.Join(",", Enumerable.InfiniteSequence(100L, 25L).Take(4)));
        Console.WriteLine(string.Join(",", Enumerable.InfiniteSequence(0, 7).Where(x => x % 2 == 0).Take(3)));
        Check(Enumerable.InfiniteSequence(3, 3).ElementAt(9) == 30, 6);
        try { Enumerable.Sequence(1, 10, -1).ToList(); Check(false, 7); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        try { Enumerable.Sequence(1, 10, 0).ToList(); Check(false, 8); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        var q = from d in depts
                join e in emps on d.Id equals e.DeptId into g
                select $"{d.Name}({g.Count()})";
        Console.WriteLine(string.Join(" ", q));
        return failed == 0 ? 100 : failed;
    }
}
