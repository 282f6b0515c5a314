// ArrayTypeMismatchException: covariant stores through object[] and base-class arrays,
// interface-typed arrays, Span<T> construction over a covariant array, stores in loops
// that fail mid-way (earlier elements stay), and the exception's message and base type.
using System;
using System.Runtime.CompilerServices;

interface IShape { }
class Sq : IShape { }
class Circ : IShape { }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Put(object[] a, int i, object v) => a[i] = v;
    static bool Atm(Action a) { try { a(); return false; } catch (ArrayTypeMismatchException) { return true; } }

    static int Main()
    {
        object[] strs = new string[3];
        Check(Atm(() => Put(strs, 0, 1)), 1);
        Check(Atm(() => Put(strs, 0, new object())), 2);
        Check(!Atm(() => Put(strs, 0, "ok")) && !Atm(() => Put(strs, 1, null)), 3);
        IShape[] shapes = new Sq[2];
        Check(Atm(() => shapes[0] = new Circ()) && !Atm(() => shapes[0] = new Sq()), 4);
        object[] jag = new int[2][];
        Check(Atm(() => Put(jag, 0, new long[1])) && !Atm(() => Put(jag, 0, new int[1])), 5);
        Check(Atm(() => new Span<object>(strs)), 6);
        Check(!Atm(() => new ReadOnlySpan<object>(strs)), 7);
        object[] target = new Sq[5];
        int stored = 0;
        try
        {
            for (int i = 0; i < 5; i++) { Put(target, i, i == 3 ? new Circ() : new Sq()); stored++; }
        }
        catch (ArrayTypeMismatchException) { }
        Check(stored == 3 && target[2] != null && target[3] == null, 8);
        string msg = null;
        try { Put(strs, 2, 5); } catch (ArrayTypeMismatchException e) { msg = e.Message; }
        Check(msg == "Attempted to access an element as a type incompatible with the array.", 9);
        Check(new ArrayTypeMismatchException() is SystemException, 10);
        object[] exact = new object[1];
        Check(!Atm(() => Put(exact, 0, 42)), 11);
        return failed == 0 ? 100 : failed;
    }
}
