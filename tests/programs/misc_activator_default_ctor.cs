// Activator.CreateInstance(Type) over parameterless constructors: a class named by typeof, a
// type reached through GetType(), primitive and struct types (zeroed), and a class without a
// parameterless constructor (MissingMethodException with the framework's message).
using System;

class Widget { public int Size = 1; public Widget() { Size += 2; } }
class Gadget { public string Label = "gadget"; }
struct Point { public int X, Y; }
class NoDefault { public NoDefault(int x) { } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var w = (Widget)Activator.CreateInstance(typeof(Widget));
        Console.WriteLine($"widget {w.Size}");
        Check(w.Size == 3, 1);
        object g = new Gadget { Label = "first" };
        var g2 = (Gadget)Activator.CreateInstance(g.GetType());
        Console.WriteLine($"gadget {g2.Label} {ReferenceEquals(g, g2)}");
        Check(g2.Label == "gadget", 2);
        Check((int)Activator.CreateInstance(typeof(int)) == 0, 3);
        var p = (Point)Activator.CreateInstance(typeof(Point));
        Console.WriteLine($"point {p.X},{p.Y}");
        Check(p.X == 0 && p.Y == 0, 4);
        try
        {
            Activator.CreateInstance(typeof(NoDefault));
            Check(false, 5);
        }
        catch (MissingMethodException e)
        {
            Console.WriteLine(e.Message);
        }
        for (int i = 0; i < 3; i++) Check(((Widget)Activator.CreateInstance(typeof(Widget))).Size == 3, 6);
        return failed == 0 ? 100 : failed;
    }
}
