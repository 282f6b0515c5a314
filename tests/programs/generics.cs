// Generics: generic classes and structs over value and reference types, generic methods,
// constraints (class, struct, new(), interfaces), static fields per instantiation, generic
// interfaces and variance, default(T), and nested generic instantiations.
using System;
using System.Runtime.CompilerServices;

interface IValue { int Value { get; } }
class Version : IComparable<Version>
{
    public int Major;
    public Version(int major) { Major = major; }
    public int CompareTo(Version other) => Major - other.Major;
}
struct Num : IValue { public int N; public int Value => N; }
class Box : IValue { public int V; public int Value => V; }

class Stack<T>
{
    T[] items = new T[2];
    int count;
    public void Push(T item)
    {
        if (count == items.Length)
        {
            var bigger = new T[items.Length * 2];
            for (int i = 0; i < count; i++) bigger[i] = items[i];
            items = bigger;
        }
        items[count++] = item;
    }
    public T Pop() => items[--count];
    public int Count => count;
}

struct Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() => new Pair<B, A>(Second, First);
}

static class PerType<T>
{
    public static int Counter;
    public static T Last;
}

interface IProducer<out T> { T Make(); }
class StringProducer : IProducer<string> { public string Make() => "made"; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    static int SumValues<T>(T[] xs) where T : IValue { int s = 0; foreach (var x in xs) s += x.Value; return s; }
    static T Make<T>() where T : new() => new T();
    static T FirstOrDefault<T>(T[] xs) where T : class => xs.Length > 0 ? xs[0] : null;
    static int Count<T>(T x) { PerType<T>.Counter++; PerType<T>.Last = x; return PerType<T>.Counter; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Id(int x) => x;

    static int Main()
    {
        var si = new Stack<int>();
        for (int i = 0; i < 10; i++) si.Push(i * i);
        Check(si.Count == 10 && si.Pop() == 81 && si.Pop() == 64, 1);
        var ss = new Stack<string>();
        ss.Push("a"); ss.Push("bb"); ss.Push("ccc");
        Check(ss.Pop().Length == 3 && ss.Count == 2, 2);
        var sl = new Stack<long>();
        sl.Push(1L << 40);
        Check(sl.Pop() == 1L << 40, 3);

        var p = new Pair<int, string>(5, "five");
        var q = p.Swap();
        Check(q.First == "five" && q.Second == 5, 4);

        Check(Max(Id(3), Id(9)) == 9 && Max(new Version(1), new Version(2)).Major == 2, 5);
        Check(Max(2.5, -1.0) == 2.5, 6);

        var nums = new Num[] { new Num { N = 1 }, new Num { N = 2 }, new Num { N = 3 } };
        Check(SumValues(nums) == 6, 7);
        var boxes = new Box[] { new Box { V = 10 }, new Box { V = 20 } };
        Check(SumValues(boxes) == 30, 8);

        Check(Make<Box>().V == 0 && Make<Num>().N == 0, 9);
        Check(FirstOrDefault(new string[0]) == null && FirstOrDefault(new[] { "x" }) == "x", 10);

        Count(1); Count(2); Count("s");
        Check(PerType<int>.Counter == 2 && PerType<string>.Counter == 1 && PerType<int>.Last == 2 && PerType<string>.Last == "s", 11);

        IProducer<object> prod = new StringProducer();
        Check((string)prod.Make() == "made", 12);
        object po = new StringProducer();
        Check(po is IProducer<object> && !(po is IProducer<int>), 13);

        var nested = new Stack<Pair<int, Stack<string>>>();
        var inner = new Stack<string>();
        inner.Push("deep");
        nested.Push(new Pair<int, Stack<string>>(1, inner));
        Check(nested.Pop().Second.Pop() == "deep", 14);

        return failed == 0 ? 100 : failed;
    }
}
