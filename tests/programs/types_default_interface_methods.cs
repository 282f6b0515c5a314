// Default interface methods: a default body used when the class does not implement it,
// overridden by the class, overridden by a derived interface (most specific implementation),
// static interface members, private interface helpers, calls through base types and generics.
using System;

interface IGreeter
{
    string Name { get; }
    string Greet() => "Hello, " + Name + Suffix();
    private string Suffix() => "!";
    static int Created;
    static string Shout(IGreeter g) => g.Greet().ToUpperInvariant();
}

interface IFormalGreeter : IGreeter
{
    string IGreeter.Greet() => "Good day, " + Name;
}

interface ICounter
{
    int Count { get; set; }
    void Inc() => Count++;
    void Add(int n) { for (int i = 0; i < n; i++) Inc(); }
}

class Plain : IGreeter { public string Name => "plain"; }
class Custom : IGreeter { public string Name => "custom"; public string Greet() => "Yo " + Name; }
class Formal : IFormalGreeter { public string Name => "formal"; }
class Counter : ICounter { public int Count { get; set; } }
class DoubleCounter : ICounter { public int Count { get; set; } public void Inc() => Count += 2; }
struct StructCounter : ICounter { public int Count { get; set; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string G<T>(T g) where T : IGreeter => g.Greet();
    static int Bump<T>(ref T c) where T : ICounter { c.Add(3); return c.Count; }

    static int Main()
    {
        IGreeter p = new Plain();
        Check(p.Greet() == "Hello, plain!", 1);
        IGreeter c = new Custom();
        Check(c.Greet() == "Yo custom", 2);
        IGreeter f = new Formal();
        Check(f.Greet() == "Good day, formal", 3);
        Check(G(new Plain()) == "Hello, plain!" && G(new Formal()) == "Good day, formal", 4);
        Check(IGreeter.Shout(new Plain()) == "HELLO, PLAIN!", 5);
        IGreeter.Created = 5;
        Check(IGreeter.Created == 5, 6);
        ICounter k = new Counter();
        k.Add(4);
        Check(k.Count == 4, 7);
        ICounter d = new DoubleCounter();
        d.Add(4);
        Check(d.Count == 8, 8);
        var sc = new StructCounter();
        Check(Bump(ref sc) == 0, 9); // a default method on a struct runs on a boxed copy
        ICounter boxed = sc;
        boxed.Inc();
        Check(boxed.Count == 1 && sc.Count == 0, 10);
        var dc = new DoubleCounter();
        Check(Bump(ref dc) == 6, 11);
        return failed == 0 ? 100 : failed;
    }
}
