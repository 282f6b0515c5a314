// Console input at end of input (the test harness gives the program an empty stdin):
// ReadLine returns null, Read returns -1, In.ReadToEnd returns "", IsInputRedirected is true.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id)
    {
        if (!ok && failed == 0) failed = id;
        Console.WriteLine($"check {id}: {(ok ? "ok" : "FAILED")}");
    }

    static int Main()
    {
        Check(Console.IsInputRedirected, 1);
        Check(Console.ReadLine() == null, 2);
        Check(Console.Read() == -1, 3);
        Check(Console.In.ReadToEnd() == "", 4);
        Check(Console.ReadLine() == null, 5);
        Console.WriteLine("done");
        return failed == 0 ? 100 : failed;
    }
}
