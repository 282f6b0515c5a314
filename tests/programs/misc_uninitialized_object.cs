// RuntimeHelpers.GetUninitializedObject: an object whose constructor never ran (fields zero,
// field initializers skipped), a boxed struct, Nullable<T> giving a boxed T, the precise class
// constructor run first; and CoreCLR's refusals with their exception types and messages.
using System;
using System.Runtime.CompilerServices;

class Counter
{
    public int Value = 42;
    public string Name = "set by the constructor";
    public Counter() { Console.WriteLine("Counter() ran"); }
}

class Precise
{
    public static readonly string Stamp;
    static Precise() { Stamp = "cctor"; Console.WriteLine("Precise..cctor ran"); }
    public int X;
}

struct Point { public int X, Y; public override string ToString() => $"({X}, {Y})"; }

abstract class Shape { }
interface IThing { }
class Box<T> { }
delegate void Handler();

static class Program
{
    static int Main()
    {
        var c = (Counter)RuntimeHelpers.GetUninitializedObject(typeof(Counter));
        Console.WriteLine($"Counter: Value={c.Value} Name={(c.Name == null ? "null" : c.Name)}");
        var normal = new Counter();
        Console.WriteLine($"new Counter(): Value={normal.Value}");

        Console.WriteLine("before Precise");
        var p = (Precise)RuntimeHelpers.GetUninitializedObject(typeof(Precise));
        Console.WriteLine($"Precise: X={p.X} Stamp={Precise.Stamp}");

        object pt = RuntimeHelpers.GetUninitializedObject(typeof(Point));
        Console.WriteLine($"Point: {pt} {pt.GetType().Name}");
        object ni = RuntimeHelpers.GetUninitializedObject(typeof(int?));
        Console.WriteLine($"int?: {ni} {ni.GetType()}");

        foreach (Type t in new[] { typeof(void), typeof(int[]), typeof(string), typeof(IThing), typeof(Shape), typeof(Box<>), typeof(Span<int>), typeof(Handler), typeof(int*) })
        {
            try
            {
                RuntimeHelpers.GetUninitializedObject(t);
                Console.WriteLine($"{t}: created?");
                return 1;
            }
            catch (Exception e)
            {
                Console.WriteLine($"{t}: {e.GetType().Name}: {e.Message}");
            }
        }
        return 100;
    }
}
