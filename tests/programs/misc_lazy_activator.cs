// Lazy<T> (value created once, IsValueCreated, exceptions cached), Activator.CreateInstance
// with and without arguments, Activator.CreateInstance<T>, Nullable creation, and
// Enum.ToObject / Convert.ChangeType conversions.
using System;
using System.Threading;

class Widget { public int Size; public Widget() { Size = 1; } public Widget(int s) { Size = s; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int made = 0;
        var lazy = new Lazy<Widget>(() => { made++; return new Widget(5); });
        Check(!lazy.IsValueCreated && made == 0, 1);
        Check(lazy.Value.Size == 5 && lazy.Value.Size == 5 && made == 1 && lazy.IsValueCreated, 2);
        var failing = new Lazy<int>(() => throw new InvalidOperationException("once"), LazyThreadSafetyMode.ExecutionAndPublication);
        int fails = 0;
        for (int i = 0; i < 3; i++) { try { var v = failing.Value; } catch (InvalidOperationException) { fails++; } }
        Check(fails == 3, 3);
        var w = (Widget)Activator.CreateInstance(typeof(Widget));
        Check(w.Size == 1, 4);
        var w2 = (Widget)Activator.CreateInstance(typeof(Widget), 7);
        Check(w2.Size == 7, 5);
        Check(Activator.CreateInstance<Widget>().Size == 1 && Activator.CreateInstance<int>() == 0, 6);
        Check((int)Activator.CreateInstance(typeof(int)) == 0, 7);
        Check((DayOfWeek)Enum.ToObject(typeof(DayOfWeek), 3) == DayOfWeek.Wednesday, 8);
        Check((int)Convert.ChangeType("42", typeof(int)) == 42 && (double)Convert.ChangeType(3, typeof(double)) == 3.0, 9);
        Check(Convert.ToInt32(3.5) == 4 && Convert.ToInt32(2.5) == 2 && Convert.ToBoolean("true"), 10);
        return failed == 0 ? 100 : failed;
    }
}
