// Type patterns: `is T x`, `is not null`, switch on type with ordering (derived before base),
// patterns on boxed value types and Nullable<T>, `as` with null results, generic type
// patterns, and declaration patterns in switch expressions with `when`.
using System;
using System.Collections.Generic;

abstract class Shape { }
class Circle : Shape { public double R; }
class Square : Shape { public double S; }
class ColoredSquare : Square { public string Color = "red"; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string Classify(object o) => o switch
    {
        null => "null",
        int i when i < 0 => "negint",
        int i => "int" + i,
        long => "long",
        string { Length: 0 } => "empty",
        string s => "str:" + s,
        ColoredSquare cs => "colored:" + cs.Color,
        Square sq => "square" + sq.S,
        Shape => "shape",
        int[] arr => "ints" + arr.Length,
        IEnumerable<char> => "chars",
        _ => "other"
    };
    static int Area<T>(T shape) => shape is Circle c ? (int)(3 * c.R * c.R) : shape is Square s ? (int)(s.S * s.S) : -1;

    static int Main()
    {
        Check(Classify(null) == "null" && Classify(-3) == "negint" && Classify(4) == "int4", 1);
        Check(Classify(5L) == "long" && Classify("") == "empty" && Classify("ab") == "str:ab", 2);
        Check(Classify(new ColoredSquare()) == "colored:red" && Classify(new Square { S = 2 }) == "square2", 3);
        Check(Classify(new Circle()) == "shape" && Classify(new[] { 1, 2 }) == "ints2", 4);
        Check(Classify(new List<char>()) == "chars" && Classify(1.5) == "other", 5);
        object o = 42;
        Check(o is int n && n == 42 && o is not string && o is not null, 6);
        int? maybe = 7;
        object boxedMaybe = maybe;
        Check(boxedMaybe is int m && m == 7, 7);
        int? none = null;
        Check(!(none is int) && none is null, 8);
        Shape sh = new Circle { R = 1 };
        Check((sh as Square) == null && (sh as Circle) != null, 9);
        Check(Area(new Circle { R = 2 }) == 12 && Area(new Square { S = 3 }) == 9 && Area("x") == -1, 10);
        object e = new InvalidOperationException("x");
        Check(e is Exception { Message: "x" } && e is SystemException, 11);
        object d = 2.5;
        string kind = d is double and > 2 ? "big" : "small";
        Check(kind == "big", 12);
        return failed == 0 ? 100 : failed;
    }
}
