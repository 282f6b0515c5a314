// An exception that escapes a finally block shows the method twice in its stack trace (CoreCLR
// runs the finally as a separate funclet frame); one thrown in a catch block, caught inside
// the finally, or thrown by a finally that runs while another exception unwinds, shows it once.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowInCatch()
    {
        try { throw new FormatException("first"); }
        catch (FormatException) { throw new InvalidOperationException("from catch"); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowInFinally()
    {
        try { Console.WriteLine("body"); }
        finally { throw new InvalidOperationException("from finally"); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowInFinallyCaughtAndRethrown()
    {
        try
        {
            try { Console.WriteLine("body"); }
            finally { throw new InvalidOperationException("rethrown"); }
        }
        catch (InvalidOperationException) { throw; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowInNestedFinally(int depth)
    {
        try
        {
            try { Console.WriteLine($"depth {depth}"); }
            finally { throw new ArgumentException("nested"); }
        }
        finally { Console.WriteLine("outer finally"); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowInFinallyDuringUnwind()
    {
        try
        {
            try { throw new FormatException("first"); }
            finally { throw new InvalidOperationException("replaces first"); }
        }
        finally { Console.WriteLine("outer finally"); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string CaughtInsideFinally()
    {
        string trace = "";
        try { Console.WriteLine("body"); }
        finally
        {
            try { throw new InvalidOperationException("inside"); }
            catch (InvalidOperationException e) { trace = e.StackTrace ?? ""; }
        }
        return trace;
    }

    static int Lines(string? trace) => trace == null ? 0 : trace.Split('\n').Length;

    static int Show(Action action)
    {
        try
        {
            action();
            return -1;
        }
        catch (Exception e)
        {
            Console.WriteLine($"{e.GetType().Name}: {e.Message}");
            Console.WriteLine(e.StackTrace);
            return Lines(e.StackTrace);
        }
    }

    static int Main()
    {
        int a = Show(ThrowInCatch);
        int b = Show(ThrowInFinally);
        int c = Show(ThrowInFinallyCaughtAndRethrown);
        int d = Show(() => ThrowInNestedFinally(1));
        int e = Show(ThrowInFinallyDuringUnwind);
        string inside = CaughtInsideFinally();
        Console.WriteLine(inside);
        Console.WriteLine($"lines: {a} {b} {c} {d} {e} {Lines(inside)}");
        return a == 2 && b == 3 && c == 3 && d == 4 && e == 2 && Lines(inside) == 1 ? 100 : 1;
    }
}
