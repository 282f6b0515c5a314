// Generic structs: instantiations over primitives, references and other structs, generic
// struct methods, structs implementing generic interfaces called via constraints (no boxing)
// and via the interface (boxing), and nested generic structs.
using System;
using System.Collections.Generic;

interface IShape<T> { T Size(); }

struct Box<T> : IShape<int>
{
    public T Value;
    public int Count;
    public Box(T v) { Value = v; Count = 1; }
    public Box<U> Map<U>(Func<T, U> f) => new Box<U>(f(Value)) { Count = Count + 1 };
    public int Size() => Count;
    public void Bump() => Count++;
}

struct Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() => new Pair<B, A>(Second, First);
}

struct Wrapper<T> where T : struct { public T? Maybe; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int SizeOf<S>(S s) where S : IShape<int> => s.Size();
    static void BumpConstrained<S>(ref S s) where S : struct, IShape<int> { var b = s.Size(); }

    static int Main()
    {
        var bi = new Box<int>(5);
        var bs = bi.Map(x => "v" + x);
        Check(bs.Value == "v5" && bs.Count == 2, 1);
        var bl = bs.Map(s => (long)s.Length * 1_000_000_000_000);
        Check(bl.Value == 2_000_000_000_000 && bl.Count == 3, 2);
        var p = new Pair<int, string>(1, "one");
        var q = p.Swap();
        Check(q.First == "one" && q.Second == 1, 3);
        var nested = new Pair<Box<int>, Pair<double, byte>>(new Box<int>(3), new Pair<double, byte>(1.5, 7));
        Check(nested.First.Value == 3 && nested.Second.First == 1.5 && nested.Second.Second == 7, 4);
        Check(SizeOf(bi) == 1 && SizeOf(bl) == 3, 5);
        IShape<int> boxed = bi;
        bi.Bump();
        Check(boxed.Size() == 1 && bi.Size() == 2, 6);
        var w = new Wrapper<int> { Maybe = 4 };
        Check(w.Maybe == 4 && new Wrapper<double>().Maybe == null, 7);
        var list = new List<Pair<string, int>>();
        for (int i = 0; i < 10; i++) list.Add(new Pair<string, int>(i.ToString(), i * i));
        int sum = 0;
        foreach (var e in list) sum += e.Second;
        Check(sum == 285, 8);
        var arr = new Box<decimal>[3];
        arr[1] = new Box<decimal>(2.5m);
        arr[1].Bump();
        Check(arr[1].Count == 2 && arr[1].Value == 2.5m && arr[0].Count == 0, 9);
        var dict = new Dictionary<Pair<int, int>, string>();
        dict[new Pair<int, int>(1, 2)] = "a";
        Check(dict.ContainsKey(new Pair<int, int>(1, 2)) && !dict.ContainsKey(new Pair<int, int>(2, 1)), 10);
        Check(typeof(Box<int>) != typeof(Box<long>) && typeof(Box<int>).GetGenericTypeDefinition() == typeof(Box<>), 11);
        return failed == 0 ? 100 : failed;
    }
}
