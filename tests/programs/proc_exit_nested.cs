// Environment.Exit(100) called from deep inside nested calls (with pending finally blocks and
// a try/catch around it): the process ends immediately with exit code 100; code after the
// call and Main's return value (which would be 1) are never reached.
using System;

static class Program
{
    static int depth;
    static void Recurse(int n)
    {
        if (n == 0)
        {
            if (depth == 50) Environment.Exit(100);
            Environment.Exit(2);
        }
        depth++;
        try { Recurse(n - 1); }
        catch (Exception) { Environment.Exit(3); }
    }

    static int Main()
    {
        Recurse(50);
        return 1;
    }
}
