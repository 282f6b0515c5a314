// void Main where Environment.ExitCode is set deep inside nested calls and a finally block,
// and Main then returns normally after an exception was caught; the exit code must be the
// last value assigned.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void Level3(int v) { try { throw new InvalidOperationException(); } finally { Environment.ExitCode = v; } }
    static void Level2(int v) => Level3(v);
    static void Level1(int v) { try { Level2(v); } catch (InvalidOperationException) { Check(Environment.ExitCode == v, 1); } }

    static void Main()
    {
        Level1(7);
        Check(Environment.ExitCode == 7, 2);
        Level1(100);
        if (failed != 0) Environment.ExitCode = failed;
    }
}
