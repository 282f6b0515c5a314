// Runtime identity queried through reflection-backed APIs: the framework assembly's name and
// version (typeof(object).Assembly.GetName()), the version of a collection type's assembly, and
// Environment.StackTrace being non-empty and mentioning Main.
using System;
using System.Collections.Generic;

static class Program
{
    static int Main()
    {
        var core = typeof(object).Assembly.GetName();
        Console.WriteLine($"core name: {core.Name}");
        Console.WriteLine($"core version major >= 8: {core.Version.Major >= 8}");
        var coll = typeof(List<int>).Assembly.GetName();
        Console.WriteLine($"List<T> assembly: {coll.Name}");
        string st = Environment.StackTrace;
        Console.WriteLine($"stack trace nonempty: {st.Length > 0} mentions Main: {st.Contains("Main")}");
        return core.Version.Major >= 8 && st.Contains("Main") ? 100 : 1;
    }
}
