// Properties, events and const fields through reflection, read from the assembly's embedded
// metadata: Type.GetProperties()/GetProperty(name) with PropertyType, CanRead/CanWrite,
// accessors, GetValue/SetValue through the accessors (instance, static, inherited, read-only,
// set-only, value-type and string typed), GetEvents()/GetEvent(name) with EventHandlerType and
// Add/RemoveEventHandler, and const fields listed by GetFields with GetRawConstantValue/GetValue.
using System;
using System.Linq;
using System.Reflection;

enum Level { Low = 1, High = 9 }

class Shape
{
    public const int Sides = 0;
    public const string Kind = "shape";
    protected const double Ratio = 1.5;
    private const Level Default = Level.High;
    public string Name { get; set; } = "shape";
    public virtual int Corners => 0;
    public static int Made { get; private set; }
    public Shape() { Made++; }
}

class Square : Shape
{
    public const long Big = 1L << 40;
    private int side = 2;
    public int Side { get => side; set => side = value; }
    public override int Corners => 4;
    public int Area => side * side;
    public string Secret { set => Console.WriteLine($"secret set to {value}"); }
    public Level Grade { get; set; } = Level.Low;
    public event EventHandler Changed;
    public static event Action<int> Counted;
    public void Touch() { Changed?.Invoke(this, EventArgs.Empty); Counted?.Invoke(side); }
}

static class Program
{
    static void OnChanged(object sender, EventArgs e) => Console.WriteLine($"changed: {((Square)sender).Side}");
    static void OnCounted(int n) => Console.WriteLine($"counted: {n}");

    static int Main()
    {
        int failures = 0;
        Type t = typeof(Square);
        foreach (PropertyInfo p in t.GetProperties().OrderBy(p => p.Name))
            Console.WriteLine($"property {p.Name} : {p.PropertyType.Name} read={p.CanRead} write={p.CanWrite} declared={p.DeclaringType.Name} getter={p.GetMethod?.Name ?? "-"} setter={p.SetMethod?.Name ?? "-"}");
        var sq = new Square();
        PropertyInfo side = t.GetProperty("Side");
        side.SetValue(sq, 5);
        Console.WriteLine($"Side = {side.GetValue(sq)}, Area = {t.GetProperty("Area").GetValue(sq)}, Corners = {t.GetProperty("Corners").GetValue(sq)}");
        if ((int)t.GetProperty("Area").GetValue(sq) != 25) failures++;
        t.GetProperty("Name").SetValue(sq, "box");
        Console.WriteLine($"Name = {sq.Name}");
        t.GetProperty("Secret").SetValue(sq, "42");
        t.GetProperty("Grade").SetValue(sq, Level.High);
        Console.WriteLine($"Grade = {t.GetProperty("Grade").GetValue(sq)}");
        Console.WriteLine($"Made = {typeof(Shape).GetProperty("Made").GetValue(null)}");
        Console.WriteLine($"no such property: {t.GetProperty("Nope") == null}");
        Console.WriteLine($"non-public: {string.Join(",", t.GetProperties(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(p => p.Name))}");

        foreach (EventInfo e in t.GetEvents().OrderBy(e => e.Name))
            Console.WriteLine($"event {e.Name} : {e.EventHandlerType.Name} add={e.AddMethod.Name} remove={e.RemoveMethod.Name}");
        EventInfo changed = t.GetEvent("Changed");
        EventHandler h = OnChanged;
        changed.AddEventHandler(sq, h);
        t.GetEvent("Counted").AddEventHandler(null, (Action<int>)OnCounted);
        sq.Touch();
        changed.RemoveEventHandler(sq, h);
        sq.Side = 3;
        sq.Touch();

        foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.FlattenHierarchy).Where(f => f.IsLiteral).OrderBy(f => f.Name))
            Console.WriteLine($"const {f.Name} : {f.FieldType.Name} = {f.GetRawConstantValue()} / {f.GetValue(null)} attrs={f.Attributes}");
        foreach (FieldInfo f in typeof(Shape).GetFields(BindingFlags.NonPublic | BindingFlags.Static).OrderBy(f => f.Name))
            Console.WriteLine($"Shape non-public static {f.Name} literal={f.IsLiteral} value={f.GetValue(null)}");
        FieldInfo kind = typeof(Shape).GetField("Kind");
        if ((string)kind.GetValue(null) != "shape") failures++;
        Console.WriteLine(failures == 0 ? "ok" : $"failures: {failures}");
        return failures == 0 ? 100 : 1;
    }
}
