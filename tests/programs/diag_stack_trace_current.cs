// Traces of the current stack: Environment.StackTrace and new StackTrace()/StackTrace(true)/
// StackTrace(skipFrames) list the frames of the calling thread, innermost first, from nested
// calls, generic methods and types, lambdas and closures, a local function, a constructor, a
// static constructor, a catch block, recursion, an iterator and a framework method calling
// back (List.ForEach); new StackFrame(skip) and new StackTrace(exception) too. dotnet prints
// " in file:line N" for methods with a PDB and dotnative does not (no line is known for a
// return address, as under Native AOT): each trace is printed as its method names only, down
// to Main. FrameCount, GetFrames() and GetFrame(i) agree with ToString(). Methods whose frames
// are printed are [MethodImpl(NoInlining)]: the JIT's tier-0 code inlines nothing, dotnative's
// C compiler inlines small methods.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

class Widget
{
    public readonly string Trace;
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Widget() { Trace = Environment.StackTrace; }
}

static class Holder
{
    public static readonly string Trace;
    static Holder() { Trace = Environment.StackTrace; }
}

class Box<T>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public string Get(T value) => value != null ? Environment.StackTrace : "";
}

static class Program
{
    // "   at Ns.Type.Method(Args) in file:line N" lines -> "Type.Method(Args)", stopping at Main
    // (a batch of test programs has one more frame below it).
    static string Names(string trace)
    {
        var sb = new StringBuilder();
        foreach (var raw in trace.Split('\n'))
        {
            string line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("at ")) line = line.Substring(3);
            int file = line.IndexOf(") in ");
            if (file >= 0) line = line.Substring(0, file + 1);
            if (line.StartsWith("P_")) line = line.Substring(line.IndexOf('.') + 1);
            if (sb.Length > 0) sb.Append(" <- ");
            sb.Append(line);
            if (line.StartsWith("Program.Main(")) break;
        }
        return sb.ToString();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Inner() => Environment.StackTrace;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Middle(int x) => x > 0 ? Inner() : "";

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Outer(string s) => Middle(s.Length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Generic<T>(T value, List<T> list) => Environment.StackTrace;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower() => throw new InvalidOperationException("thrown");

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string InCatch()
    {
        try
        {
            Thrower();
            return "not thrown";
        }
        catch (InvalidOperationException)
        {
            return Environment.StackTrace;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Recurse(int n) => n == 0 ? Environment.StackTrace : Recurse(n - 1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static IEnumerable<string> Iterate()
    {
        yield return Environment.StackTrace;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static StackTrace Capture(int skip) => skip < 0 ? new StackTrace() : new StackTrace(skip);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static StackTrace CaptureTwice() => Capture(-1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static StackFrame FrameHere(int skip) => skip == 0 ? new StackFrame() : new StackFrame(skip);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Exception Caught()
    {
        try
        {
            Thrower();
        }
        catch (Exception e)
        {
            return e;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string WithLocalFunction()
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        string Local(int k) => k > 0 ? Environment.StackTrace : "";
        return Local(1);
    }

    static int Main()
    {
        int failures = 0;
        void Check(string what, bool ok)
        {
            Console.WriteLine($"{what}: {ok}");
            if (!ok) failures++;
        }

        Console.WriteLine(Names(Outer("abc")));
        Console.WriteLine(Names(Generic(42, new List<int>())));
        Console.WriteLine(Names(new Box<string>().Get("s")));
        Func<int, string> lambda = n => n > 0 ? Environment.StackTrace : "";
        Console.WriteLine(Names(lambda(1)));
        int captured = 7;
        Func<string> closure = () => captured > 0 ? Environment.StackTrace : "";
        Console.WriteLine(Names(closure()));
        Console.WriteLine(Names(WithLocalFunction()));
        Console.WriteLine(Names(new Widget().Trace));
        Console.WriteLine(Names(Holder.Trace));
        Console.WriteLine(Names(InCatch()));
        Console.WriteLine(Names(Recurse(3)));
        foreach (var t in Iterate()) Console.WriteLine(Names(t));
        var fromForEach = new List<string>();
        new List<int> { 1 }.ForEach(i => fromForEach.Add(Environment.StackTrace));
        Console.WriteLine(Names(fromForEach[0]));

        // StackTrace objects: the constructor's own frames are not part of them.
        var here = new StackTrace();
        var deeper = CaptureTwice();
        Console.WriteLine(Names(here.ToString()));
        Console.WriteLine(Names(deeper.ToString()));
        Console.WriteLine(Names(new StackTrace(true).ToString()));
        Console.WriteLine(Names(Capture(1).ToString()));
        // A StackFrame of the current stack, and a StackTrace of an exception's frames.
        Console.WriteLine(Names(new StackTrace(FrameHere(0)).ToString()));
        Console.WriteLine(Names(new StackTrace(FrameHere(1)).ToString()));
        Exception ex = Caught();
        Console.WriteLine(Names(new StackTrace(ex).ToString()));
        Check("exception trace", new StackTrace(ex, true).ToString() == ex.StackTrace + Environment.NewLine);
        Check("exception frames", new StackTrace(ex).FrameCount == 2 && new StackTrace(ex, 1).FrameCount == 1);
        Check("two more frames", deeper.FrameCount == here.FrameCount + 2);
        Check("skip one", Capture(1).FrameCount == here.FrameCount);
        Check("skip all", Capture(1000).FrameCount == 0 && Capture(1000).ToString() == Environment.NewLine && Capture(1000).GetFrames().Length == 0);
        Check("GetFrames", deeper.GetFrames().Length == deeper.FrameCount);
        Check("GetFrame in range", deeper.GetFrame(0) != null && deeper.GetFrame(deeper.FrameCount - 1) != null);
        Check("GetFrame out of range", deeper.GetFrame(deeper.FrameCount) == null);
        Check("ToString lines", deeper.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == deeper.FrameCount);
        Check("trailing newline", deeper.ToString().EndsWith("\n") && !Environment.StackTrace.EndsWith("\n"));
        Check("no file without file info", deeper.GetFrame(0).GetFileName() == null);
        Check("first line", Environment.StackTrace.Split('\n')[0].Trim() == "at System.Environment.get_StackTrace()");
        return failures == 0 ? 100 : 1;
    }
}
