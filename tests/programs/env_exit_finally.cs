// Environment.Exit semantics: ExitCode set early is overridden by Exit's argument, output written
// before Exit (Console.Out and Console.Error) is flushed, finally blocks of the calling frames do
// not run, and TickCount64 is non-decreasing across busy work before exiting with code 100.
using System;

static class Program
{
    static void Deep(int n)
    {
        try
        {
            if (n == 0)
            {
                Console.Out.Write("about to exit");
                Console.Error.WriteLine("stderr before exit");
                Console.WriteLine(" now");
                Environment.Exit(100);
            }
            Deep(n - 1);
        }
        finally
        {
            Console.WriteLine("finally " + n + " should not print");
        }
    }

    static int Main()
    {
        Environment.ExitCode = 7;
        long t0 = Environment.TickCount64;
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) sum += i % 7;
        long t1 = Environment.TickCount64;
        Console.WriteLine($"sum {sum} ticks ordered {t1 >= t0} tickcount32 positive {Environment.TickCount != 0 || true}");
        Console.WriteLine($"exitcode before {Environment.ExitCode}");
        Deep(3);
        Console.WriteLine("unreachable");
        return 1;
    }
}
