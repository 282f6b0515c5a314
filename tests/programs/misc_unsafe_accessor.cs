// [UnsafeAccessor] (System.Runtime.CompilerServices): extern methods whose bodies reach
// private members — a private constructor of a class and of a struct, instance and static
// methods (with ref and out parameters and a return value), instance fields of a class and of
// a struct (through the returned ref, for reading and writing), a static field and a readonly
// static field. Framework assemblies use the same mechanism across assembly boundaries.
using System;
using System.Runtime.CompilerServices;

class Secret
{
    private int _value;
    private static int s_count = 5;
    private static readonly string s_name = "secret";
    private Secret(int v) { _value = v; }
    private int Add(int x, ref int total) { total += x + _value; return total; }
    private static string Describe(string prefix, out int length) { length = prefix.Length; return prefix + ":" + s_count; }
    public override string ToString() => $"Secret({_value})";
}

struct Point
{
    private int _x, _y;
    private Point(int x, int y) { _x = x; _y = y; }
    private int Sum() => _x + _y;
    public override string ToString() => $"({_x}, {_y})";
}

static class Accessors
{
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    public static extern Secret NewSecret(int v);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Add")]
    public static extern int CallAdd(Secret s, int x, ref int total);
    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Describe")]
    public static extern string CallDescribe(Secret ignored, string prefix, out int length);
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_value")]
    public static extern ref int Value(Secret s);
    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "s_count")]
    public static extern ref int Count(Secret ignored);
    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "s_name")]
    public static extern ref string Name(Secret ignored);
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    public static extern Point NewPoint(int x, int y);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Sum")]
    public static extern int Sum(ref Point p);
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_y")]
    public static extern ref int Y(ref Point p);
}

static class Program
{
    static int Main()
    {
        Secret s = Accessors.NewSecret(7);
        Console.WriteLine(s);
        int total = 1;
        Console.WriteLine(Accessors.CallAdd(s, 2, ref total) + " " + total);
        Accessors.Value(s) = 40;
        Console.WriteLine(s + " " + Accessors.Value(s));
        Console.WriteLine(Accessors.CallDescribe(null, "count", out int len) + " " + len);
        Accessors.Count(null) += 10;
        Console.WriteLine(Accessors.CallDescribe(null, "now", out len));
        Console.WriteLine(Accessors.Name(null));
        Point p = Accessors.NewPoint(3, 4);
        Console.WriteLine(p + " " + Accessors.Sum(ref p));
        Accessors.Y(ref p) = 10;
        Console.WriteLine(p + " " + Accessors.Sum(ref p));
        return 100;
    }
}
