// Environment variables: set several, read back via GetEnvironmentVariable and via the
// GetEnvironmentVariables dictionary (only our own names), overwrite, an empty-string value (kept as
// empty on Unix), names with odd characters, ExpandEnvironmentVariables, and removal with null.
using System;
using System.Collections;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Show(string s) => s == null ? "<null>" : "[" + s + "]";

    static int Main()
    {
        const string P = "DN_ENVMANY_";
        for (int i = 0; i < 5; i++) Environment.SetEnvironmentVariable(P + i, "value" + i * i);
        for (int i = 0; i < 5; i++) Console.Write(Show(Environment.GetEnvironmentVariable(P + i)) + " ");
        Console.WriteLine();
        Check(Environment.GetEnvironmentVariable(P + "3") == "value9", 1);
        IDictionary all = Environment.GetEnvironmentVariables();
        var ours = all.Keys.Cast<string>().Where(k => k.StartsWith(P)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Console.WriteLine(string.Join(",", ours.Select(k => k + "=" + all[k])));
        Check(ours.Count == 5, 2);
        Environment.SetEnvironmentVariable(P + "0", "changed");
        Console.WriteLine(Show(Environment.GetEnvironmentVariable(P + "0")));
        Check(Environment.GetEnvironmentVariable(P + "0") == "changed", 3);
        Environment.SetEnvironmentVariable(P + "1", "");
        Console.WriteLine("after empty: " + Show(Environment.GetEnvironmentVariable(P + "1")));
        Check(Environment.GetEnvironmentVariable(P + "1") == "", 4);
        Environment.SetEnvironmentVariable(P + "SPACE", "  padded value  ");
        Environment.SetEnvironmentVariable(P + "EQ", "a=b=c");
        Environment.SetEnvironmentVariable(P + "lower", "mixed Case");
        Console.WriteLine($"{Show(Environment.GetEnvironmentVariable(P + "SPACE"))} {Show(Environment.GetEnvironmentVariable(P + "EQ"))} {Show(Environment.GetEnvironmentVariable(P + "lower"))} {Show(Environment.GetEnvironmentVariable(P + "LOWER"))}");
        Check(Environment.GetEnvironmentVariable(P + "EQ") == "a=b=c" && Environment.GetEnvironmentVariable(P + "LOWER") == null, 5);
        string expanded = Environment.ExpandEnvironmentVariables("x=%DN_ENVMANY_2% y=%DN_ENVMANY_MISSING% z=%%");
        Console.WriteLine(expanded);
        Check(expanded == "x=value4 y=%DN_ENVMANY_MISSING% z=%%", 6);
        try { Environment.SetEnvironmentVariable("", "x"); Check(false, 7); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        try { Environment.SetEnvironmentVariable("A=B", "x"); Check(false, 8); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        try { Environment.GetEnvironmentVariable(null); Check(false, 9); }
        catch (ArgumentNullException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        Environment.SetEnvironmentVariable(P + "U", "ünï €");
        Console.WriteLine(Show(Environment.GetEnvironmentVariable(P + "U")));
        for (int i = 0; i < 5; i++) Environment.SetEnvironmentVariable(P + i, null);
        foreach (var s in new[] { "SPACE", "EQ", "lower", "U" }) Environment.SetEnvironmentVariable(P + s, null);
        all = Environment.GetEnvironmentVariables();
        int left = all.Keys.Cast<string>().Count(k => k.StartsWith(P));
        Console.WriteLine($"left {left}");
        Check(left == 0, 10);
        Console.WriteLine(Show(Environment.GetEnvironmentVariable(P + "4")));
        Console.WriteLine(Environment.GetEnvironmentVariable("PATH", EnvironmentVariableTarget.Process) != null);
        return failed == 0 ? 100 : failed;
    }
}
