// Runtime-raised NullReferenceException: field load and store, instance method call (callvirt
// on null), virtual and interface calls, array length and element access on a null array,
// unboxing null, string members, delegate invocation on null, and a null struct field holder.
using System;
using System.Runtime.CompilerServices;

class Node { public int Value; public Node Next; public virtual int Virt() => 1; public int NonVirt() => Value; }
interface IFoo { int Foo(); }
class Holder { public (int, int) Pair; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static T Null<T>() where T : class => null;
    static bool Nre(Action a) { try { a(); return false; } catch (NullReferenceException) { return true; } }

    static int Main()
    {
        Check(Nre(() => { var x = Null<Node>().Value; }), 1);
        Check(Nre(() => { Null<Node>().Value = 5; }), 2);
        Check(Nre(() => Null<Node>().NonVirt()), 3);
        Check(Nre(() => Null<Node>().Virt()), 4);
        Check(Nre(() => Null<IFoo>().Foo()), 5);
        Check(Nre(() => { var l = Null<int[]>().Length; }), 6);
        Check(Nre(() => { var e = Null<int[]>()[0]; }), 7);
        Check(Nre(() => { Null<string[]>()[0] = "x"; }), 8);
        Check(Nre(() => { var u = (int)Null<object>(); }), 9);
        Check(Nre(() => { var l = Null<string>().Length; }), 10);
        Check(Nre(() => Null<Action>()()), 11);
        Check(Nre(() => { var p = Null<Holder>().Pair.Item2; }), 12);
        Check(Nre(() => { var n = new Node(); var v = n.Next.Next.Value; }), 13);
        Check(Nre(() => Null<object>().GetHashCode()), 14);
        Check(!Nre(() => { var s = Null<string>()?.Length; }), 16);
        Check(Nre(() => { foreach (var x in Null<int[]>()) { } }), 17);
        string msg = null;
        try { var v = Null<Node>().Value; } catch (NullReferenceException e) { msg = e.Message; }
        Check(msg == "Object reference not set to an instance of an object.", 18);
        return failed == 0 ? 100 : failed;
    }
}
