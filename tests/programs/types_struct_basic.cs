// Structs: value semantics on assignment and when passed by value, mutation through ref,
// default values, parameterless constructors, readonly structs, struct arrays mutated in
// place, struct fields inside classes, methods mutating `this`, and struct equality.
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public readonly int Manhattan => Math.Abs(X) + Math.Abs(Y);
    public static Point operator +(Point a, Point b) => new Point(a.X + b.X, a.Y + b.Y);
    public static bool operator ==(Point a, Point b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Point a, Point b) => !(a == b);
}

struct WithCtor
{
    public int A = 5;
    public string S = "init";
    public WithCtor() { }
}

readonly struct Money
{
    public readonly long Cents;
    public Money(long c) => Cents = c;
    public Money Add(Money o) => new Money(Cents + o.Cents);
}

class Holder { public Point P; public Point[] Many = new Point[3]; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static void MoveCopy(Point p) => p.Move(100, 100);
    static void MoveRef(ref Point p) => p.Move(1, 1);
    static Point Make() => new Point(7, 8);

    static int Main()
    {
        var a = new Point(1, 2);
        var b = a;
        b.X = 10;
        Check(a.X == 1 && b.X == 10, 1);
        MoveCopy(a);
        Check(a.X == 1, 2);
        MoveRef(ref a);
        Check(a.X == 2 && a.Y == 3, 3);
        Point d = default;
        Check(d.X == 0 && d.Y == 0, 4);
        var w = new WithCtor();
        Check(w.A == 5 && w.S == "init", 5);
        WithCtor wd = default;
        Check(wd.A == 0 && wd.S == null, 6);
        var arr = new Point[4];
        arr[2].Move(3, 4);
        Check(arr[2].X == 3 && arr[2].Manhattan == 7 && arr[1].X == 0, 7);
        var h = new Holder();
        h.P.Move(5, 5);
        h.Many[1].X = 9;
        Check(h.P.X == 5 && h.Many[1].X == 9, 8);
        Check(a + b == new Point(12, 5), 9);
        Check(new Point(1, 1) != new Point(1, 2), 10);
        var m = new Money(150).Add(new Money(250));
        Check(m.Cents == 400, 11);
        object boxed = a;
        a.X = 99;
        Check(((Point)boxed).X == 2, 12);
        Check(boxed.Equals(new Point(2, 3)) && !boxed.Equals(new Point(2, 4)), 13);
        Check(Make().Manhattan == 15, 14);
        var list = new System.Collections.Generic.List<Point> { new Point(1, 1) };
        var copy = list[0];
        copy.X = 50;
        Check(list[0].X == 1, 15);
        Check(new Point(3, 4).GetHashCode() == new Point(3, 4).GetHashCode(), 16);
        Point[] pts = { new(1, 2), new(3, 4) };
        ref Point rp = ref pts[0];
        rp.Y = 20;
        Check(pts[0].Y == 20, 17);
        return failed == 0 ? 100 : failed;
    }
}
