// Generic virtual methods (class and interface, overridden in derived types, called on boxed
// structs), generic methods on generic types, static abstract interface members (generic math)
// and default interface methods.
using System;
using System.Numerics;

abstract class Visitor
{
    public abstract string Visit<T>(T value);
    public virtual int Size<T>() => 1;
}
class Namer : Visitor
{
    public override string Visit<T>(T value) => typeof(T) == typeof(int) ? "int" : "other";
}
class Counter : Namer
{
    public override int Size<T>() => 2;
    public override string Visit<T>(T value) => "counted:" + base.Visit(value);
}

interface IConverter { TOut Convert<TIn, TOut>(TIn x) where TIn : TOut; int Kind => 7; }
class Up : IConverter { public TOut Convert<TIn, TOut>(TIn x) where TIn : TOut => x; }
struct Keep : IConverter { public int Calls; public TOut Convert<TIn, TOut>(TIn x) where TIn : TOut { Calls++; return x; } public int Kind => 8; }

interface IShape<TSelf> where TSelf : IShape<TSelf>
{
    static abstract TSelf Unit { get; }
    static abstract int Corners { get; }
    static virtual int Twice() => TSelf.Corners * 2;
}
struct Tri : IShape<Tri> { public static Tri Unit => new Tri(); public static int Corners => 3; }
struct Quad : IShape<Quad> { public static Quad Unit => default; public static int Corners => 4; public static int Twice() => 100; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static T Sum<T>(T[] xs) where T : INumber<T>
    {
        T s = T.Zero;
        foreach (var x in xs) s += x;
        return s;
    }
    static int Corners<T>() where T : IShape<T> => T.Corners + T.Twice();

    static int Main()
    {
        Visitor v = new Namer();
        Check(v.Visit(1) == "int" && v.Visit("s") == "other" && v.Size<long>() == 1, 1);
        v = new Counter();
        Check(v.Visit(2) == "counted:int" && v.Visit(2.0) == "counted:other" && v.Size<string>() == 2, 2);

        IConverter c = new Up();
        Check(c.Convert<string, object>("x") is string && c.Kind == 7, 3);
        IConverter k = new Keep();
        Check((string)k.Convert<string, object>("y") == "y" && k.Kind == 8, 4);

        Check(Sum(new[] { 1, 2, 3 }) == 6 && Sum(new[] { 1.5, 2.5 }) == 4.0 && Sum(new long[] { 1L << 40, 1 }) == (1L << 40) + 1, 5);
        Check(Corners<Tri>() == 9 && Corners<Quad>() == 104, 6);
        Check(int.MaxValue.CompareTo(3) > 0 && int.IsPow2(64) && !int.IsPow2(65), 7);
        return failed == 0 ? 100 : failed;
    }
}
