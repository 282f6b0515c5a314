// Environment.Exit(100) called from inside a finally block while an exception is unwinding,
// and from a catch handler in a nested frame; the program must exit with 100 before reaching
// the outer handlers (which would exit with other codes).
using System;

static class Program
{
    static int stage;
    static void Inner()
    {
        try { stage = 1; throw new InvalidOperationException(); }
        finally { if (stage == 1) Environment.Exit(100); Environment.Exit(4); }
    }
    static void Middle() { try { Inner(); } catch (InvalidOperationException) { Environment.Exit(5); } }

    static int Main()
    {
        try { Middle(); }
        catch { return 6; }
        finally { Environment.ExitCode = 7; }
        return 8;
    }
}
