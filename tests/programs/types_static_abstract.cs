// Static abstract and static virtual interface members: generic algorithms over types that
// provide static members (Zero, operators, parsing), static virtual defaults, constrained
// calls through T, and user-defined operators declared in interfaces.
using System;

interface IMonoid<T> where T : IMonoid<T>
{
    static abstract T Empty { get; }
    static abstract T Combine(T a, T b);
    static virtual string Describe() => "monoid";
}

interface IAddable<T> where T : IAddable<T>
{
    static abstract T operator +(T a, T b);
    static abstract T Zero { get; }
}

readonly struct Sum : IMonoid<Sum>, IAddable<Sum>
{
    public readonly int V;
    public Sum(int v) => V = v;
    public static Sum Empty => new Sum(0);
    public static Sum Combine(Sum a, Sum b) => new Sum(a.V + b.V);
    public static Sum operator +(Sum a, Sum b) => new Sum(a.V + b.V);
    public static Sum Zero => new Sum(0);
}

sealed class Concat : IMonoid<Concat>
{
    public readonly string S;
    public Concat(string s) => S = s;
    public static Concat Empty { get; } = new Concat("");
    public static Concat Combine(Concat a, Concat b) => new Concat(a.S + b.S);
    public static string Describe() => "concat";
}

interface IShape { static abstract int Sides { get; } static virtual int Doubled() => 0; }
struct Tri : IShape { public static int Sides => 3; }
struct Quad : IShape { public static int Sides => 4; public static int Doubled() => 8; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static T Fold<T>(T[] items) where T : IMonoid<T>
    {
        T acc = T.Empty;
        foreach (var i in items) acc = T.Combine(acc, i);
        return acc;
    }
    static T Total<T>(T[] items) where T : IAddable<T>
    {
        T acc = T.Zero;
        foreach (var i in items) acc += i;
        return acc;
    }
    static string Desc<T>() where T : IMonoid<T> => T.Describe();
    static int SidesOf<T>() where T : IShape => T.Sides * 10 + T.Doubled();

    static int Main()
    {
        Check(Fold(new[] { new Sum(1), new Sum(2), new Sum(3) }).V == 6, 1);
        Check(Fold(new[] { new Concat("a"), new Concat("b"), new Concat("c") }).S == "abc", 2);
        Check(Fold(new Sum[0]).V == 0 && Fold(new Concat[0]).S == "", 3);
        Check(Total(new[] { new Sum(10), new Sum(-4) }).V == 6, 4);
        Check(Desc<Sum>() == "monoid" && Desc<Concat>() == "concat", 5);
        Check(SidesOf<Tri>() == 30 && SidesOf<Quad>() == 48, 6);
        return failed == 0 ? 100 : failed;
    }
}
