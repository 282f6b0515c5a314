// Environment: ExitCode get/set, GetCommandLineArgs, Get/SetEnvironmentVariable (set, read back
// with non-ASCII text, remove, missing), ProcessorCount, NewLine, TickCount64, CurrentDirectory
// (read and change), printed to stdout as well as checked.
using System;
using System.IO;

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
        Check(Environment.ExitCode == 0, 1);
        Environment.ExitCode = 42;
        Check(Environment.ExitCode == 42, 2);
        Environment.ExitCode = 0;

        string[] args = Environment.GetCommandLineArgs();
        Check(args.Length == 1 && args[0].Length > 0, 3);

        const string name = "DOTNATIVE_ENV_TEST_VARIABLE";
        Check(Environment.GetEnvironmentVariable(name) == null, 4);
        Environment.SetEnvironmentVariable(name, "h\u00e9llo w\u00f6rld \u4e16\u754c");
        string? v = Environment.GetEnvironmentVariable(name);
        Check(v == "h\u00e9llo w\u00f6rld \u4e16\u754c", 5);
        Console.WriteLine($"value length: {v?.Length}");
        string longValue = new string('x', 1000);
        Environment.SetEnvironmentVariable(name, longValue);
        Check(Environment.GetEnvironmentVariable(name) == longValue, 6);
        Environment.SetEnvironmentVariable(name, null);
        Check(Environment.GetEnvironmentVariable(name) == null, 7);
        Check(Environment.GetEnvironmentVariable("PATH") is { Length: > 0 }, 8);

        Check(Environment.ProcessorCount >= 1, 9);
        Check(Environment.NewLine == "\n", 10);
        long t0 = Environment.TickCount64;
        Check(t0 > 0 && Environment.TickCount64 >= t0, 11);

        string cwd = Environment.CurrentDirectory;
        Check(cwd.Length > 0 && cwd[0] == '/', 12);
        Check(Directory.GetCurrentDirectory() == cwd, 13);
        Environment.CurrentDirectory = "/";
        Check(Environment.CurrentDirectory == "/", 14);
        Environment.CurrentDirectory = cwd;
        Check(Environment.CurrentDirectory == cwd, 15);

        Console.WriteLine("done");
        return failed == 0 ? 100 : failed;
    }
}
