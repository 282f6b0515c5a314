// Exception.TargetSite: the method that threw, as a MethodBase (a method, a constructor, an
// instance method of a generic type, an exception the runtime raises in a method); kept through
// a rethrow; null for an exception that was never thrown.
using System;
using System.Reflection;

class Widget
{
    public int Size;
    public Widget(int size)
    {
        if (size < 0) throw new ArgumentOutOfRangeException(nameof(size));
        Size = size;
    }
    public void Grow(int by) => throw new InvalidOperationException("cannot grow by " + by);
}

class Box<T>
{
    public T Value = default!;
    public T Open() => throw new NotSupportedException("closed");
}

static class Program
{
    static string Describe(MethodBase? m)
    {
        if (m == null) return "null";
        string kind = m is ConstructorInfo ? "constructor" : "method";
        return $"{kind} {m.DeclaringType?.Name}.{m.Name} static={m.IsStatic} params={m.GetParameters().Length}";
    }

    static void Fail(string why) => throw new FormatException(why);

    static int Length(string? s) => s!.Length;

    static void Nested()
    {
        try { Fail("inner"); }
        catch (FormatException) { throw; }
    }

    static void Report(Action a)
    {
        try { a(); }
        catch (Exception e) { Console.WriteLine($"{e.GetType().Name}: {Describe(e.TargetSite)}"); }
    }

    static int Main()
    {
        Report(() => Fail("x"));
        Report(() => new Widget(-1));
        Report(() => new Widget(1).Grow(2));
        Report(() => new Box<int>().Open());
        Report(() => Length(null));
        Report(Nested);
        Console.WriteLine($"never thrown: {Describe(new Exception("idle").TargetSite)}");
        try { Fail("twice"); }
        catch (Exception e)
        {
            MethodBase? first = e.TargetSite;
            Console.WriteLine($"same object twice: {ReferenceEquals(first, e.TargetSite)}");
        }
        return 100;
    }
}
