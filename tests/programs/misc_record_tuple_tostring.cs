// ToString of records and value tuples, printed: positional and nominal records, record
// structs, inheritance (derived members appended), nested records, null and array members,
// custom PrintMembers, doubles/decimals/chars inside, and tuples from 1 to 10 elements.
using System;
using System.Collections.Generic;
using System.Text;

record Point(int X, int Y);
record Named(string Name, Point At, int[] Data);
record Base(string Id) { public int Version { get; init; } = 1; }
record Derived(string Id, double Weight) : Base(Id);
record struct Pair(char A, decimal B);
readonly record struct Empty;
record Custom(int Hidden, int Shown)
{
    protected virtual bool PrintMembers(StringBuilder sb) { sb.Append("Shown = ").Append(Shown); return true; }
}
record Tree(int Value, Tree Left, Tree Right);
record WithField { public string F = "field"; public int P { get; set; } = 3; private int secret = 9; public int Secret => secret; }
record struct MutablePoint { public int X; public int Y { get; set; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var p = new Point(1, -2);
        Console.WriteLine(p);
        Console.WriteLine(new Named("n", p, new[] { 1, 2 }));
        Console.WriteLine(new Named(null, null, null));
        Console.WriteLine(new Base("b"));
        Console.WriteLine(new Derived("d", 2.5) { Version = 7 });
        Base asBase = new Derived("x", 0.1);
        Console.WriteLine(asBase);
        Console.WriteLine(new Pair('q', 1.50m));
        Console.WriteLine(new Empty());
        Console.WriteLine(new Custom(1, 2));
        Console.WriteLine(new Tree(1, new Tree(2, null, null), new Tree(3, new Tree(4, null, null), null)));
        Console.WriteLine(new WithField());
        Console.WriteLine(new MutablePoint { X = 5, Y = 6 });
        Console.WriteLine(new List<Point> { p, p with { Y = 0 } }.Count + " " + (p with { X = 10 }));
        Console.WriteLine($"{p} | {new Pair() with { A = '-' }} | {new Derived(null, double.NaN)}");

        Console.WriteLine(ValueTuple.Create(1));
        Console.WriteLine((1, "two"));
        Console.WriteLine((1.5, 'c', true, (string)null));
        Console.WriteLine((1, 2, 3, 4, 5, 6, 7));
        Console.WriteLine((1, 2, 3, 4, 5, 6, 7, 8));
        Console.WriteLine((1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Console.WriteLine(((1, 2), (3, (4, 5))));
        Console.WriteLine((p, new Pair('z', -0.001m)));
        Console.WriteLine(new ValueTuple());
        Console.WriteLine(Tuple.Create(1, "a", 2.5));
        Console.WriteLine(new KeyValuePair<string, int>("k", 9));
        var named = (Name: "ann", Age: 30);
        Console.WriteLine(named + " " + named.Name);

        Check(p.ToString() == "Point { X = 1, Y = -2 }", 1);
        Check(new Derived("d", 2.5) { Version = 7 }.ToString() == "Derived { Id = d, Version = 7, Weight = 2.5 }", 2);
        Check(new Named("n", p, null).ToString() == "Named { Name = n, At = Point { X = 1, Y = -2 }, Data =  }", 3);
        Check(new Pair('q', 1.50m).ToString() == "Pair { A = q, B = 1.50 }" && new Empty().ToString() == "Empty { }", 4);
        Check(new Custom(1, 2).ToString() == "Custom { Shown = 2 }", 5);
        Check((1, "two").ToString() == "(1, two)" && (1, 2, 3, 4, 5, 6, 7, 8, 9).ToString() == "(1, 2, 3, 4, 5, 6, 7, 8, 9)", 6);
        Check(ValueTuple.Create(1).ToString() == "(1)" && new ValueTuple().ToString() == "()", 7);
        Check(((object)null, 1).ToString() == "(, 1)" && Tuple.Create(1, 2).ToString() == "(1, 2)", 8);
        Check(new WithField().ToString() == "WithField { F = field, P = 3, Secret = 9 }", 9);
        return failed == 0 ? 100 : failed;
    }
}
