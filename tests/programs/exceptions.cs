// Exceptions: throw/catch by type and base type, catch order, finally on normal exit, on
// exceptions and on return/break/continue out of a try, nested try blocks, rethrow and throw
// of a caught exception, exception filters (with side effects and throwing filters), custom
// exception types with fields, exceptions crossing several frames, runtime-raised exceptions
// (null reference, index, cast, division, overflow) and exceptions in finally blocks.
using System;
using System.Runtime.CompilerServices;

class MyException : Exception
{
    public int Code;
    public MyException(int code) : base("my") { Code = code; }
}
class DerivedException : MyException { public DerivedException() : base(2) { } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Id(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static void Throw(int code) { if (code > 0) throw new MyException(code); }
    static int Deep(int n) { if (n == 0) { Throw(7); return 0; } return Deep(n - 1) + 1; }

    static string trace = "";
    static void Log(string s) => trace += s;

    static int FinallyOrder()
    {
        trace = "";
        try
        {
            try { Log("a"); Throw(1); Log("x"); }
            finally { Log("b"); }
        }
        catch (MyException) { Log("c"); }
        finally { Log("d"); }
        return trace == "abcd" ? 1 : 0;
    }

    static int ReturnThroughFinally()
    {
        int i = 0;
        try { i = 1; return i; }
        finally { trace = "f"; }
    }

    static int LoopWithFinally()
    {
        int count = 0, fin = 0;
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                count++;
            }
            finally { fin++; }
        }
        return count * 10 + fin;
    }

    static bool FilterSeen;
    static bool Filter(Exception e) { FilterSeen = true; return e is MyException m && m.Code == 5; }
    static bool ThrowingFilter() => throw new InvalidOperationException();

    static int Main()
    {
        try { Throw(3); Check(false, 1); }
        catch (MyException e) { Check(e.Code == 3 && e.Message == "my", 2); }

        try { throw new DerivedException(); }
        catch (ArgumentException) { Check(false, 3); }
        catch (MyException e) when (e.Code == 1) { Check(false, 4); }
        catch (MyException e) { Check(e.Code == 2 && e is DerivedException, 5); }

        Check(FinallyOrder() == 1, 6);
        Check(ReturnThroughFinally() == 1 && trace == "f", 7);
        Check(LoopWithFinally() == 24, 8);

        try { Deep(10); Check(false, 9); }
        catch (MyException e) { Check(e.Code == 7, 10); }

        int caught = 0;
        try
        {
            try { Throw(4); }
            catch (MyException) { caught++; throw; }
        }
        catch (MyException e) { caught += e.Code; }
        Check(caught == 5, 11);

        Exception saved = null;
        try
        {
            try { Throw(6); }
            catch (Exception e) { saved = e; throw e; }
        }
        catch (Exception e) { Check(ReferenceEquals(e, saved), 12); }

        FilterSeen = false;
        try { Throw(5); }
        catch (Exception e) when (Filter(e)) { Check(FilterSeen, 13); }
        int r = 0;
        try
        {
            try { Throw(8); }
            catch (Exception) when (ThrowingFilter()) { r = -1; }
        }
        catch (MyException e) { r = e.Code; }
        Check(r == 8, 14);

        string s = null;
        try { int n = s.Length; Check(n < 0, 15); }
        catch (NullReferenceException e) { Check(e.Message.Length > 0, 16); }

        object o = "str";
        try { var x = (MyException)o; Check(x == null, 17); }
        catch (InvalidCastException) { r = 100; }
        Check(r == 100, 18);

        try { int z = Id(10) / Id(0); Check(z < 0, 19); }
        catch (ArithmeticException e) { Check(e is DivideByZeroException, 20); }

        int fin = 0;
        try
        {
            try { Throw(1); }
            finally { fin++; throw new InvalidOperationException("replaced"); }
        }
        catch (InvalidOperationException e) { Check(e.Message == "replaced" && fin == 1, 21); }
        catch (MyException) { Check(false, 22); }

        try { throw null; }
        catch (NullReferenceException) { r = 1; }
        Check(r == 1, 23);

        var ex = new MyException(9);
        Check(ex.InnerException == null && ex.Code == 9, 24);
        var wrapped = new InvalidOperationException("outer", ex);
        Check(ReferenceEquals(wrapped.InnerException, ex), 25);

        bool inFinally = false;
        try { try { } finally { inFinally = true; } }
        catch { Check(false, 26); }
        Check(inFinally, 27);

        return failed == 0 ? 100 : failed;
    }
}
