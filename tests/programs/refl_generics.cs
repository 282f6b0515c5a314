// Generic types through reflection: Type.MakeGenericType over instantiations the program has,
// GetGenericArguments of definitions (generic parameters: name, position, declaring type,
// constraints), GetGenericTypeDefinition, IsGenericTypeDefinition, ContainsGenericParameters,
// and the ArgumentException of a violated constraint.
using System;
using System.Collections.Generic;

interface IAnimal { string Sound(); }
class Dog : IAnimal { public string Sound() => "woof"; }

class Box<T> { public T? Value; }
class Pair<TFirst, TSecond> where TFirst : class, IAnimal where TSecond : struct
{
    public override string ToString() => $"Pair<{typeof(TFirst).Name},{typeof(TSecond).Name}>";
}
class Holder<T, U> where T : U { }
class Outer { public class Inner<T> { } }

static class Program
{
    static string Args(Type t) => string.Join(",", Array.ConvertAll(t.GetGenericArguments(), a => a.ToString()));

    static int Main()
    {
        // Instantiations the program uses.
        var used = new object[] { new List<int>(), new Dictionary<string, int>(), new Box<string>(), new Pair<Dog, int>(),
            new Outer.Inner<long>(), new Holder<Dog, IAnimal>() };
        Console.WriteLine(used.Length);

        Type list = typeof(List<>);
        Console.WriteLine($"List<>: def={list.IsGenericTypeDefinition} generic={list.IsGenericType} open={list.ContainsGenericParameters} args={Args(list)}");
        Type t = list.GetGenericArguments()[0];
        Console.WriteLine($"T: name={t.Name} full={t.FullName ?? "null"} ns={t.Namespace} param={t.IsGenericParameter} typeParam={t.IsGenericTypeParameter} methodParam={t.IsGenericMethodParameter}");
        Console.WriteLine($"T: position={t.GenericParameterPosition} declaring={t.DeclaringType} method={(t.DeclaringMethod == null ? "null" : "set")} open={t.ContainsGenericParameters} generic={t.IsGenericType}");
        Console.WriteLine($"T: constraints={t.GetGenericParameterConstraints().Length} base={t.BaseType}");

        Type made = list.MakeGenericType(typeof(int));
        Console.WriteLine($"List<int>: {made} same={made == typeof(List<int>)} def={made.IsGenericTypeDefinition} open={made.ContainsGenericParameters} back={made.GetGenericTypeDefinition() == list}");
        var instance = (List<int>)Activator.CreateInstance(made)!;
        instance.Add(42);
        Console.WriteLine($"created: {instance.Count} {instance[0]}");

        Type dict = typeof(Dictionary<,>).MakeGenericType(typeof(string), typeof(int));
        Console.WriteLine($"Dictionary: {dict} same={dict == typeof(Dictionary<string, int>)} args={Args(dict)}");
        Console.WriteLine($"Dictionary<,>: args={Args(typeof(Dictionary<,>))} positions={typeof(Dictionary<,>).GetGenericArguments()[1].GenericParameterPosition}");

        Type box = typeof(Box<>).MakeGenericType(typeof(string));
        Console.WriteLine($"Box: {box} same={box == typeof(Box<string>)} name={box.Name} full={box.FullName}");
        Type inner = typeof(Outer.Inner<>).MakeGenericType(typeof(long));
        Console.WriteLine($"Inner: {inner} same={inner == typeof(Outer.Inner<long>)} declaring={inner.DeclaringType}");

        Type pairDef = typeof(Pair<,>);
        foreach (Type p in pairDef.GetGenericArguments())
        {
            var cs = Array.ConvertAll(p.GetGenericParameterConstraints(), c => c.Name);
            Array.Sort(cs, StringComparer.Ordinal);
            Console.WriteLine($"{p.Name}: position={p.GenericParameterPosition} declaring={p.DeclaringType!.Name} constraints=[{string.Join(",", cs)}]");
        }
        Type pair = pairDef.MakeGenericType(typeof(Dog), typeof(int));
        Console.WriteLine($"Pair: {pair} same={pair == typeof(Pair<Dog, int>)} created={Activator.CreateInstance(pair)}");

        Type holderU = typeof(Holder<,>).GetGenericArguments()[0];
        Console.WriteLine($"Holder T constraint: {holderU.GetGenericParameterConstraints()[0].Name} isParam={holderU.GetGenericParameterConstraints()[0].IsGenericParameter}");
        Console.WriteLine($"Holder: {typeof(Holder<,>).MakeGenericType(typeof(Dog), typeof(IAnimal)) == typeof(Holder<Dog, IAnimal>)}");

        // The definition over its own parameters is the definition.
        Console.WriteLine($"self: {list.MakeGenericType(list.GetGenericArguments()) == list}");

        // Errors dotnet and dotnative give alike.
        try { typeof(List<int>).MakeGenericType(typeof(int)); }
        catch (InvalidOperationException e) { Console.WriteLine($"not a definition: {e.GetType().Name}"); }
        try { list.MakeGenericType(typeof(int), typeof(string)); }
        catch (ArgumentException e) { Console.WriteLine($"count: {e.GetType().Name} {e.ParamName}"); }
        try { pairDef.MakeGenericType(typeof(string), typeof(int)); }
        catch (ArgumentException e) { Console.WriteLine($"constraint: {e.GetType().Name} {e.Message}"); }
        try { pairDef.MakeGenericType(typeof(Dog), typeof(int?)); }
        catch (ArgumentException e) { Console.WriteLine($"struct constraint: {e.GetType().Name} {e.Message}"); }
        try { Console.WriteLine(typeof(int).GenericParameterPosition); }
        catch (InvalidOperationException e) { Console.WriteLine($"not a parameter: {e.GetType().Name}"); }
        return 100;
    }
}
