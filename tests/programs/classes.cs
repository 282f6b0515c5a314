// Classes: constructors and inheritance, virtual and abstract methods, base calls, new slots,
// sealed overrides, interfaces (explicit and implicit, inherited, default methods, on structs),
// properties, casts (is / as / explicit) and InvalidCastException.
using System;

interface IShape { int Area(); int Sides => 0; }
interface INamed { int NameLength(); }
interface ICounter { int Next(); }

abstract class Shape : IShape
{
    public int Id;
    protected Shape(int id) { Id = id; }
    public abstract int Area();
    public virtual int Kind() => 1;
    public int Describe() => Kind() * 1000 + Area();
}

class Square : Shape, INamed
{
    readonly int side;
    public Square(int side) : base(7) { this.side = side; }
    public override int Area() => side * side;
    public override int Kind() => 2;
    int INamed.NameLength() => 6;
    public int Sides => 4;
}

sealed class Cube : Square
{
    public Cube(int side) : base(side) { }
    public override int Area() => 6 * base.Area();
    public new int Sides => 12;
}

class Triangle : Shape, IShape
{
    public Triangle() : base(3) { }
    public override int Area() => 3;
    int IShape.Sides => 3;
}

struct Counter : ICounter
{
    int n;
    public int Next() => ++n;
}

class Base
{
    public virtual string Name() => "base";
    public int CallName() => Name().Length;
}
class Derived : Base
{
    public new virtual string Name() => "derived!";
}
class MoreDerived : Derived
{
    public override string Name() => "more";
}

class Node
{
    public int Value;
    public Node Next;
    public Node(int v, Node next) { Value = v; Next = next; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Sum(Node n) { int s = 0; for (; n != null; n = n.Next) s += n.Value; return s; }

    static int Main()
    {
        Shape s = new Square(3);
        Check(s.Area() == 9 && s.Kind() == 2 && s.Describe() == 2009 && s.Id == 7, 1);
        s = new Cube(2);
        Check(s.Area() == 24 && s.Describe() == 2024, 2);
        IShape i = s;
        Check(i.Area() == 24 && i.Sides == 0, 3);
        IShape t = new Triangle();
        Check(t.Area() == 3 && t.Sides == 3, 4);
        INamed n = (INamed)s;
        Check(n.NameLength() == 6, 5);
        Check(((Square)s).Sides == 4 && ((Cube)s).Sides == 12, 6);

        Check(s is Square && s is Cube && !(s is Triangle) && s is INamed && !(t is INamed), 7);
        Check((t as Square) == null && (s as Square) != null, 8);
        object o = s;
        bool thrown = false;
        try { var tri = (Triangle)o; Check(tri == null, 9); }
        catch (InvalidCastException) { thrown = true; }
        Check(thrown, 10);
        thrown = false;
        try { var c = (ICounter)o; Check(c == null, 11); }
        catch (InvalidCastException) { thrown = true; }
        Check(thrown, 12);

        ICounter ctr = new Counter();
        ctr.Next();
        Check(ctr.Next() == 2, 13);
        var local = new Counter();
        local.Next();
        Check(local.Next() == 2, 14);

        Base b = new MoreDerived();
        Check(b.Name() == "base" && ((Derived)b).Name() == "more" && b.CallName() == 4, 15);

        Node list = null;
        for (int k = 1; k <= 10; k++) list = new Node(k, list);
        Check(Sum(list) == 55, 16);

        object[] objs = { new Square(1), new Triangle(), "x", null };
        int shapes = 0;
        foreach (var x in objs) if (x is IShape) shapes++;
        Check(shapes == 2, 17);

        return failed == 0 ? 100 : failed;
    }
}
