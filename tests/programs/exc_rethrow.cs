// Rethrowing: `throw;` preserves the exception object, `throw e;` throws the same object,
// wrapping in a new exception with InnerException, rethrow from nested catch blocks, rethrow
// after a filter, and ExceptionDispatchInfo.Capture(...).Throw().
using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

class MyEx : Exception { public int Hops; public MyEx(string m) : base(m) { } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Origin() => throw new MyEx("origin");
    static void Level1() { try { Origin(); } catch (MyEx e) { e.Hops++; throw; } }
    static void Level2() { try { Level1(); } catch (MyEx e) { e.Hops++; throw; } }
    static void Wrap() { try { Level2(); } catch (Exception e) { throw new InvalidOperationException("wrapped", e); } }

    static int Main()
    {
        MyEx first = null;
        try { Origin(); } catch (MyEx e) { first = e; }
        try { Level2(); Check(false, 1); }
        catch (MyEx e) { Check(e.Hops == 2 && e.Message == "origin", 2); }
        try { Wrap(); }
        catch (InvalidOperationException e) { Check(e.Message == "wrapped" && e.InnerException is MyEx m && m.Hops == 2, 3); }
        Exception saved = null, caught = null;
        try
        {
            try { Origin(); }
            catch (Exception e) { saved = e; throw e; }
        }
        catch (Exception e) { caught = e; }
        Check(ReferenceEquals(saved, caught), 4);
        int stage = 0;
        try
        {
            try
            {
                try { Origin(); }
                catch (MyEx) { stage = 1; throw; }
            }
            catch (MyEx) when (stage == 1) { stage = 2; throw; }
        }
        catch (MyEx) { stage = stage == 2 ? 3 : -1; }
        Check(stage == 3, 5);
        ExceptionDispatchInfo edi = null;
        try { Origin(); } catch (MyEx e) { edi = ExceptionDispatchInfo.Capture(e); }
        try { edi.Throw(); }
        catch (MyEx e) { Check(ReferenceEquals(e, edi.SourceException) && e.Message == "origin", 6); }
        try
        {
            try { throw new MyEx("a"); }
            catch (MyEx) { try { throw new MyEx("b"); } catch (MyEx) { } throw; }
        }
        catch (MyEx e) { Check(e.Message == "a", 7); }
        var agg = new AggregateException(new MyEx("x"), new MyEx("y"));
        Check(agg.InnerExceptions.Count == 2 && ((MyEx)agg.InnerExceptions[1]).Message == "y", 8);
        return failed == 0 ? 100 : failed;
    }
}
