// Type.GetInterfaces / GetInterface(name) / IsAssignableFrom over interfaces, and
// Type.MakeArrayType for array types the program has, Type.MakeByRefType, MakePointerType.
using System;
using System.Collections.Generic;
using System.Linq;

interface IShape { double Area(); }
interface INamed { string Name { get; } }
interface ISolid : IShape { double Volume(); }

class Square : IShape, INamed, IComparable<Square>
{
    public double Side = 2;
    public double Area() => Side * Side;
    public string Name => "square";
    public int CompareTo(Square? other) => Side.CompareTo(other?.Side ?? 0);
}

class Cube : Square, ISolid
{
    public double Volume() => Side * Side * Side;
}

static class Program
{
    static string Names(Type t) => string.Join(", ", t.GetInterfaces().Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal));

    static int Main()
    {
        Console.WriteLine($"Square: {Names(typeof(Square))}");
        Console.WriteLine($"Cube: {Names(typeof(Cube))}");
        Console.WriteLine($"ISolid: {Names(typeof(ISolid))}");
        Console.WriteLine($"List<int>: {Names(typeof(List<int>))}");
        Console.WriteLine($"int: {Names(typeof(int))}");
        Console.WriteLine($"object: [{Names(typeof(object))}]");
        Console.WriteLine($"GetInterface(INamed): {typeof(Cube).GetInterface("INamed")?.Name ?? "null"}");
        Console.WriteLine($"GetInterface(IMissing): {typeof(Cube).GetInterface("IMissing")?.Name ?? "null"}");
        Console.WriteLine($"IShape from Cube: {typeof(IShape).IsAssignableFrom(typeof(Cube))}");
        Console.WriteLine($"ISolid from Square: {typeof(ISolid).IsAssignableFrom(typeof(Square))}");
        Console.WriteLine($"IEnumerable<int> from int[]: {typeof(IEnumerable<int>).IsAssignableFrom(typeof(int[]))}");
        Console.WriteLine($"IComparable<Square> implemented by Cube: {typeof(Cube).GetInterfaces().Contains(typeof(IComparable<Square>))}");

        Type squares = typeof(Square).MakeArrayType();
        Console.WriteLine($"MakeArrayType: {squares.Name} same as typeof: {squares == typeof(Square[])}");
        Type grid = typeof(int).MakeArrayType(2);
        Console.WriteLine($"MakeArrayType(2): {grid.Name} same as typeof: {grid == typeof(int[,])}");
        Type byRef = typeof(Cube).MakeByRefType();
        Console.WriteLine($"MakeByRefType: {byRef.Name} {byRef.IsByRef} {byRef.HasElementType} {byRef.GetElementType() == typeof(Cube)} {byRef.IsValueType} {typeof(Cube).IsByRef}");
        Console.WriteLine($"byref of int: {typeof(int).MakeByRefType().FullName} same twice: {typeof(int).MakeByRefType() == typeof(int).MakeByRefType()}");
        Type pointer = typeof(long).MakePointerType();
        Console.WriteLine($"MakePointerType: {pointer.Name} {pointer.IsPointer} {pointer.GetElementType() == typeof(long)} same twice: {pointer == typeof(long).MakePointerType()}");
        var made = (Square[])Array.CreateInstance(typeof(Square), 2);
        made[0] = new Cube();
        Console.WriteLine($"created: {made.GetType().Name} {made.Length} {made[0].Area()}");
        return squares == typeof(Square[]) && grid == typeof(int[,]) ? 100 : 1;
    }
}
