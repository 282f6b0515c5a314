// Main(string[] args): the harness runs the program with no arguments, so args is an empty
// (non-null) array; Environment.GetCommandLineArgs has the program path first; parsing an
// argument list (simulated) with the same code used for real arguments.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static (int flags, string name) Parse(string[] args)
    {
        int flags = 0; string name = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-v": flags |= 1; break;
                case "-q": flags |= 2; break;
                case "--name" when i + 1 < args.Length: name = args[++i]; break;
                default: flags |= 4; break;
            }
        }
        return (flags, name);
    }

    static int Main(string[] args)
    {
        Check(args != null && args.Length == 0, 1);
        var cl = Environment.GetCommandLineArgs();
        Check(cl.Length >= 1 && cl[0].Length > 0, 2);
        var (f, n) = Parse(new[] { "-v", "--name", "x", "extra" });
        Check(f == 5 && n == "x", 3);
        var (f2, n2) = Parse(args);
        Check(f2 == 0 && n2 == null, 4);
        Check(Environment.ExitCode == 0, 5);
        return failed == 0 ? 100 : failed;
    }
}
