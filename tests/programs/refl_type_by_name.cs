// Type.GetType(string) and Assembly.GetType(string): the program's own types (top-level and
// nested), framework types by full name, names that do not exist (null, or TypeLoadException
// when asked to throw).
using System;
using System.Collections.Generic;
using System.Reflection;

namespace Shapes
{
    public class Circle
    {
        public double Radius = 1.5;
        public class Style { public string Color = "red"; }
    }
}

static class Program
{
    static string Show(Type? t) => t == null ? "null" : $"{t.FullName} ({t.Name})";

    static int Main()
    {
        var circle = new Shapes.Circle();
        var style = new Shapes.Circle.Style();
        Type? found = Type.GetType("Shapes.Circle");
        Console.WriteLine($"Shapes.Circle: {Show(found)} same: {found == circle.GetType()}");
        Type? nested = Type.GetType("Shapes.Circle+Style");
        Console.WriteLine($"Shapes.Circle+Style: {Show(nested)} same: {nested == style.GetType()}");
        Console.WriteLine($"System.Int32: {Show(Type.GetType("System.Int32"))} same: {Type.GetType("System.Int32") == typeof(int)}");
        Console.WriteLine($"System.String: {Show(Type.GetType("System.String"))}");
        Console.WriteLine($"missing: {Show(Type.GetType("Shapes.Square"))}");
        Console.WriteLine($"missing nested: {Show(Type.GetType("Shapes.Circle+Border"))}");
        Console.WriteLine($"from assembly: {Show(typeof(Program).Assembly.GetType("Shapes.Circle"))}");
        Console.WriteLine($"from assembly, missing: {Show(typeof(Program).Assembly.GetType("Shapes.Nothing"))}");
        int thrown = 0;
        try
        {
            Type.GetType("Shapes.Square", throwOnError: true);
        }
        catch (TypeLoadException e)
        {
            thrown++;
            Console.WriteLine($"{e.GetType().Name}: {e.Message.StartsWith("Could not load type 'Shapes.Square'")} {e.TypeName}");
        }
        object? made = found == null ? null : Activator.CreateInstance(found);
        Console.WriteLine($"created: {(made as Shapes.Circle)?.Radius} {style.Color}");
        return found == typeof(Shapes.Circle) && nested == typeof(Shapes.Circle.Style) && thrown == 1 ? 100 : 1;
    }
}
