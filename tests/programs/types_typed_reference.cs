// Typed references: __makeref, __refvalue and __reftype (mkrefany, refanyval, refanytype) over
// locals, fields, array elements, structs, classes and generic types; writes through a typed
// reference; TypedReference.ToObject and GetTargetType; a type mismatch raising
// InvalidCastException; a default TypedReference.
using System;

struct Point { public int X, Y; public override string ToString() => $"({X}, {Y})"; }
class Box { public string Label = "box"; public Point P; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) { failed = id; Console.WriteLine($"check {id} failed"); } }

    static void Increment(TypedReference tr) => __refvalue(tr, int)++;
    static T Read<T>(TypedReference tr) => __refvalue(tr, T);
    static void Write<T>(TypedReference tr, T value) => __refvalue(tr, T) = value;
    static string Describe(TypedReference tr) => $"{__reftype(tr).Name}: {TypedReference.ToObject(tr)}";

    static Type TypeOf<T>(ref T value) => __reftype(__makeref(value));

    static int Main()
    {
        int i = 41;
        Increment(__makeref(i));
        Check(i == 42, 1);
        Console.WriteLine(Describe(__makeref(i)));

        var p = new Point { X = 1, Y = 2 };
        TypedReference tp = __makeref(p);
        __refvalue(tp, Point).X = 10;
        Check(p.X == 10, 2);
        Console.WriteLine(Describe(tp));
        Check(__reftype(tp) == typeof(Point), 3);
        Check(TypedReference.GetTargetType(tp) == typeof(Point), 4);

        var box = new Box();
        Write(__makeref(box.Label), "relabelled");
        Check(box.Label == "relabelled", 5);
        Write(__makeref(box.P), new Point { X = 5, Y = 6 });
        Console.WriteLine($"{box.Label} {box.P}");
        Console.WriteLine(Describe(__makeref(box)));

        long[] arr = { 1, 2, 3 };
        Write(__makeref(arr[1]), 20L);
        Check(arr[1] == 20 && Read<long>(__makeref(arr[2])) == 3, 6);

        string s = "text";
        Console.WriteLine(Describe(__makeref(s)));
        object boxed = TypedReference.ToObject(__makeref(p));
        Check(boxed is Point bp && bp.X == 10, 7);

        double d = 2.5;
        Console.WriteLine(TypeOf(ref d).FullName);
        var list = new System.Collections.Generic.List<int> { 1 };
        Console.WriteLine(TypeOf(ref list).Name);
        int? n = 7;
        Console.WriteLine(TypeOf(ref n).Name + " " + TypedReference.ToObject(__makeref(n)));

        try
        {
            long wrong = __refvalue(__makeref(i), long);
            Console.WriteLine($"no exception: {wrong}");
            Check(false, 8);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine($"{e.GetType().Name}: {e.Message}");
        }
        try
        {
            object o = __refvalue(__makeref(s), object);
            Console.WriteLine($"no exception: {o}");
            Check(false, 9);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("object is not string: InvalidCastException");
        }

        TypedReference none = default;
        Console.WriteLine(__reftype(none) == null ? "default: no type" : "default: a type");
        return failed == 0 ? 100 : failed;
    }
}
