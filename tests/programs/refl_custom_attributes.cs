// Custom attributes as objects: GetCustomAttributes on types, methods, properties, fields and
// parameters; constructor arguments of every encodable kind (primitives, string, enum, Type,
// arrays, a boxed object); named property and field arguments; AllowMultiple and Inherited from
// [AttributeUsage]; IsDefined; Attribute.GetCustomAttribute; a type without attributes; lookups
// that walk into framework base types (IsDefined(inherit: true) reaches System.Object).
using System;
using System.Linq;
using System.Reflection;

enum Color : byte { Red = 1, Green = 2, Blue = 3 }

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = true, Inherited = true)]
class TagAttribute : Attribute
{
    public TagAttribute(string name) { Name = name; }
    public TagAttribute(string name, int weight) { Name = name; Weight = weight; }
    public string Name { get; }
    public int Weight { get; set; }
    public string? Note;
    public Color Shade { get; set; }
    public override string ToString() => $"Tag({Name}, weight {Weight}, note {Note ?? "null"}, shade {Shade})";
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
class KindAttribute : Attribute
{
    public readonly string Text;
    public KindAttribute(Color color, Type type, object boxed, int[] numbers, string[] words, char ch, bool flag, double d, long l, byte b, sbyte sb,
        short s, ushort us, uint ui, ulong ul, float f, Type? none, string? nothing)
    {
        Text = $"{color} {type.Name} {boxed} ({boxed.GetType().Name}) [{string.Join(",", numbers)}] [{string.Join(",", words)}] {ch} {flag} {d} {l} {b} {sb} {s} {us} {ui} {ul} {f} " +
            $"{(none == null ? "null" : none.Name)} {nothing ?? "null"}";
    }
    public object? Extra { get; set; }
    public Type[]? Types { get; set; }
}

[Tag("first")]
[Tag("second", 7, Note = "n", Shade = Color.Blue)]
[Kind(Color.Green, typeof(Widget), 42, new[] { 1, 2, 3 }, new[] { "a", "b" }, 'x', true, 2.5, -9L, 200, -5, -300, 60000, 4000000000u, 18000000000000000000ul, 1.25f, null, null,
    Extra = Color.Red, Types = new[] { typeof(int), typeof(string) })]
class Widget
{
    [Tag("method", Weight = 3)] public virtual void Run([Tag("parameter")] int speed) { }
    [Tag("property")] public int Size { get; set; }
    [Tag("field")] public int Count;
}

class Gadget : Widget
{
    public override void Run(int speed) { }
}

class Plain { }

[Tag("failure")]
class Failure : Exception { }

static class Program
{
    static void Show(string what, object[] attributes)
    {
        Console.WriteLine($"{what}: {attributes.Length}");
        foreach (var a in attributes.OrderBy(a => a.ToString(), StringComparer.Ordinal)) Console.WriteLine($"  {a.GetType().Name}: {a}");
    }

    static int Main()
    {
        Show("Widget", typeof(Widget).GetCustomAttributes(false));
        Show("Widget Tag", typeof(Widget).GetCustomAttributes(typeof(TagAttribute), false));
        Show("Gadget inherited", typeof(Gadget).GetCustomAttributes(true));
        Show("Gadget own", typeof(Gadget).GetCustomAttributes(false));
        Show("Plain", typeof(Plain).GetCustomAttributes(true));

        var kind = (KindAttribute)Attribute.GetCustomAttribute(typeof(Widget), typeof(KindAttribute))!;
        Console.WriteLine($"Kind: {kind.Text}");
        Console.WriteLine($"Kind.Extra: {kind.Extra} ({kind.Extra?.GetType().Name})");
        Console.WriteLine($"Kind.Types: {string.Join(", ", kind.Types!.Select(t => t.Name))}");

        MethodInfo run = typeof(Widget).GetMethod("Run")!;
        Show("Run", run.GetCustomAttributes(false));
        Show("Gadget.Run inherited", typeof(Gadget).GetMethod("Run")!.GetCustomAttributes(true));
        Show("speed", run.GetParameters()[0].GetCustomAttributes(false));
        Show("Size", typeof(Widget).GetProperty("Size")!.GetCustomAttributes(false));
        Show("Count", typeof(Widget).GetField("Count")!.GetCustomAttributes(false));

        Console.WriteLine($"IsDefined(Widget, Tag): {typeof(Widget).IsDefined(typeof(TagAttribute), false)}");
        Console.WriteLine($"IsDefined(Gadget, Kind, inherit): {typeof(Gadget).IsDefined(typeof(KindAttribute), true)}");
        Console.WriteLine($"IsDefined(Plain, Tag): {Attribute.IsDefined(typeof(Plain), typeof(TagAttribute))}");
        // Walking into framework bases: Exception's own attributes (TypeForwardedFrom...) come too.
        Show("Failure inherited, attributes", typeof(Failure).GetCustomAttributes(typeof(Attribute), true));
        Console.WriteLine($"Failure has Tag: {Attribute.IsDefined(typeof(Failure), typeof(TagAttribute))}");
        var relaxations = typeof(Program).Assembly.GetCustomAttribute<System.Runtime.CompilerServices.CompilationRelaxationsAttribute>();
        Console.WriteLine($"assembly CompilationRelaxations: {relaxations?.CompilationRelaxations}");
        // Framework attributes with named arguments (RuntimeCompatibility's WrapNonExceptionThrows).
        Show("assembly", typeof(Program).Assembly.GetCustomAttributes(false));
        var compat = typeof(Program).Assembly.GetCustomAttribute<System.Runtime.CompilerServices.RuntimeCompatibilityAttribute>();
        Console.WriteLine($"WrapNonExceptionThrows: {compat?.WrapNonExceptionThrows}");
        Show("module", typeof(Program).Module.GetCustomAttributes(false));
        TagAttribute? first = typeof(Widget).GetCustomAttributes<TagAttribute>().FirstOrDefault(t => t.Name == "second");
        Console.WriteLine($"generic lookup: {first}");
        return 100;
    }
}
