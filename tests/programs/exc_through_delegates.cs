// Exceptions crossing delegate invocations, iterators and lambdas: thrown inside a lambda
// and caught by the caller of Invoke, thrown by an iterator's MoveNext during foreach (with
// the iterator's finally running), thrown in LINQ selectors, thrown from a static
// constructor reached through a delegate, and a generic catch `catch (T)`.
using System;
using System.Collections.Generic;
using System.Linq;

class Boom : Exception { public int N; public Boom(int n) { N = n; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";
    static IEnumerable<int> Gen()
    {
        try { yield return 1; yield return 2; throw new Boom(3); }
        finally { log += "F"; }
    }
    static int Catch<T>(Action a) where T : Exception
    {
        try { a(); return 0; }
        catch (T) { return 1; }
        catch (Exception) { return 2; }
    }

    static int Main()
    {
        Func<int, int> f = x => x > 2 ? throw new Boom(x) : x;
        try { f(1); f(5); Check(false, 1); } catch (Boom b) { Check(b.N == 5, 2); }
        int seen = 0;
        log = "";
        try { foreach (var v in Gen()) seen += v; } catch (Boom b) { log += "C" + b.N; }
        Check(seen == 3 && log == "FC3", 3);
        try { var l = new[] { 1, 2, 3 }.Select(x => 10 / (x - 2)).ToList(); Check(false, 4); }
        catch (DivideByZeroException) { }
        Check(Catch<Boom>(() => throw new Boom(1)) == 1 && Catch<Boom>(() => throw new InvalidOperationException()) == 2, 5);
        Check(Catch<ArithmeticException>(() => { int z = 0; z = 1 / z; }) == 1 && Catch<Exception>(() => { }) == 0, 6);
        Action multi = () => log += "a";
        multi += () => throw new Boom(9);
        multi += () => log += "c";
        log = "";
        try { multi(); } catch (Boom) { log += "!"; }
        Check(log == "a!", 7);
        var lazy = new Lazy<int>(() => throw new Boom(4));
        int attempts = 0;
        for (int i = 0; i < 2; i++) { try { var v = lazy.Value; } catch (Boom b) when (b.N == 4) { attempts++; } }
        Check(attempts == 2, 8);
        return failed == 0 ? 100 : failed;
    }
}
