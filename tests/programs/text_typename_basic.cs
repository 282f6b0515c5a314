// Type names as text: object.ToString() default, GetType().Name/FullName/Namespace/ToString()
// for user, nested, generic and framework types, arrays, typeof comparisons, records' and
// value tuples' ToString.
using System;
using System.Collections.Generic;

namespace Shapes
{
    class Circle { }
    class Outer
    {
        public class Inner { }
        public struct Pair<T> { public T A; }
    }
    class Box<T> { public class Lid { } }
}

record Point(int X, int Y);
record struct Size(int W, int H);
class Plain { }

static class Program
{
    static int failed;
    static void Eq(string? got, string? want, int id)
    {
        if (got != want)
        {
            Console.WriteLine($"check {id}: got '{got ?? "null"}', want '{want ?? "null"}'");
            if (failed == 0) failed = id;
        }
    }
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string NameOf<T>() => typeof(T).Name;

    static int Main()
    {
        Eq(new Plain().ToString(), "Plain", 1);
        Eq(new Shapes.Circle().ToString(), "Shapes.Circle", 2);
        Eq(new Shapes.Outer.Inner().ToString(), "Shapes.Outer+Inner", 3);
        Eq(new object().ToString(), "System.Object", 4);
        Type t = new Shapes.Circle().GetType();
        Eq(t.Name, "Circle", 5);
        Eq(t.FullName, "Shapes.Circle", 6);
        Eq(t.Namespace, "Shapes", 7);
        Eq(typeof(Plain).Namespace, null, 8);
        Eq(typeof(Shapes.Outer.Inner).Name, "Inner", 9);
        Eq(typeof(Shapes.Outer.Inner).FullName, "Shapes.Outer+Inner", 10);
        Eq(typeof(Shapes.Outer.Inner).Namespace, "Shapes", 11);
        var list = new List<int>();
        Eq(list.GetType().Name, "List`1", 12);
        Eq(list.GetType().ToString(), "System.Collections.Generic.List`1[System.Int32]", 13);
        Eq(list.GetType().FullName, "System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]", 14);
        Eq(list.ToString(), "System.Collections.Generic.List`1[System.Int32]", 15);
        Eq(typeof(Dictionary<string, Plain>).ToString(), "System.Collections.Generic.Dictionary`2[System.String,Plain]", 16);
        Eq(typeof(Shapes.Box<string>.Lid).ToString(), "Shapes.Box`1+Lid[System.String]", 17);
        Eq(typeof(Shapes.Outer.Pair<long>).Name, "Pair`1", 18);
        Eq(typeof(int).Name, "Int32", 19);
        Eq(typeof(int).FullName, "System.Int32", 20);
        Eq(typeof(string).Namespace, "System", 21);
        Eq(typeof(int[]).Name, "Int32[]", 22);
        Eq(typeof(int[,]).FullName, "System.Int32[,]", 23);
        Eq(new string[0].GetType().ToString(), "System.String[]", 24);
        Eq(typeof(List<>).FullName, "System.Collections.Generic.List`1", 25);
        Eq(NameOf<double>(), "Double", 26);
        Eq(NameOf<Point>(), "Point", 27);
        Eq(3.GetType().FullName, "System.Int32", 28);
        object o = 5;
        Check(o.GetType() == typeof(int) && o.GetType() != typeof(long), 29);
        Check(typeof(List<int>) == list.GetType() && typeof(List<int>) != typeof(List<long>), 30);
        Eq(new Point(1, 2).ToString(), "Point { X = 1, Y = 2 }", 31);
        Eq(new Size(3, 4).ToString(), "Size { W = 3, H = 4 }", 32);
        Eq((1, "a").ToString(), "(1, a)", 33);
        Eq((1, 2.5, 'c').ToString(), "(1, 2.5, c)", 34);
        Eq(new Shapes.Outer.Pair<int>().ToString(), "Shapes.Outer+Pair`1[System.Int32]", 35);
        Eq(DayOfWeek.Monday.GetType().FullName, "System.DayOfWeek", 36);
        Eq(new InvalidOperationException().GetType().Name, "InvalidOperationException", 37);
        Eq($"{typeof(Plain)}", "Plain", 38);
        Eq(typeof(int?).ToString(), "System.Nullable`1[System.Int32]", 39);
        return failed == 0 ? 100 : failed;
    }
}
