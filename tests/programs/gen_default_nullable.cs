// default(T) and nullable annotations in generic code: default for references, values and
// Nullable<T>; T? on unconstrained, struct- and class-constrained type parameters; `is null`
// checks on T; generic methods returning default on failure (TryFind); and Activator-free
// new() construction.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static T Def<T>() => default;
    static bool IsNull<T>(T v) => v is null;
    static T? FirstOrNull<T>(IEnumerable<T> e, Func<T, bool> p) where T : struct { foreach (var x in e) if (p(x)) return x; return null; }
    static T FirstOrNullRef<T>(IEnumerable<T> e, Func<T, bool> p) where T : class { foreach (var x in e) if (p(x)) return x; return null; }
    static bool TryFind<T>(T[] a, Predicate<T> p, out T found) { foreach (var x in a) if (p(x)) { found = x; return true; } found = default; return false; }
    static T Make<T>() where T : new() => new T();

    static int Main()
    {
        Check(Def<int>() == 0 && Def<string>() == null && Def<int?>() == null && Def<double>() == 0.0, 1);
        Check(Def<(int, string)>().Item2 == null && Def<DateTime>() == DateTime.MinValue, 2);
        Check(IsNull<string>(null) && !IsNull(0) && IsNull<int?>(null) && !IsNull<int?>(3), 3);
        Check(FirstOrNull(new[] { 1, 5, 9 }, x => x > 4) == 5 && FirstOrNull(new[] { 1 }, x => x > 4) == null, 4);
        Check(FirstOrNullRef(new[] { "a", "bb" }, s => s.Length > 1) == "bb" && FirstOrNullRef(new[] { "a" }, s => s == "z") == null, 5);
        Check(TryFind(new[] { 3, 4 }, x => x % 2 == 0, out int f) && f == 4, 6);
        Check(!TryFind(new[] { "x" }, s => s == "y", out string fs) && fs == null, 7);
        Check(Make<List<int>>().Count == 0 && Make<int>() == 0 && Make<object>() != null, 8);
        return failed == 0 ? 100 : failed;
    }
}
