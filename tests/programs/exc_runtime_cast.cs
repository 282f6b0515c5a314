// InvalidCastException from the runtime: castclass to an unrelated class, to an interface
// not implemented, unbox to the wrong type, unbox of an enum to a different-size integer,
// generic casts (T)obj, array casts, and the exception message mentioning both types.
using System;
using System.Runtime.CompilerServices;

class A { }
class B : A { }
class C { }
interface I { }
enum Small : byte { X }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static object O(object o) => o;
    static bool Ice(Action a) { try { a(); return false; } catch (InvalidCastException) { return true; } }
    static T Cast<T>(object o) => (T)o;

    static int Main()
    {
        Check(Ice(() => { var c = (C)O(new A()); }), 1);
        Check(Ice(() => { var b = (B)O(new A()); }), 2);
        Check(!Ice(() => { var a = (A)O(new B()); }), 3);
        Check(Ice(() => { var i = (I)O(new A()); }), 4);
        Check(Ice(() => { var i = (int)O(1L); }), 5);
        Check(Ice(() => { var d = (double)O(1f); }), 6);
        Check(Ice(() => { var i = (int)O(Small.X); }), 7);
        Check(!Ice(() => { var b = (byte)O(Small.X); }), 8);
        Check(Ice(() => Cast<string>(O(5))), 9);
        Check(Ice(() => Cast<int>(O("5"))), 10);
        Check(!Ice(() => Cast<A>(O(new B()))), 11);
        Check(Ice(() => { var arr = (string[])O(new object[1]); }), 12);
        Check(Ice(() => { var arr = (int[])O(new long[1]); }), 13);
        Check(Ice(() => { var g = (System.Collections.Generic.List<int>)O(new System.Collections.Generic.List<long>()); }), 14);
        string msg = null;
        try { var c = (C)O(new A()); } catch (InvalidCastException e) { msg = e.Message; }
        Check(msg != null && msg.Contains("'A'") && msg.Contains("'C'"), 15);
        Check(!Ice(() => { var s = (string[])O(null); }), 16);
        return failed == 0 ? 100 : failed;
    }
}
