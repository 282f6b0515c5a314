// Exception filters (`when`): filter false falls through to later clauses and outer
// handlers, filters run before inner finally blocks (two-pass unwinding), a filter that
// throws is treated as false, filters reading locals and the exception, and filters with
// side effects counting evaluations.
using System;
using System.Runtime.CompilerServices;

class CodeException : Exception { public int Code; public CodeException(int c) { Code = c; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";
    [MethodImpl(MethodImplOptions.NoInlining)] static void Throw(int c) => throw new CodeException(c);
    static bool Log(string s, bool r) { log += s; return r; }
    static bool Bad() => throw new InvalidOperationException("filter");

    static void Inner(int c)
    {
        try { Throw(c); }
        finally { log += "F"; }
    }

    static int Main()
    {
        int r = 0;
        try { Throw(3); }
        catch (CodeException e) when (e.Code == 1) { r = 1; }
        catch (CodeException e) when (e.Code == 3) { r = 3; }
        catch (CodeException) { r = -1; }
        Check(r == 3, 1);
        log = "";
        try { Inner(5); }
        catch (CodeException e) when (Log("w", e.Code == 5)) { log += "c"; }
        Check(log == "wFc", 2);
        log = "";
        try
        {
            try { Inner(6); }
            catch (CodeException) when (Log("1", false)) { log += "X"; }
        }
        catch (CodeException) when (Log("2", true)) { log += "c"; }
        Check(log == "12Fc", 3);
        r = 0;
        try
        {
            try { Throw(7); }
            catch (Exception) when (Bad()) { r = -1; }
            catch (CodeException) { r = 7; }
        }
        catch (InvalidOperationException) { r = -2; }
        Check(r == 7, 4);
        int evaluations = 0;
        for (int i = 0; i < 10; i++)
        {
            try { Throw(i); }
            catch (CodeException e) when (++evaluations > 0 && e.Code % 2 == 0) { r += 100; }
            catch (CodeException) { r += 1; }
        }
        Check(evaluations == 10 && r == 7 + 500 + 5, 5);
        int limit = 2;
        r = 0;
        try { Throw(4); }
        catch (CodeException e) when (e.Code > limit) { r = e.Code; }
        Check(r == 4, 6);
        log = "";
        try
        {
            try { Throw(9); }
            finally { log += "a"; }
        }
        catch when (Log("f", true)) { log += "b"; }
        Check(log == "fab", 7);
        return failed == 0 ? 100 : failed;
    }
}
