// Nested exception handlers: try/catch inside catch, try/finally inside finally, exceptions
// thrown from a finally replacing the in-flight one, a catch inside a finally swallowing,
// multiple levels each handling different types, and handlers in loops inside handlers.
using System;

class E1 : Exception { }
class E2 : Exception { }
class E3 : Exception { }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";

    static void Levels(int which)
    {
        try
        {
            try
            {
                try
                {
                    if (which == 1) throw new E1();
                    if (which == 2) throw new E2();
                    if (which == 3) throw new E3();
                }
                catch (E1) { log += "1"; }
                finally { log += "a"; }
            }
            catch (E2) { log += "2"; }
            finally { log += "b"; }
        }
        catch (E3) { log += "3"; }
        finally { log += "c"; }
    }

    static int Main()
    {
        for (int i = 0; i <= 3; i++) Levels(i);
        Check(log == "abc" + "1abc" + "a2bc" + "ab3c", 1);
        log = "";
        try
        {
            try { throw new E1(); }
            catch (E1)
            {
                try { throw new E2(); }
                catch (E2) { log += "inner"; }
                log += "-";
            }
        }
        catch { log += "X"; }
        Check(log == "inner-", 2);
        log = "";
        try
        {
            try { throw new E1(); }
            finally
            {
                try { log += "f"; }
                finally { log += "g"; }
            }
        }
        catch (E1) { log += "c"; }
        Check(log == "fgc", 3);
        Exception got = null;
        try
        {
            try { throw new E1(); }
            finally { throw new E2(); }
        }
        catch (Exception e) { got = e; }
        Check(got is E2, 4);
        log = "";
        try
        {
            try { throw new E1(); }
            finally
            {
                try { throw new E3(); } catch (E3) { log += "swallow"; }
            }
        }
        catch (E1) { log += "+e1"; }
        Check(log == "swallow+e1", 5);
        int handled = 0;
        try { throw new E1(); }
        catch (E1)
        {
            for (int i = 0; i < 5; i++) { try { if (i % 2 == 0) throw new E2(); } catch (E2) { handled++; } }
        }
        Check(handled == 3, 6);
        return failed == 0 ? 100 : failed;
    }
}
