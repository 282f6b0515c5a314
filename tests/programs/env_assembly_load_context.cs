// AssemblyLoadContext: the program's and the framework's assemblies belong to the default
// context (GetLoadContext answers Default, named "Default", not collectible), and the default
// context lists itself among All.
using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

static class Program
{
    static int Main()
    {
        var mine = AssemblyLoadContext.GetLoadContext(typeof(Program).Assembly);
        var core = AssemblyLoadContext.GetLoadContext(typeof(object).Assembly);
        Console.WriteLine($"same as Default: {ReferenceEquals(mine, AssemblyLoadContext.Default)} {ReferenceEquals(core, AssemblyLoadContext.Default)}");
        Console.WriteLine($"name: {mine.Name}, collectible: {mine.IsCollectible}");
        Console.WriteLine($"executing: {ReferenceEquals(AssemblyLoadContext.GetLoadContext(Assembly.GetExecutingAssembly()), mine)}");
        Console.WriteLine($"listed: {AssemblyLoadContext.All.Contains(AssemblyLoadContext.Default)}");
        return 100;
    }
}
