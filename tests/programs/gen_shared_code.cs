// Generic code over many instantiations: reference types (shared code in JITs, separate or
// shared in AOT), value types of different sizes, generic types used via interfaces and
// as array elements, typeof(T) distinctness inside shared code, and default(T).
using System;
using System.Collections.Generic;

class Holder<T>
{
    public T Value;
    public T[] Arr = new T[2];
    public Holder(T v) { Value = v; Arr[0] = v; }
    public string Kind => typeof(T).Name;
    public bool IsDefault => EqualityComparer<T>.Default.Equals(Value, default);
    public Holder<T[]> Wrap() => new Holder<T[]>(Arr);
    public object Boxed() => Value;
}

struct Tiny { public byte B; }
struct Large { public long A, B, C, D; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Describe<T>(Holder<T> h) => h.Kind + (h.IsDefault ? "0" : "1");

    static int Main()
    {
        Check(Describe(new Holder<string>("s")) == "String1" && Describe(new Holder<string>(null)) == "String0", 1);
        Check(Describe(new Holder<object>(new object())) == "Object1" && Describe(new Holder<Exception>(null)) == "Exception0", 2);
        Check(Describe(new Holder<int>(0)) == "Int320" && Describe(new Holder<long>(5)) == "Int641", 3);
        Check(Describe(new Holder<Tiny>(new Tiny { B = 1 })) == "Tiny1" && Describe(new Holder<Large>(default)) == "Large0", 4);
        var w = new Holder<int>(4).Wrap();
        Check(w.Kind == "Int32[]" && w.Value.Length == 2 && w.Value[0] == 4, 5);
        var ww = w.Wrap();
        Check(ww.Kind == "Int32[][]" && ww.Value[0][0] == 4, 6);
        var large = new Holder<Large>(new Large { A = 1, D = 4 });
        var boxed = large.Boxed();
        Check(boxed is Large l && l.A + l.D == 5, 7);
        var objs = new List<object>();
        objs.Add(new Holder<string>("a"));
        objs.Add(new Holder<int>(1));
        objs.Add(new Holder<string>("b"));
        int strHolders = 0;
        foreach (var o in objs) if (o is Holder<string>) strHolders++;
        Check(strHolders == 2 && !(objs[1] is Holder<long>), 8);
        Check(typeof(Holder<string>) != typeof(Holder<object>), 9);
        var dict = new Dictionary<Type, int> { [typeof(Holder<int>)] = 1, [typeof(Holder<string>)] = 2 };
        Check(dict[new Holder<string>("").GetType()] == 2 && dict[new Holder<int>(0).GetType()] == 1, 10);
        return failed == 0 ? 100 : failed;
    }
}
