// Delegates and lambdas: static and instance method groups, closures over locals and
// parameters, generic delegates (Func/Action), delegates to struct methods, virtual methods
// through delegates, multicast delegates (+=, -=, invocation order), delegate equality,
// and local functions.
using System;

interface IGreeter { int Greet(int x); }
class Greeter : IGreeter { public int Bonus = 1; public virtual int Greet(int x) => x + Bonus; }
class LoudGreeter : Greeter { public override int Greet(int x) => x * 100; }
struct Adder { public int K; public int Add(int x) => x + K; }

delegate int IntOp(int x);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Twice(int x) => 2 * x;
    static int Apply(IntOp op, int x) => op(x);
    static T ApplyGeneric<T>(Func<T, T> f, T x) => f(x);
    static string order = "";

    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static int Main()
    {
        IntOp op = Twice;
        Check(op(21) == 42 && Apply(Twice, 5) == 10, 1);
        var g = new Greeter { Bonus = 5 };
        IntOp inst = g.Greet;
        Check(inst(1) == 6, 2);
        g.Bonus = 10;
        Check(inst(1) == 11, 3);
        Greeter loud = new LoudGreeter();
        IntOp virt = loud.Greet;
        Check(virt(3) == 300, 4);
        IGreeter ig = g;
        Func<int, int> viaInterface = ig.Greet;
        Check(viaInterface(0) == 10, 5);

        int captured = 3;
        Func<int, int> addCaptured = x => x + captured;
        captured = 4;
        Check(addCaptured(1) == 5, 6);

        var counter = MakeCounter();
        counter(); counter();
        Check(counter() == 3, 7);
        var other = MakeCounter();
        Check(other() == 1, 8);

        Check(ApplyGeneric(s => s + "!", "hi") == "hi!" && ApplyGeneric(x => x * x, 9) == 81, 9);

        var adder = new Adder { K = 7 };
        Func<int, int> structDel = adder.Add;
        adder.K = 100;
        Check(structDel(1) == 8, 10);

        Action a = () => order += "1";
        a += () => order += "2";
        a += () => order += "3";
        a();
        Check(order == "123", 11);
        Action two = () => order += "2";
        Action combined = (Action)Delegate.Combine(new Action(() => order += "x"), two);
        combined();
        Check(order == "123x2", 12);

        Func<int> multi = () => 1;
        multi += () => 2;
        Check(multi() == 2, 13);

        IntOp d1 = Twice, d2 = Twice;
        Check(d1.Equals(d2) && d1 != null, 14);

        int Local(int x) => x + captured;
        Check(Local(1) == 5, 15);
        static int StaticLocal(int x) => x - 1;
        Func<int, int> sl = StaticLocal;
        Check(sl(10) == 9, 16);

        Predicate<string> isEmpty = string.IsNullOrEmpty;
        Check(isEmpty("") && !isEmpty("a"), 17);

        Func<int, Func<int, int>> curry = x => y => x * 10 + y;
        Check(curry(4)(2) == 42, 18);

        return failed == 0 ? 100 : failed;
    }
}
