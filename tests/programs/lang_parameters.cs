// Parameter passing: ref, out, in (readonly ref), params arrays (including empty and null),
// params Span, optional parameters with defaults, named arguments in any order, overload
// resolution between int/long/double/object/generic, and ref parameters aliasing each other.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static bool TryHalf(int v, out int half) { half = v / 2; return v % 2 == 0; }
    static int ReadOnly(in (int a, int b) p) => p.a * p.b;
    static int Sum(params int[] xs) { if (xs == null) return -1; int s = 0; foreach (var x in xs) s += x; return s; }
    static int SpanSum(params ReadOnlySpan<int> xs) { int s = 0; foreach (var x in xs) s += x; return s; }
    static string Opt(int a, int b = 2, string c = "c", double d = 0.5) => $"{a}{b}{c}{d}";
    static string Kind(int x) => "int";
    static string Kind(long x) => "long";
    static string Kind(double x) => "double";
    static string Kind(object x) => "object";
    static string Kind<T>(T[] x) => "array";
    static void Alias(ref int a, ref int b) { a = 1; b = 2; }
    static void Fill(out int a, out string b, out double c) { a = 1; b = "b"; c = 1.5; }

    static int Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Check(x == 2 && y == 1, 1);
        Check(TryHalf(10, out var h) && h == 5 && !TryHalf(7, out h) && h == 3, 2);
        Check(ReadOnly((3, 4)) == 12, 3);
        Check(Sum() == 0 && Sum(1, 2, 3) == 6 && Sum(new[] { 4, 5 }) == 9 && Sum(null) == -1, 4);
        Check(SpanSum(1, 2, 3, 4) == 10 && SpanSum() == 0, 5);
        Check(Opt(1) == "12c0.5" && Opt(1, 3) == "13c0.5" && Opt(1, c: "z") == "12z0.5" && Opt(d: 1, a: 9) == "92c1", 6);
        Check(Kind(1) == "int" && Kind(1L) == "long" && Kind(1.0) == "double" && Kind(1f) == "double", 7);
        Check(Kind("s") == "object" && Kind((short)1) == "int" && Kind(new[] { 1 }) == "array", 8);
        int z = 0;
        Alias(ref z, ref z);
        Check(z == 2, 9);
        Fill(out var fa, out var fb, out _);
        Check(fa == 1 && fb == "b", 10);
        int[] arr = { 5, 6 };
        Swap(ref arr[0], ref arr[1]);
        Check(arr[0] == 6 && arr[1] == 5, 11);
        return failed == 0 ? 100 : failed;
    }
}
