// Delegate.CreateDelegate by method name: an instance method closed over a target (a virtual
// one binds the target's override; names may ignore case), a static method of a type, and the
// failures (no such method, wrong signature: ArgumentException, or null when not asked to throw).
using System;

class Greeter
{
    public string Prefix = "Hello";
    public string Greet(string who) => $"{Prefix}, {who}!";
    public virtual int Measure(string s) => s.Length;
    public static int Twice(int x) => 2 * x;
    public static int Twice(long x) => -1;
    public static string Shout(string s) => s.ToUpperInvariant();
}

class LoudGreeter : Greeter
{
    public override int Measure(string s) => 100 * s.Length;
}

static class Program
{
    static int Main()
    {
        var g = new Greeter { Prefix = "Hi" };
        var greet = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), g, "Greet");
        Console.WriteLine(greet("Ada"));
        Console.WriteLine($"target is g: {ReferenceEquals(greet.Target, g)}");

        Greeter loud = new LoudGreeter();
        var measure = (Func<string, int>)Delegate.CreateDelegate(typeof(Func<string, int>), loud, "measure", true);
        Console.WriteLine($"Measure via override: {measure("abc")}");

        var twice = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(Greeter), "Twice");
        Console.WriteLine($"Twice(21) = {twice(21)}");
        var shout = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), typeof(Greeter), "SHOUT", true);
        Console.WriteLine(shout("quiet"));

        try
        {
            Delegate.CreateDelegate(typeof(Func<string, string>), g, "Missing");
            Console.WriteLine("Missing: bound?");
            return 1;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine($"Missing: {e.GetType().Name}: {e.Message}");
        }
        Console.WriteLine($"wrong signature, no throw: {(Delegate.CreateDelegate(typeof(Func<int, int>), g, "Greet", false, false) == null ? "null" : "bound?")}");
        Console.WriteLine($"case differs, no ignoreCase: {(Delegate.CreateDelegate(typeof(Func<int, int>), typeof(Greeter), "twice", false, false) == null ? "null" : "bound?")}");
        return 100;
    }
}
