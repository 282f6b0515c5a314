// Catch clause selection: exact type, base type (Exception, SystemException, ArithmeticException),
// the first matching clause wins, clauses for unrelated types are skipped, a generic
// catch over a custom generic exception type, and catching by interface-free hierarchy.
using System;
using System.Runtime.CompilerServices;

class AppException : Exception { public AppException(string m) : base(m) { } }
class DbException : AppException { public DbException() : base("db") { } }
class GenericException<T> : Exception { public T Payload; public GenericException(T p) { Payload = p; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Throw(Exception e) => throw e;

    static string Which(Exception e)
    {
        try { Throw(e); return "none"; }
        catch (DbException) { return "db"; }
        catch (AppException) { return "app"; }
        catch (DivideByZeroException) { return "div"; }
        catch (ArithmeticException) { return "arith"; }
        catch (GenericException<int> g) { return "gint" + g.Payload; }
        catch (GenericException<string> g) { return "gstr" + g.Payload; }
        catch (SystemException) { return "sys"; }
        catch (Exception) { return "any"; }
    }

    static int Main()
    {
        Check(Which(new DbException()) == "db", 1);
        Check(Which(new AppException("x")) == "app", 2);
        Check(Which(new DivideByZeroException()) == "div", 3);
        Check(Which(new OverflowException()) == "arith", 4);
        Check(Which(new GenericException<int>(4)) == "gint4", 5);
        Check(Which(new GenericException<string>("s")) == "gstr" + "s", 6);
        Check(Which(new GenericException<long>(1)) == "any", 7);
        Check(Which(new NullReferenceException()) == "sys", 8);
        Check(Which(new Exception()) == "any", 9);
        int r = 0;
        try { try { Throw(new AppException("inner")); } catch (DbException) { r = -1; } }
        catch (AppException e) { r = e.Message == "inner" ? 1 : -2; }
        Check(r == 1, 10);
        try { Throw(new InvalidOperationException()); }
        catch (Exception e) when (e is ArgumentException) { r = -3; }
        catch (InvalidOperationException) { r = 2; }
        Check(r == 2, 11);
        return failed == 0 ? 100 : failed;
    }
}
