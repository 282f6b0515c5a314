// Member reflection over methods: GetMethod/GetMethods/GetConstructor on types named by typeof
// and by GetType(), MethodInfo facts (name, return and parameter types, static/virtual/public),
// Invoke of static, instance, virtual and struct methods with boxed results, constructors and
// Activator.CreateInstance with arguments, exceptions wrapped in TargetInvocationException,
// Delegate.CreateDelegate (open and closed) and Delegate.Method.
using System;
using System.Linq;
using System.Reflection;

class Shape
{
    public string Label;
    public Shape() : this("shape") { }
    public Shape(string label) { Label = label; }
    public virtual double Area() => 0;
    public string Describe(int precision) => $"{Label}: {Math.Round(Area(), precision)}";
    public static Shape Unit() => new Square(1);
    public void Fail(string why) => throw new InvalidOperationException(why);
    protected int Hidden() => 7;
}

class Square : Shape
{
    public double Side;
    public Square(double side) : base("square") { Side = side; }
    public override double Area() => Side * Side;
}

struct Counter
{
    public int Count;
    public int Add(int n) { Count += n; return Count; }
    public override string ToString() => $"Counter({Count})";
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) { failed = id; Console.WriteLine($"check {id} failed"); } }

    static int Twice(int x) => 2 * x;

    static int Main()
    {
        MethodInfo describe = typeof(Shape).GetMethod("Describe");
        Console.WriteLine($"{describe.Name} returns {describe.ReturnType.Name}, params {string.Join(",", describe.GetParameters().Select(p => p.ParameterType.Name))}");
        Console.WriteLine($"static {describe.IsStatic} virtual {describe.IsVirtual} public {describe.IsPublic} declared by {describe.DeclaringType.Name}");
        var square = new Square(1.5);
        Console.WriteLine(describe.Invoke(square, new object[] { 2 }));

        MethodInfo area = typeof(Shape).GetMethod("Area");
        object boxed = area.Invoke(square, null);
        Console.WriteLine($"{boxed.GetType().Name} {boxed}");
        Check(area.IsVirtual && (double)boxed == 2.25, 1);

        MethodInfo unit = typeof(Shape).GetMethod("Unit", BindingFlags.Public | BindingFlags.Static);
        var made = (Shape)unit.Invoke(null, null);
        Console.WriteLine($"{made.GetType().Name} {made.Area()}");

        MethodInfo twice = typeof(Program).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static);
        Console.WriteLine(twice.Invoke(null, new object[] { 21 }));

        MethodInfo hidden = square.GetType().GetMethod("Hidden", BindingFlags.NonPublic | BindingFlags.Instance);
        Console.WriteLine($"{hidden?.Name} {hidden?.Invoke(square, null)}");

        var names = typeof(Square).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).OrderBy(n => n);
        Console.WriteLine("Square declares: " + string.Join(", ", names));
        var inherited = typeof(Square).GetMethods().Select(m => m.Name).Distinct().OrderBy(n => n);
        Console.WriteLine("Square has: " + string.Join(", ", inherited));

        ConstructorInfo ctor = typeof(Shape).GetConstructor(new[] { typeof(string) });
        var built = (Shape)ctor.Invoke(new object[] { "built" });
        Console.WriteLine(built.Label);
        Console.WriteLine($"constructors: {typeof(Shape).GetConstructors().Length}");
        var activated = (Square)Activator.CreateInstance(typeof(Square), 3.0);
        Console.WriteLine($"{activated.Label} {activated.Area()}");

        object counter = new Counter();
        MethodInfo add = typeof(Counter).GetMethod("Add");
        add.Invoke(counter, new object[] { 5 });
        Console.WriteLine($"{add.Invoke(counter, new object[] { 2 })} {counter}");

        try
        {
            typeof(Shape).GetMethod("Fail").Invoke(square, new object[] { "on purpose" });
            Check(false, 2);
        }
        catch (TargetInvocationException e)
        {
            Console.WriteLine($"{e.GetType().Name}: {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
        }

        var open = (Func<Shape, double>)Delegate.CreateDelegate(typeof(Func<Shape, double>), area);
        Console.WriteLine($"open: {open(new Square(2))} {open(new Shape())}");
        var closed = (Func<int, string>)Delegate.CreateDelegate(typeof(Func<int, string>), square, describe);
        Console.WriteLine($"closed: {closed(1)}");

        Func<int, int> f = Twice;
        Console.WriteLine($"Delegate.Method: {f.Method.Name} static {f.Method.IsStatic} on {f.Method.DeclaringType.Name}");
        Func<double> g = square.Area;
        Console.WriteLine($"Delegate.Method: {g.Method.Name} on {g.Method.DeclaringType.Name}");
        return failed == 0 ? 100 : failed;
    }
}
