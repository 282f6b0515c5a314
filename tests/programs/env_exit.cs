// Environment.Exit: ProcessExit handlers run, the code after the call does not, the exit status
// is the argument; output written before the exit is flushed.
using System;

static class Program
{
    static int Main()
    {
        AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.WriteLine("process exit handler");
        Console.WriteLine("before exit");
        Console.Error.WriteLine("to stderr before exit");
        Environment.Exit(100);
        Console.WriteLine("after exit (must not print)");
        return 1;
    }
}
