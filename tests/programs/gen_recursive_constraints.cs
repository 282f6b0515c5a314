// Curiously recurring generic patterns: T : Base<T>, IComparable<T> implemented by the type
// itself, generic fluent builders returning the derived type, generic linked structures,
// and a generic type instantiated over itself (Node<Node<int>>).
using System;
using System.Collections.Generic;

abstract class Entity<TSelf> where TSelf : Entity<TSelf>, new()
{
    public int Id;
    public static TSelf Create(int id) => new TSelf { Id = id };
    public TSelf WithId(int id) { Id = id; return (TSelf)this; }
    public abstract string Kind { get; }
}
class User : Entity<User> { public string Name = ""; public override string Kind => "user"; public User Named(string n) { Name = n; return this; } }
class Order : Entity<Order> { public override string Kind => "order"; }

class Version : IComparable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) => Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
}

class Node<T>
{
    public T Value;
    public Node<T> Next;
    public Node(T v, Node<T> next = null) { Value = v; Next = next; }
    public int Length => 1 + (Next?.Length ?? 0);
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static T Largest<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        T best = default; bool any = false;
        foreach (var x in xs) if (!any || x.CompareTo(best) > 0) { best = x; any = true; }
        return best;
    }

    static int Main()
    {
        var u = User.Create(3).Named("ann").WithId(7);
        Check(u.Id == 7 && u.Name == "ann" && u.Kind == "user", 1);
        var o = Order.Create(9);
        Check(o.Id == 9 && o.Kind == "order" && o.GetType() == typeof(Order), 2);
        var vs = new[] { new Version(1, 2), new Version(2, 0), new Version(1, 9) };
        var max = Largest(vs);
        Check(max.Major == 2 && max.Minor == 0, 3);
        Check(Largest(new[] { 3, 9, 2 }) == 9 && Largest(new[] { "b", "c", "a" }) == "c", 4);
        var list = new Node<int>(1, new Node<int>(2, new Node<int>(3)));
        Check(list.Length == 3 && list.Next.Next.Value == 3, 5);
        var lol = new Node<Node<int>>(list, new Node<Node<int>>(new Node<int>(10)));
        Check(lol.Length == 2 && lol.Value.Length == 3 && lol.Next.Value.Value == 10, 6);
        var sorted = new List<Version>(vs);
        sorted.Sort();
        Check(sorted[0].Minor == 2 && sorted[1].Minor == 9 && sorted[2].Major == 2, 7);
        return failed == 0 ? 100 : failed;
    }
}
