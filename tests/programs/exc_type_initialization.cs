// Exceptions in static constructors: the first access throws TypeInitializationException
// wrapping the original exception, later accesses throw again (the type stays unusable),
// TypeName, a failing static field initializer, and other types keep working.
using System;

class Broken
{
    public static int Value;
    static Broken() { Value = 1; throw new InvalidOperationException("cctor failed"); }
    public static int Get() => Value;
}

class BadInit
{
    public static readonly int X = int.Parse("not a number");
}

class Fine { public static int Y = 7; }

class DependsOnBroken { public static int Z; static DependsOnBroken() { Z = Broken.Value + 1; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        TypeInitializationException first = null;
        try { Broken.Get(); Check(false, 1); }
        catch (TypeInitializationException e) { first = e; }
        Check(first != null && first.InnerException is InvalidOperationException inner && inner.Message == "cctor failed", 2);
        Check(first.TypeName == "Broken", 3);
        TypeInitializationException second = null;
        try { var v = Broken.Value; } catch (TypeInitializationException e) { second = e; }
        Check(second != null && second.InnerException is InvalidOperationException, 4);
        try { var x = BadInit.X; Check(false, 5); }
        catch (TypeInitializationException e) { Check(e.InnerException is FormatException, 6); }
        Check(Fine.Y == 7, 7);
        try { var z = DependsOnBroken.Z; Check(false, 8); }
        catch (TypeInitializationException e) { Check(e.TypeName == "DependsOnBroken" && e.InnerException is TypeInitializationException, 9); }
        int attempts = 0;
        for (int i = 0; i < 3; i++) { try { Broken.Get(); } catch (TypeInitializationException) { attempts++; } }
        Check(attempts == 3, 10);
        return failed == 0 ? 100 : failed;
    }
}
