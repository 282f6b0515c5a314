// Catch-all clauses: `catch { }` and `catch (Exception)` catch everything thrown (including
// runtime-raised exceptions), code after the try continues, a catch-all nested inside a typed
// handler, and exceptions thrown inside a catch-all propagate to the outer handler.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Div(int a, int b) => a / b;
    [MethodImpl(MethodImplOptions.NoInlining)] static object Null() => null;

    static int Main()
    {
        int caught = 0;
        try { Div(1, 0); } catch { caught++; }
        try { Null().ToString(); } catch { caught++; }
        try { var a = new int[1]; a[Div(2, 1)] = 1; } catch { caught++; }
        try { throw new Exception("plain"); } catch { caught++; }
        try { object s = "x"; var i = (int)s; } catch { caught++; }
        Check(caught == 5, 1);
        string log = "";
        try
        {
            try { throw new ArgumentException(); }
            catch { log += "a"; throw new InvalidOperationException(); }
        }
        catch (InvalidOperationException) { log += "b"; }
        Check(log == "ab", 2);
        log = "";
        try
        {
            try { Div(1, 0); }
            catch (DivideByZeroException)
            {
                try { Null().GetHashCode(); }
                catch { log += "n"; }
                log += "d";
            }
        }
        catch { log += "X"; }
        Check(log == "nd", 3);
        int k = 0;
        for (int i = 0; i < 100; i++)
        {
            try { if (i % 7 == 0) throw new Exception(); k++; }
            catch { k += 1000; }
        }
        Check(k == 85 + 15 * 1000, 4);
        Exception saved = null;
        try { Div(5, 0); } catch (Exception e) { saved = e; }
        Check(saved is DivideByZeroException && saved.Message.Length > 0, 5);
        return failed == 0 ? 100 : failed;
    }
}
