// Exit code precedence: Environment.ExitCode set during Main is ignored when Main returns an int
// (the return value wins), output flushed at exit, and ExitCode readable after being set.
using System;

static class Program
{
    static int Main()
    {
        Console.WriteLine($"initial {Environment.ExitCode}");
        Environment.ExitCode = 55;
        Console.WriteLine($"set {Environment.ExitCode}");
        Environment.ExitCode = -1;
        Console.WriteLine($"negative {Environment.ExitCode}");
        Environment.ExitCode = 3;
        Console.Error.WriteLine("exiting via return");
        Console.Write("no trailing newline");
        return 100;
    }
}
