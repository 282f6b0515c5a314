// Field reflection: GetFields/GetField with BindingFlags on app classes and structs, FieldInfo
// facts (Name, FieldType, IsStatic, IsPublic, IsInitOnly, Attributes, DeclaringType), GetValue
// (boxing value-type and enum fields, static fields with a class constructor) and SetValue on a
// class, on a boxed struct and on static fields; inherited fields; a generic instantiation's
// fields (struct and Nullable<T> typed). Const fields: refl_properties.cs, refl_const_fields.cs.
using System;
using System.Linq;
using System.Reflection;

enum Color { Red, Green, Blue }

class Animal
{
    public string Name = "animal";
    protected int legs = 4;
    private double weight = 1.5;
    public static int Count = 3;
    public double Weight => weight;
}

class Dog : Animal
{
    public readonly int Age;
    public Color Coat = Color.Green;
    private static string secret = Init();
    public static readonly DateTime Epoch = new DateTime(2000, 1, 2);
    public object Tag;
    public Dog(int age) { Age = age; }
    static string Init() { Console.WriteLine("Dog..cctor"); return "bone"; }
}

class Holder<T>
{
    public T Value;
    public T[] Items;
    public Point Where;
    public int? Maybe;
}

struct Point
{
    public int X;
    public int Y;
    public long Z;
    private byte tag;
    public override string ToString() => $"({X},{Y},{Z},{tag})";
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) { failed = id; Console.WriteLine($"check {id} failed"); } }

    static string Describe(FieldInfo f) =>
        $"{f.Name}: {f.FieldType.Name} static={f.IsStatic} public={f.IsPublic} private={f.IsPrivate} initonly={f.IsInitOnly} literal={f.IsLiteral} attrs={f.Attributes} declared={f.DeclaringType.Name}";

    static void List(Type t, BindingFlags flags)
    {
        Console.WriteLine($"{t.Name} [{flags}]");
        foreach (var f in t.GetFields(flags).OrderBy(f => f.Name, StringComparer.Ordinal)) Console.WriteLine("  " + Describe(f));
    }

    static int Main()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        List(typeof(Dog), BindingFlags.Public | BindingFlags.Instance);
        List(typeof(Dog), all);
        List(typeof(Dog), all | BindingFlags.DeclaredOnly);
        List(typeof(Dog), BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
        List(typeof(Animal), all);
        List(typeof(Point), all);

        var dog = new Dog(7) { Name = "rex", Tag = "t" };
        FieldInfo name = typeof(Dog).GetField("Name");
        Check(name != null && name.DeclaringType == typeof(Animal), 1);
        Console.WriteLine($"Name = {name.GetValue(dog)}");
        name.SetValue(dog, "fido");
        Check(dog.Name == "fido", 2);

        FieldInfo age = typeof(Dog).GetField("Age");
        object boxedAge = age.GetValue(dog);
        Console.WriteLine($"Age = {boxedAge} ({boxedAge.GetType().Name})");
        Check((int)boxedAge == 7, 3);

        FieldInfo weight = typeof(Animal).GetField("weight", BindingFlags.NonPublic | BindingFlags.Instance);
        Console.WriteLine($"weight = {weight.GetValue(dog)}");
        weight.SetValue(dog, 9.25);
        Check(dog.Weight == 9.25, 4);

        FieldInfo legs = typeof(Dog).GetField("legs", BindingFlags.NonPublic | BindingFlags.Instance);
        Check(legs != null && (int)legs.GetValue(dog) == 4, 5);

        FieldInfo coat = typeof(Dog).GetField("Coat");
        object c = coat.GetValue(dog);
        Console.WriteLine($"Coat = {c} ({c.GetType().Name})");
        Check(c is Color col && col == Color.Green, 6);
        coat.SetValue(dog, Color.Blue);
        Check(dog.Coat == Color.Blue, 7);

        FieldInfo tag = typeof(Dog).GetField("Tag");
        tag.SetValue(dog, 42);
        Console.WriteLine($"Tag = {dog.Tag} ({dog.Tag.GetType().Name})");
        tag.SetValue(dog, null);
        Check(dog.Tag == null && tag.GetValue(dog) == null, 8);

        FieldInfo count = typeof(Animal).GetField("Count", BindingFlags.Public | BindingFlags.Static);
        Console.WriteLine($"Count = {count.GetValue(null)}");
        count.SetValue(null, 11);
        Check(Animal.Count == 11, 9);

        FieldInfo secret = typeof(Dog).GetField("secret", BindingFlags.NonPublic | BindingFlags.Static);
        Console.WriteLine("before secret");
        Console.WriteLine($"secret = {secret.GetValue(null)}");
        secret.SetValue(null, "ball");
        Check((string)secret.GetValue(null) == "ball", 10);

        FieldInfo epoch = typeof(Dog).GetField("Epoch");
        Console.WriteLine($"Epoch = {((DateTime)epoch.GetValue(null)).ToString("yyyy-MM-dd")}");

        object boxed = new Point { X = 1, Y = 2, Z = 3 };
        FieldInfo x = typeof(Point).GetField("X");
        FieldInfo z = typeof(Point).GetField("Z");
        x.SetValue(boxed, 10);
        z.SetValue(boxed, 30L);
        Console.WriteLine($"boxed point = {boxed}, X = {x.GetValue(boxed)}, Z = {z.GetValue(boxed)}");
        Check(((Point)boxed).X == 10 && ((Point)boxed).Z == 30, 11);
        FieldInfo ptag = typeof(Point).GetField("tag", BindingFlags.NonPublic | BindingFlags.Instance);
        ptag.SetValue(boxed, (byte)5);
        Console.WriteLine($"after tag: {boxed}");

        var holder = new Holder<string> { Value = "v", Items = new[] { "a" }, Where = new Point { X = 4 } };
        List(typeof(Holder<string>), BindingFlags.Public | BindingFlags.Instance);
        FieldInfo value = typeof(Holder<string>).GetField("Value");
        value.SetValue(holder, "w");
        FieldInfo where = typeof(Holder<string>).GetField("Where");
        object w = where.GetValue(holder);
        Console.WriteLine($"Value = {value.GetValue(holder)}, Where = {w} ({w.GetType().Name})");
        where.SetValue(holder, new Point { Y = 9 });
        FieldInfo maybe = typeof(Holder<string>).GetField("Maybe");
        Console.WriteLine($"Maybe = {maybe.GetValue(holder) ?? "null"}, Where.Y = {holder.Where.Y}");
        maybe.SetValue(holder, 5);
        Check(holder.Value == "w" && holder.Where.Y == 9 && holder.Maybe == 5 && (int)maybe.GetValue(holder) == 5, 15);
        maybe.SetValue(holder, null);
        Check(holder.Maybe == null, 16);

        Check(typeof(Dog).GetField("nope") == null, 12);
        Check(typeof(Dog).GetField("weight", BindingFlags.NonPublic | BindingFlags.Instance) == null, 13);

        try { x.SetValue(boxed, "wrong"); Check(false, 14); }
        catch (ArgumentException e) { Console.WriteLine($"wrong type: {e.GetType().Name}"); }

        Console.WriteLine(failed == 0 ? "all checks passed" : $"failed at {failed}");
        return failed == 0 ? 100 : failed;
    }
}
