// Virtual dispatch: override chains, `new` hiding (static type decides), `new virtual`
// starting a new slot, sealed overrides, base calls, abstract methods, virtual calls through
// interfaces implemented by a base class, explicit interface implementations, and covariant
// return types.
using System;

class A
{
    public virtual string V() => "A.V";
    public string N() => "A.N";
    public virtual string W() => "A.W";
    public virtual A Self() => this;
    public virtual string Chain() => "A";
}
class B : A
{
    public override string V() => "B.V";
    public new string N() => "B.N";
    public new virtual string W() => "B.W";
    public override B Self() => this;
    public override string Chain() => base.Chain() + "B";
}
class C : B
{
    public sealed override string V() => "C.V+" + base.V();
    public override string W() => "C.W";
    public override string Chain() => base.Chain() + "C";
}
class D : C
{
    public new string V() => "D.V";
    public override string Chain() => base.Chain() + "D";
}

interface IRun { string Run(); }
interface IWalk { string Run(); }
class Runner : IRun, IWalk
{
    public virtual string Run() => "Runner";
    string IWalk.Run() => "Walker";
}
class FastRunner : Runner { public override string Run() => "Fast"; }

abstract class Op { public abstract int Apply(int x); public int Twice(int x) => Apply(Apply(x)); }
class Inc : Op { public override int Apply(int x) => x + 1; }
class Sq : Op { public override int Apply(int x) => x * x; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        A a = new D();
        B b = (B)a;
        C c = (C)a;
        D d = (D)a;
        Check(a.V() == "C.V+B.V" && d.V() == "D.V" && c.V() == "C.V+B.V", 1);
        Check(a.N() == "A.N" && b.N() == "B.N" && d.N() == "B.N", 2);
        Check(a.W() == "A.W" && b.W() == "C.W" && c.W() == "C.W", 3);
        Check(a.Chain() == "ABCD", 4);
        Check(ReferenceEquals(b.Self(), d) && a.Self() is D, 5);
        IRun r = new FastRunner();
        IWalk w = new FastRunner();
        Check(r.Run() == "Fast" && w.Run() == "Walker", 6);
        Runner rr = new Runner();
        Check(rr.Run() == "Runner" && ((IWalk)rr).Run() == "Walker", 7);
        Op[] ops = { new Inc(), new Sq() };
        Check(ops[0].Twice(3) == 5 && ops[1].Twice(3) == 81, 8);
        A[] all = { new A(), new B(), new C(), new D() };
        string s = "";
        foreach (var x in all) s += x.V()[0];
        Check(s == "ABCC", 9);
        string w2 = "";
        foreach (var x in all) w2 += x.W()[0];
        Check(w2 == "AAAA", 10);
        return failed == 0 ? 100 : failed;
    }
}
