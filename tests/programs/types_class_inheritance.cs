// Classes: constructors chaining (this/base), field initializers running before the base
// constructor body, virtual calls from a base constructor reaching the derived override,
// protected members, abstract classes, properties, and object identity.
using System;

abstract class Shape
{
    public static string Log = "";
    protected readonly string name;
    public int Initialized = Mark("S");
    protected Shape(string name) { this.name = name; Log += "s"; Describe(); }
    static int Mark(string s) { Log += s; return 1; }
    public abstract double Area { get; }
    public virtual string Describe() { Log += "B"; return name; }
    public override string ToString() => name + ":" + Area;
}

class Rect : Shape
{
    public double W, H;
    int fieldValue = Mark2();
    static int Mark2() { Log += "R"; return 2; }
    public Rect(double w, double h) : base("rect") { W = w; H = h; Log += "r"; }
    public Rect(double side) : this(side, side) { Log += "q"; }
    public override double Area => W * H;
    public override string Describe() { Log += "D"; return "rect " + W; }
    public int Field => fieldValue;
}

class Circle : Shape
{
    public double R { get; init; }
    public Circle(double r) : base("circle") { R = r; }
    public override double Area => 3 * R * R;
}

class Counter
{
    private int count;
    public int Count { get => count; private set => count = value; }
    public void Inc() => Count++;
    public static Counter operator +(Counter c, int n) { for (int i = 0; i < n; i++) c.Inc(); return c; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Shape.Log = "";
        var r = new Rect(2, 3);
        Check(Shape.Log == "RSsDr", 1);
        Check(r.Area == 6, 2);
        Check(r.Field == 2, 40);
        Check(r.Initialized == 1, 41);
        Shape.Log = "";
        var sq = new Rect(4);
        Check(Shape.Log == "RSsDrq" && sq.Area == 16, 3);
        Shape s = new Circle(2);
        Check(s.Area == 12 && s is Circle c && c.R == 2, 4);
        Check(s.Describe() == "circle", 5);
        Shape[] shapes = { r, sq, s };
        double total = 0;
        foreach (var sh in shapes) total += sh.Area;
        Check(total == 34, 6);
        var counter = new Counter();
        counter += 5;
        counter.Inc();
        Check(counter.Count == 6, 7);
        var r2 = new Rect(2, 3);
        Check(!ReferenceEquals(r, r2) && !r.Equals(r2) && r.Equals(r), 8);
        Check(r.GetType() == typeof(Rect) && r.GetType().BaseType == typeof(Shape), 9);
        Check(s.ToString() == "circle:12", 10);
        object o = r;
        Check(o is Shape && o is Rect && !(o is Circle), 11);
        return failed == 0 ? 100 : failed;
    }
}
