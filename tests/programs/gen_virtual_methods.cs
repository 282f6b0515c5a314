// Generic virtual methods: overridden in derived classes, called with value-type and
// reference-type instantiations, generic interface methods implemented by classes and
// structs, explicit implementations, generic virtual methods calling each other, and
// abstract generic methods.
using System;
using System.Collections.Generic;

abstract class Visitor
{
    public virtual string Visit<T>(T item) => "V:" + typeof(T).Name;
    public abstract int Size<T>(T[] items);
    public string Both<A, B>(A a, B b) => Visit(a) + "|" + Visit(b);
}
class Loud : Visitor
{
    public override string Visit<T>(T item) => "L:" + item + ":" + base.Visit(item);
    public override int Size<T>(T[] items) => items.Length * 2;
}
class Quiet : Loud
{
    public override string Visit<T>(T item) => typeof(T).IsValueType ? "Qv" : "Qr";
}

interface IConverter { R Convert<T, R>(T value, Func<T, R> f); }
class Doubler : IConverter { public R Convert<T, R>(T value, Func<T, R> f) { f(value); return f(value); } }
struct Once : IConverter { public int Calls; public R Convert<T, R>(T value, Func<T, R> f) { Calls++; return f(value); } }
class Explicit : IConverter { R IConverter.Convert<T, R>(T value, Func<T, R> f) => default; }

interface IRepo { List<T> All<T>() where T : new(); }
class Repo : IRepo { public List<T> All<T>() where T : new() => new List<T> { new T(), new T() }; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static R Run<C, T, R>(C c, T v, Func<T, R> f) where C : IConverter => c.Convert(v, f);

    static int Main()
    {
        Visitor v = new Loud();
        Check(v.Visit(5) == "L:5:V:Int32" && v.Visit("s") == "L:s:V:String", 1);
        Check(v.Size(new[] { 1, 2, 3 }) == 6 && v.Size(new string[4]) == 8, 2);
        Visitor q = new Quiet();
        Check(q.Visit(1.5) == "Qv" && q.Visit(new object()) == "Qr", 3);
        Check(q.Both(1, "x") == "Qv|Qr" && v.Both(2L, 'c') == "L:2:V:Int64|L:c:V:Char", 4);
        int calls = 0;
        IConverter d = new Doubler();
        Check(d.Convert(3, x => { calls++; return x * 1.5; }) == 4.5 && calls == 2, 5);
        Check(d.Convert("abc", s => s.Length) == 3, 6);
        var once = new Once();
        Check(Run(once, 10, x => x + 1) == 11, 7);
        IConverter boxedOnce = once;
        boxedOnce.Convert(1, x => x);
        boxedOnce.Convert("a", x => x);
        Check(((Once)boxedOnce).Calls == 2, 8);
        IConverter ex = new Explicit();
        Check(ex.Convert(5, x => "no") == null && ex.Convert("x", s => 7) == 0, 9);
        IRepo repo = new Repo();
        Check(repo.All<List<int>>().Count == 2 && repo.All<int>()[1] == 0, 10);
        Visitor[] visitors = { new Loud(), new Quiet(), new Loud() };
        string acc = "";
        foreach (var vis in visitors) acc += vis.Visit(acc.Length).Substring(0, 2);
        Check(acc == "L:QvL:", 11);
        return failed == 0 ? 100 : failed;
    }
}
