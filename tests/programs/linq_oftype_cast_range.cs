// LINQ conversions and generators: OfType filtering (nulls dropped, boxed value types, interfaces),
// Cast success and InvalidCastException on a bad element (thrown lazily), Range/Repeat/Empty
// edge cases and their argument exceptions, AsEnumerable, ToArray of ranges, and SelectMany of Repeat.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    interface IShape { double Area { get; } }
    sealed class Sq : IShape { public double S; public double Area => S * S; public override string ToString() => "Sq" + S; }
    sealed class Circ : IShape { public double R; public double Area => 3 * R * R; public override string ToString() => "C" + R; }

    static int Main()
    {
        var mixed = new object[] { 1, "two", 3.0, null, 4, "five", 'c', 6L, new Sq { S = 2 }, new Circ { R = 1 } };
        var ints = mixed.OfType<int>();
        var strs = mixed.OfType<string>();
        var shapes = mixed.OfType<IShape>();
        var objs = mixed.OfType<object>();
        Console.WriteLine($"{string.Join(",", ints)} | {string.Join(",", strs)} | {string.Join(",", shapes)} | {objs.Count()} | {mixed.OfType<ValueType>().Count()}");
        Check(ints.Sum() == 5 && strs.Count() == 2 && shapes.Sum(s => s.Area) == 7 && objs.Count() == 9, 1);
        var arrList = new ArrayList { 3, 1, 2 };
        var casted = arrList.Cast<int>().OrderBy(x => x);
        Console.WriteLine(string.Join(",", casted));
        Check(casted.First() == 1, 2);
        var badCast = mixed.Cast<int>();
        Console.WriteLine("cast created");
        int seen = 0;
        try { foreach (var x in badCast) seen++; Check(false, 3); }
        catch (InvalidCastException) { Console.WriteLine($"InvalidCastException after {seen} items"); }
        Check(seen == 1, 4);
        var nullCast = new object[] { "a", null }.Cast<string>().ToList();
        Console.WriteLine(nullCast.Count);
        try { new object[] { null }.Cast<int>().ToList(); Check(false, 5); }
        catch (NullReferenceException) { Console.WriteLine("null to int: NullReferenceException"); }
        IEnumerable<int> same = new List<int> { 1 };
        Check(ReferenceEquals(same.Cast<int>(), same) && ReferenceEquals(same.AsEnumerable(), same), 6);
        Console.WriteLine($"{string.Join(",", Enumerable.Range(-2, 5))} {Enumerable.Range(5, 0).Count()} {Enumerable.Range(int.MaxValue, 1).Single()}");
        Check(Enumerable.Range(-2, 5).Last() == 2 && Enumerable.Range(int.MaxValue, 1).Single() == int.MaxValue, 7);
        try { Enumerable.Range(1, -1); Check(false, 8); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine($"{ex.GetType().Name} {ex.ParamName}"); }
        try { Enumerable.Range(int.MaxValue, 2); Check(false, 9); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine($"{ex.GetType().Name} {ex.ParamName}"); }
        try { Enumerable.Repeat("x", -1); Check(false, 10); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine($"{ex.GetType().Name} {ex.ParamName}"); }
        Console.WriteLine($"{string.Join("", Enumerable.Repeat("ab", 3))} {Enumerable.Repeat<string>(null, 2).Count(s => s == null)} {Enumerable.Empty<string>().Count()}");
        Check(ReferenceEquals(Enumerable.Empty<int>(), Enumerable.Empty<int>()), 11);
        var tri = Enumerable.Range(1, 4).SelectMany(n => Enumerable.Repeat(n, n));
        Console.WriteLine(string.Join("", tri));
        Check(string.Join("", tri) == "1223334444", 12);
        var bigRange = Enumerable.Range(0, 100000).ToArray();
        Console.WriteLine($"{bigRange.Length} {bigRange[99999]} {Enumerable.Range(0, 100000).Where(x => x % 7 == 0).Count()}");
        Check(bigRange[99999] == 99999, 13);
        var nonGeneric = (IEnumerable)new[] { 1, 2, 3 };
        Console.WriteLine(nonGeneric.Cast<object>().Select(o => o.GetType().Name).First());
        Check(Enumerable.Range(0, 3).Select(i => (long)i).OfType<long>().Sum() == 3, 14);
        return failed == 0 ? 100 : failed;
    }
}
