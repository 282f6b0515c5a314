// [ModuleInitializer] methods: the C# compiler calls them from the module's class constructor
// (`<Module>..cctor`), which the runtime runs before Main. Both initializers have run, in
// declaration order, before Main's first line; a class constructor they trigger runs inside them.
// (They record rather than print: in a test batch the initializers run for every program.)
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

static class Log
{
    public static readonly List<string> Lines = new List<string>();
    static Log() { Lines.Add("Log..cctor"); }
}

static class Settings
{
    public static string Mode = "unset";
    public static int Calls;
}

static class Initializers
{
    [ModuleInitializer]
    internal static void First()
    {
        Log.Lines.Add("First");
        Settings.Mode = "configured";
        Settings.Calls++;
    }

    [ModuleInitializer]
    internal static void Second()
    {
        Log.Lines.Add($"Second sees Mode={Settings.Mode}");
        Settings.Calls++;
    }
}

static class Program
{
    static int Main()
    {
        Console.WriteLine($"Main sees Mode={Settings.Mode}, Calls={Settings.Calls}");
        foreach (var line in Log.Lines) Console.WriteLine(line);
        // Running the module constructor again does nothing: it ran once, before Main.
        RuntimeHelpers.RunModuleConstructor(typeof(Program).Module.ModuleHandle);
        Console.WriteLine($"after RunModuleConstructor: Calls={Settings.Calls}");
        return Settings.Calls == 2 && Log.Lines.Count == 3 ? 100 : 1;
    }
}
