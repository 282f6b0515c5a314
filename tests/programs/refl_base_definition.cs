// MethodInfo.GetBaseDefinition walks the virtual slots (RuntimeTypeHandle.GetMethodAt), and
// Type.GetMethods hides an overridden method by its signature (Signature.AreEqual).
using System;
using System.Linq;

class Animal
{
    public virtual string Speak() => "...";
    public virtual string Speak(int times) => string.Concat(Enumerable.Repeat(Speak(), times));
    public string Kind() => "animal";
}
class Dog : Animal
{
    public override string Speak() => "woof";
}
class Puppy : Dog
{
    public override string Speak(int times) => "yip" + times;
}

static class Program
{
    static string Where(System.Reflection.MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}({m.GetParameters().Length})";

    static int Main()
    {
        object[] animals = { new Animal(), new Dog(), new Puppy() };
        foreach (object a in animals) Console.WriteLine(((Animal)a).Speak(2));

        var speak = typeof(Puppy).GetMethod("Speak", Type.EmptyTypes)!;
        Console.WriteLine($"{Where(speak)} base={Where(speak.GetBaseDefinition())} invoke={speak.Invoke(new Puppy(), null)}");
        var speak2 = typeof(Puppy).GetMethod("Speak", new[] { typeof(int) })!;
        Console.WriteLine($"{Where(speak2)} base={Where(speak2.GetBaseDefinition())} invoke={speak2.Invoke(new Puppy(), new object[] { 3 })}");
        var toString = typeof(Dog).GetMethod("ToString")!;
        Console.WriteLine($"{Where(toString)} base={Where(toString.GetBaseDefinition())}");
        var kind = typeof(Dog).GetMethod("Kind")!;
        Console.WriteLine($"{Where(kind)} base={Where(kind.GetBaseDefinition())}");

        // Each virtual method is listed once, from the most derived type that declares it.
        var names = typeof(Puppy).GetMethods().Where(m => m.Name == "Speak").Select(Where).OrderBy(n => n, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", names));
        return 100;
    }
}
