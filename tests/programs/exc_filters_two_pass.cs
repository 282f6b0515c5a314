// Exception filters and the CLI's two passes: every filter on the way to the handler runs
// before any finally block between the throw and that handler (across frames and within one
// frame), a filter runs once per exception, a filter that throws is false, a typed catch in an
// inner frame ends the search before an outer filter, filters read and write locals and
// parameters (in generic methods, lambdas, iterators, struct methods), `throw;` from a handler
// chosen by a filter starts a new search, and runtime-raised exceptions take the same path.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

class AException : Exception { public int Code; public AException(int c) : base("A" + c) { Code = c; } }
class BException : Exception { public BException() : base("B") { } }

struct Counter
{
    public int Value;
    public int Limit;
    public int Probe()
    {
        try { throw new AException(Value); }
        catch (AException e) when (++Value > Limit && e.Code >= 0) { return Value; }
        catch (AException) { return -Value; }
    }
}

class Holder
{
    public int Field;
    public int Run(int code)
    {
        try { Program.Throw(code); return 0; }
        catch (AException e) when (e.Code == Field) { Field = -1; return 1; }
        catch (AException) { return 2; }
    }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id)
    {
        if (!ok && failed == 0) failed = id;
        Console.WriteLine($"{id}: {(ok ? "ok" : "FAILED")} {log}");
    }
    static string log = "";
    [MethodImpl(MethodImplOptions.NoInlining)] public static void Throw(int c) => throw new AException(c);
    static bool Log(string s, bool r) { log += s; return r; }
    static bool Bad(string s) { log += s; throw new InvalidOperationException("in filter"); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Level3(int c) { try { Throw(c); } finally { log += "3"; } }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Level2(int c) { try { Level3(c); } finally { log += "2"; } }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Level1(int c)
    {
        try { Level2(c); }
        catch (AException) when (Log("r", false)) { log += "X"; }
        finally { log += "1"; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void InnerTypedCatch()
    {
        try { try { Throw(1); } finally { log += "f"; } }
        catch (AException) { log += "t"; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Divide(int a, int b)
    {
        try { return a / b; }
        finally { log += "d"; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Length(string s)
    {
        try { return s.Length; }
        finally { log += "n"; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Element(int[] a, int i)
    {
        try { return a[i]; }
        finally { log += "x"; }
    }

    static bool FilterWithInnerException(string s)
    {
        // An exception thrown and caught (by a filter too) inside a filter does not disturb
        // the first pass that is evaluating this filter.
        try { Level3(7); }
        catch (AException e) when (Log("i" + e.Code, true)) { log += s; }
        return true;
    }

    // A typed catch between two filter methods ends the search before the outer filter.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void FilterRejects(int c)
    {
        try { Level3(c); }
        catch (AException) when (Log("m", false)) { log += "X"; }
        finally { log += "M"; }
    }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void TypedBetween(int c)
    {
        try { FilterRejects(c); }
        catch (AException) { log += "T"; }
    }

    static T Generic<T>(T value, Func<T, bool> accept)
    {
        try { Level3(5); return default!; }
        catch (AException) when (Log("g", accept(value))) { return value; }
    }

    static IEnumerable<int> Iterate(int n)
    {
        for (int i = 0; i < n; i++)
        {
            int v;
            try { v = 12 / (i - 1); }
            catch (DivideByZeroException) when (Log("y" + i, i == 1)) { v = -1; }
            yield return v;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int WithParameters(int code, ref int seen, int expected)
    {
        int local = 10;
        try { Level3(code); return 0; }
        catch (AException e) when ((seen += 1) > 0 && (local += e.Code) > 0 && e.Code == expected) { return local + code; }
        catch (AException) { return -local; }
    }

    static int Main()
    {
        // 1: across frames, the filter runs before the inner finally blocks, which run
        // innermost first before the handler.
        log = "";
        try { Level1(4); }
        catch (AException e) when (Log("w" + e.Code, true)) { log += "c"; }
        Check(log == "rw4321c", 1);

        // 2: within one frame, nested try regions.
        log = "";
        try
        {
            try
            {
                try { Throw(1); }
                finally { log += "a"; }
            }
            finally { log += "b"; }
        }
        catch (AException) when (Log("f", true)) { log += "h"; }
        Check(log == "fabh", 2);

        // 3: a filter that throws is false; the search goes on to the next clause.
        log = "";
        try
        {
            try { Level3(2); }
            catch (AException) when (Bad("x")) { log += "X"; }
            catch (AException e) when (Log("y" + e.Code, true)) { log += "h"; }
        }
        catch (InvalidOperationException) { log += "Z"; }
        Check(log == "xy23h", 3);

        // 4: an inner filter says no, an outer typed catch takes it; the finally between them
        // runs after both filters.
        log = "";
        try
        {
            try { Level3(3); }
            catch (AException) when (Log("n", false)) { log += "X"; }
            finally { log += "F"; }
        }
        catch (AException) { log += "c"; }
        Check(log == "n3Fc", 4);

        // 5: a typed catch in an inner frame ends the search: the outer filter never runs.
        log = "";
        try { InnerTypedCatch(); log += "-"; }
        catch (AException) when (Log("W", true)) { log += "X"; }
        Check(log == "ft-", 5);

        // 6: filters reading and writing locals and parameters.
        log = "";
        int seen = 0;
        int r = WithParameters(6, ref seen, 6);
        Check(r == 22 && seen == 1, 6);
        r = WithParameters(6, ref seen, 7);
        Check(r == -16 && seen == 2, 7);
        int local = 0;
        try { Throw(9); }
        catch (AException e) when ((local = e.Code * 2) > 100) { local = -1; }
        catch (AException) { local += 1; }
        Check(local == 19, 8);

        // 7: each filter runs once per exception, however many frames the exception leaves.
        int evaluations = 0;
        log = "";
        for (int i = 0; i < 4; i++)
        {
            try { Level1(i); }
            catch (AException e) when (++evaluations > 0 && e.Code % 2 == 1) { log += "o"; }
            catch (AException) { log += "e"; }
        }
        Check(evaluations == 4 && log == "r321er321or321er321o", 9);

        // 8: generic methods, lambdas, iterators, struct and instance methods.
        log = "";
        Check(Generic("s", s => s.Length == 1) == "s" && Generic(42, v => v == 42) == 42 && log == "g3g3", 10);
        log = "";
        Func<int, int> safeDivide = x =>
        {
            try { return Divide(10, x); }
            catch (DivideByZeroException) when (Log("l" + x, x == 0)) { return -1; }
        };
        Check(safeDivide(0) == -1 && safeDivide(5) == 2 && log == "l0dd", 11);
        log = "";
        var values = new List<int>(Iterate(3));
        Check(values.Count == 3 && values[0] == -12 && values[1] == -1 && values[2] == 12 && log == "y1", 12);
        var counter = new Counter { Value = 0, Limit = 2 };
        int a = counter.Probe(), b = counter.Probe(), c = counter.Probe();
        Check(a == -1 && b == -2 && c == 3 && counter.Value == 3, 13);
        var holder = new Holder { Field = 8 };
        Check(holder.Run(8) == 1 && holder.Field == -1 && holder.Run(8) == 2, 14);

        // 9: `throw;` from a handler chosen by a filter starts a new first pass from there.
        log = "";
        try
        {
            try
            {
                try { Level3(1); }
                finally { log += "i"; }
            }
            catch (AException) when (Log("a", true))
            {
                log += "h";
                try { throw; }
                finally { log += "j"; }
            }
        }
        catch (AException) when (Log("o", true)) { log += "c"; }
        Check(log == "a3iho" + "jc", 15);

        // 10: exceptions the runtime raises reach filters before the finally blocks run.
        log = "";
        try { Divide(1, 0); }
        catch (DivideByZeroException) when (Log("z", true)) { log += "c"; }
        Check(log == "zdc", 16);
        log = "";
        try { Length(null!); }
        catch (NullReferenceException) when (Log("z", true)) { log += "c"; }
        Check(log == "znc", 17);
        log = "";
        try { Element(new int[2], 5); }
        catch (IndexOutOfRangeException) when (Log("z", true)) { log += "c"; }
        Check(log == "zxc", 18);

        // 11: a finally that throws during the second pass replaces the exception, which
        // gets a search of its own; the first exception's chosen handler is not entered.
        log = "";
        try
        {
            try { Throw(1); }
            finally { log += "f"; throw new BException(); }
        }
        catch (AException) when (Log("A", true)) { log += "X"; }
        catch (BException) when (Log("B", true)) { log += "b"; }
        Check(log == "AfBb", 19);

        // 12: exceptions thrown and caught inside a filter (by another filter) keep the outer
        // search going.
        log = "";
        try { Level2(8); }
        catch (AException) when (FilterWithInnerException("k")) { log += "c"; }
        Check(log == "i73k32c", 20);

        // 13: a filter that rejects, on a thread of its own.
        string threadLog = "";
        var t = new Thread(() =>
        {
            try
            {
                try { Level3(5); }
                catch (AException) when ((threadLog += "t") == "") { }
                finally { threadLog += "f"; }
            }
            catch (AException e) when ((threadLog += "u" + e.Code) != "") { threadLog += "c"; }
        });
        log = "";
        t.Start();
        t.Join();
        Check(threadLog == "tu5fc" && log == "3", 21);

        // 14b: a typed catch in a frame between two filter methods.
        log = "";
        try { TypedBetween(2); log += "-"; }
        catch (AException) when (Log("W", true)) { log += "X"; }
        Check(log == "m3MT-", 23);

        // 14c: on a thread whose outermost handler is a typed catch, entered before any filter
        // method runs: the filter above it still runs first, and the catch takes the exception.
        string log2 = "";
        var t2 = new Thread(() =>
        {
            try { TypedBetween(6); }
            catch (AException) { log2 = "outer"; }
        });
        log = "";
        t2.Start();
        t2.Join();
        Check(log == "m3MT" && log2 == "", 24);

        // 14: a filter sees the exception object and the handler gets the same object.
        Exception? seenInFilter = null;
        try { Throw(3); }
        catch (Exception e) when ((seenInFilter = e) != null) { Check(ReferenceEquals(e, seenInFilter) && e.Message == "A3", 22); }

        Console.WriteLine(failed == 0 ? "all ok" : $"failed: {failed}");
        return failed == 0 ? 100 : failed;
    }
}
