// A void Main's exit status is Environment.ExitCode.
using System;

static class Program
{
    static void Main()
    {
        Console.WriteLine($"exit code starts at {Environment.ExitCode}");
        Environment.ExitCode = 100;
        Console.WriteLine($"exit code is now {Environment.ExitCode}");
    }
}
