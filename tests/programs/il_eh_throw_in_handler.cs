// An exception thrown inside a catch or finally handler that has no enclosing try in its method
// leaves the method (to the caller's handlers), and an unhandled one ends the program.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int finallyRuns;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ThrowFromCatch()
    {
        try { throw new ArgumentException("inner"); }
        catch (Exception e) { throw new InvalidOperationException("boom", e); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowFromFinally()
    {
        try { finallyRuns++; }
        finally { throw new FormatException("from finally"); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void RethrowFromCatch()
    {
        try { throw new NotSupportedException("x"); }
        catch (NotSupportedException) { finallyRuns += 10; throw; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int NestedCatchThrow()
    {
        try
        {
            try { throw new ArgumentException("a"); }
            catch (ArgumentException) { throw new InvalidCastException("b"); }
        }
        catch (InvalidCastException e) { return e.Message == "b" ? 7 : 0; }
    }

    static int Main()
    {
        try { ThrowFromCatch(); return 1; }
        catch (InvalidOperationException e)
        {
            if (e.Message != "boom" || e.InnerException is not ArgumentException) return 2;
        }
        try { ThrowFromFinally(); return 3; }
        catch (FormatException) { }
        try { RethrowFromCatch(); return 4; }
        catch (NotSupportedException e) { if (e.Message != "x") return 5; }
        if (finallyRuns != 11) return 6;
        if (NestedCatchThrow() != 7) return 8;
        return 100;
    }
}
