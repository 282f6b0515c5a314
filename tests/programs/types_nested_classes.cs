// Nested types: nested classes accessing private members of the enclosing type, nested types
// in generic types seeing the outer type parameter, private nested types behind interfaces,
// static nested classes, deeply nested types, and nested enums and structs.
using System;
using System.Collections.Generic;

class Outer
{
    private int secret = 42;
    private static int staticSecret = 7;
    public class Inner
    {
        public int Peek(Outer o) => o.secret + staticSecret;
        public class Deeper { public string Where => nameof(Deeper); public int Secret => staticSecret * 2; }
    }
    private class Hidden : IComparable<int> { public int CompareTo(int x) => 1; }
    public IComparable<int> MakeHidden() => new Hidden();
    public enum Mode { A = 1, B = 2 }
    public struct Pair { public Mode M; public int V; }
    public static class Util { public static int Twice(int x) => x * 2; }
}

class Container<T>
{
    private readonly List<T> items = new();
    public class Cursor
    {
        private readonly Container<T> owner;
        private int pos;
        public Cursor(Container<T> c) => owner = c;
        public bool Next(out T value)
        {
            if (pos < owner.items.Count) { value = owner.items[pos++]; return true; }
            value = default; return false;
        }
    }
    public void Add(T t) => items.Add(t);
    public Cursor Open() => new Cursor(this);
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(new Outer.Inner().Peek(new Outer()) == 49, 1);
        Check(new Outer.Inner.Deeper().Where == "Deeper" && new Outer.Inner.Deeper().Secret == 14, 2);
        Check(new Outer().MakeHidden().CompareTo(0) == 1, 3);
        var p = new Outer.Pair { M = Outer.Mode.B, V = 3 };
        Check((int)p.M * p.V == 6 && Outer.Util.Twice(21) == 42, 4);
        var c = new Container<string>();
        c.Add("a"); c.Add("b");
        var cur = c.Open();
        string all = "";
        while (cur.Next(out var v)) all += v;
        Check(all == "ab", 5);
        Check(typeof(Container<int>.Cursor).IsNested && typeof(Container<int>.Cursor).DeclaringType.IsGenericType, 6);
        Check(typeof(Outer.Inner.Deeper).DeclaringType == typeof(Outer.Inner), 7);
        return failed == 0 ? 100 : failed;
    }
}
