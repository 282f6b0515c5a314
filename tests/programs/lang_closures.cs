// Lambdas and closures: capturing locals, parameters and `this`; closures sharing one
// captured variable; nested closures capturing from several scopes; static lambdas;
// closures that outlive their frame; local functions capturing and recursing.
using System;
using System.Collections.Generic;

class Widget
{
    public int Size = 3;
    public Func<int> Grower() => () => ++Size;
    public Func<int, int> Scaler(int factor) => x => x * factor * Size;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static Func<int> MakeCounter(int start) { int n = start; return () => n++; }
    static (Func<int>, Action<int>) Shared() { int v = 0; return (() => v, x => v += x); }

    static int Main()
    {
        var c1 = MakeCounter(10);
        var c2 = MakeCounter(100);
        c1(); c1();
        Check(c1() == 12 && c2() == 100, 1);
        var (get, add) = Shared();
        add(5); add(7);
        Check(get() == 12, 2);
        var w = new Widget();
        var grow = w.Grower();
        grow(); grow();
        Check(w.Size == 5, 3);
        var scale = w.Scaler(2);
        Check(scale(3) == 30, 4);
        int outer = 1;
        Func<Func<int>> nest = () => { int inner = 10; return () => outer + inner++; };
        var f = nest();
        outer = 100;
        Check(f() == 110 && f() == 111, 5);
        Func<int, int> sq = static x => x * x;
        Check(sq(9) == 81, 6);
        int total = 0;
        void AddTo(int v) => total += v;
        for (int i = 1; i <= 4; i++) AddTo(i);
        Check(total == 10, 7);
        int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Check(Fib(15) == 610, 8);
        static int Pure(int a) => a + 1;
        Check(Pure(1) == 2, 9);
        var actions = new List<Action>();
        string msg = "";
        foreach (var s in new[] { "x", "y", "z" }) actions.Add(() => msg += s);
        foreach (var a in actions) a();
        Check(msg == "xyz", 10);
        Func<int, Func<int, int>> adder = a => b => a + b;
        var add5 = adder(5);
        Check(add5(3) == 8 && adder(1)(1) == 2, 11);
        int captured = 0;
        Action inc = () => captured++;
        Action twice = inc + inc;
        twice();
        Check(captured == 2, 12);
        Func<string, int> parse = int.Parse;
        Check(parse("77") == 77, 13);
        var memo = new Dictionary<int, long>();
        Func<int, long> fact = null;
        fact = n => n <= 1 ? 1 : memo.TryGetValue(n, out var m) ? m : (memo[n] = n * fact(n - 1));
        Check(fact(15) == 1307674368000 && memo.Count == 14, 14);
        return failed == 0 ? 100 : failed;
    }
}
