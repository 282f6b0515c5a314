// RuntimeHelpers.RunClassConstructor runs a class constructor once, even one nothing else
// triggers; a failing one raises TypeInitializationException every time; member lookup with
// BindingFlags.IgnoreCase.
using System;
using System.Reflection;
using System.Runtime.CompilerServices;

static class Config
{
    public static readonly string Mode;
    static Config()
    {
        Console.WriteLine("Config's class constructor runs");
        Mode = "fast";
    }
}

static class Unused
{
    static Unused() => Console.WriteLine("Unused's class constructor runs");
}

static class Broken
{
    static Broken() => throw new InvalidOperationException("broken on purpose");
}

class Calculator
{
    public int AddNumbers(int a, int b) => a + b;
}

static class Program
{
    static int Main()
    {
        Console.WriteLine("start");
        RuntimeHelpers.RunClassConstructor(typeof(Unused).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(Unused).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(Config).TypeHandle);
        Console.WriteLine($"mode {Config.Mode}");
        int failures = 0;
        for (int i = 0; i < 2; i++)
        {
            try
            {
                RuntimeHelpers.RunClassConstructor(typeof(Broken).TypeHandle);
                Console.WriteLine("no exception");
            }
            catch (TypeInitializationException e)
            {
                failures++;
                Console.WriteLine($"{e.GetType().Name}: {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
            }
        }
        MethodInfo? add = typeof(Calculator).GetMethod("addnumbers", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        Console.WriteLine($"ignore case: {add?.Name}");
        Console.WriteLine($"exact case: {typeof(Calculator).GetMethod("addnumbers", BindingFlags.Public | BindingFlags.Instance)?.Name ?? "null"}");
        object? sum = add?.Invoke(new Calculator(), new object[] { 2, 40 });
        Console.WriteLine($"sum {sum}");
        return failures == 2 && (int)sum! == 42 ? 100 : 1;
    }
}
