// void Main with Environment.ExitCode: the process exit code is whatever ExitCode holds when
// Main returns; set to a failure code first and overwritten with 100 only when every check
// passes.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void Main()
    {
        Environment.ExitCode = 1;
        Check(Environment.ExitCode == 1, 2);
        int sum = 0;
        for (int i = 1; i <= 10; i++) sum += i;
        Check(sum == 55, 3);
        Environment.ExitCode = failed == 0 ? 100 : failed;
    }
}
