// System.Object members: overridden Equals/GetHashCode/ToString, default reference equality,
// GetType on classes, structs, arrays and generics, MemberwiseClone (shallow), ReferenceEquals,
// static object.Equals with nulls, and RuntimeHelpers.GetHashCode stability.
using System;
using System.Runtime.CompilerServices;

class Money
{
    public readonly long Cents;
    public readonly string Cur;
    public Money(long c, string cur) { Cents = c; Cur = cur; }
    public override bool Equals(object o) => o is Money m && m.Cents == Cents && m.Cur == Cur;
    public override int GetHashCode() => HashCode.Combine(Cents, Cur);
    public override string ToString() => Cents + Cur;
}

class Node
{
    public int[] Data = { 1, 2 };
    public string Name = "n";
    public Node Shallow() => (Node)MemberwiseClone();
}

struct Plain { public int A; public string B; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var a = new Money(100, "EUR");
        var b = new Money(100, "EUR");
        Check(a.Equals(b) && a.GetHashCode() == b.GetHashCode() && !ReferenceEquals(a, b), 1);
        Check(!a.Equals(new Money(100, "USD")) && !a.Equals(null) && !a.Equals("100EUR"), 2);
        Check(a.ToString() == "100EUR", 3);
        object o1 = new object(), o2 = new object();
        Check(!o1.Equals(o2) && o1.Equals(o1), 4);
        Check(object.Equals(null, null) && !object.Equals(a, null) && object.Equals(a, b), 5);
        Check(a.GetType() == typeof(Money) && new int[0].GetType() == typeof(int[]) && 5.GetType() == typeof(int), 6);
        Check(new Plain().GetType().Name == "Plain" && typeof(int[,]).GetArrayRank() == 2, 7);
        var n = new Node();
        var c = n.Shallow();
        Check(!ReferenceEquals(n, c) && ReferenceEquals(n.Data, c.Data) && c.Name == "n", 8);
        c.Data[0] = 9;
        Check(n.Data[0] == 9, 9);
        var p1 = new Plain { A = 1, B = "x" };
        var p2 = new Plain { A = 1, B = "x" };
        Check(p1.Equals(p2) && !p1.Equals(new Plain { A = 1, B = "y" }), 10);
        int h1 = RuntimeHelpers.GetHashCode(o1);
        GC.Collect();
        Check(RuntimeHelpers.GetHashCode(o1) == h1 && o1.GetHashCode() == h1, 11);
        Check(new object().ToString() == "System.Object" && new Node().ToString() == "Node", 12);
        Check(typeof(System.Collections.Generic.List<int>).Name == "List`1", 13);
        return failed == 0 ? 100 : failed;
    }
}
