// Function pointers (delegate* managed): taking &StaticMethod (ldftn), calling through them
// (calli) with various signatures (void, ref parameters, structs, generics instantiated),
// arrays of function pointers as a dispatch table, passing them as arguments and comparing.
using System;
using System.Runtime.CompilerServices;

struct Vec { public int X, Y; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Add(int a, int b) => a + b;
    static int Sub(int a, int b) => a - b;
    static int Mul(int a, int b) => a * b;
    static long Widen(int a) => (long)a << 32;
    static int counter;
    static void Bump() => counter++;
    static void Twice(ref int x) => x *= 2;
    static Vec Swap(Vec v) => new Vec { X = v.Y, Y = v.X };
    static T Identity<T>(T x) => x;
    static double Hyp(double a, double b) => Math.Sqrt(a * a + b * b);
    static string Cat(string a, string b) => a + b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Apply(delegate*<int, int, int> f, int a, int b) => f(a, b);

    static int Main()
    {
        delegate*<int, int, int> add = &Add;
        Check(add(2, 3) == 5, 1);
        Check(Apply(&Sub, 10, 4) == 6 && Apply(&Mul, 6, 7) == 42, 2);
        delegate*<int, int, int>[] table = { &Add, &Sub, &Mul };
        int acc = 1;
        for (int i = 0; i < 9; i++) acc = table[i % 3](acc, i + 1);
        Check(acc == ((((((((1 + 1) - 2) * 3) + 4) - 5) * 6) + 7) - 8) * 9, 3);
        delegate*<int, long> w = &Widen;
        Check(w(1) == 0x100000000L, 4);
        delegate*<void> bump = &Bump;
        bump(); bump(); bump();
        Check(counter == 3, 5);
        delegate*<ref int, void> tw = &Twice;
        int v = 5;
        tw(ref v);
        Check(v == 10, 6);
        delegate*<Vec, Vec> sw = &Swap;
        var r = sw(new Vec { X = 1, Y = 2 });
        Check(r.X == 2 && r.Y == 1, 7);
        delegate*<string, string> ids = &Identity<string>;
        delegate*<long, long> idl = &Identity<long>;
        Check(ids("x") == "x" && idl(-5) == -5, 8);
        delegate*<double, double, double> hyp = &Hyp;
        Check(hyp(3, 4) == 5, 9);
        delegate*<string, string, string> cat = &Cat;
        Check(cat("ab", "cd") == "abcd", 10);
        delegate*<int, int, int> add2 = &Add;
        Check(add == add2 && add != (delegate*<int, int, int>)&Sub, 11);
        Check((IntPtr)add != IntPtr.Zero, 12);
        delegate*<int, int, int> nul = null;
        Check(nul == null, 13);
        return failed == 0 ? 100 : failed;
    }
}
