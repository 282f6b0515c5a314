// Type names as text for generic and composed types: Name/FullName/ToString of closed generic
// classes and structs, generic types nested in generic types, arrays (jagged, rank-2),
// Nullable<T>, generic methods' typeof(T), and default object.ToString of such instances.
using System;
using System.Collections.Generic;

class Box<T> { public T? Value; public class Inner<U> { } public struct Cell { } }
struct Wrapper<TKey, TValue> { }
class Outer { public class Nested { public class Deeper { } } public struct NestedStruct { } }
interface IThing<T> { }
class Impl : IThing<int> { }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string NameOf<T>() => typeof(T).Name + " | " + typeof(T).FullName + " | " + typeof(T);
    static string Describe(object o) => o.GetType().Name + " / " + o.ToString();

    static int Main()
    {
        Console.WriteLine(NameOf<Box<int>>());
        Console.WriteLine(NameOf<Box<string>.Inner<double>>());
        Console.WriteLine(NameOf<Box<int>.Cell>());
        Console.WriteLine(NameOf<Wrapper<string, List<int>>>());
        Console.WriteLine(NameOf<Outer.Nested.Deeper>());
        Console.WriteLine(NameOf<Outer.NestedStruct>());
        Console.WriteLine(NameOf<int[]>() + " ; " + NameOf<int[][]>() + " ; " + NameOf<string[,]>() + " ; " + NameOf<Box<int>[]>());
        Console.WriteLine(NameOf<int?>() + " ; " + NameOf<Dictionary<string, int?>>());
        Console.WriteLine(NameOf<IThing<int>>() + " ; " + NameOf<List<Box<byte>>>());
        Check(typeof(Box<int>).Name == "Box`1" && typeof(Wrapper<int, int>).Name == "Wrapper`2" && typeof(Outer.Nested.Deeper).Name == "Deeper", 1);
        Check(typeof(Outer.Nested.Deeper).FullName == "Outer+Nested+Deeper" && typeof(Outer.Nested).ToString() == "Outer+Nested", 2);
        Check(typeof(int[]).Name == "Int32[]" && typeof(int[][]).FullName == "System.Int32[][]" && typeof(string[,]).Name == "String[,]", 3);
        Check(typeof(int?).Name == "Nullable`1" && typeof(List<int>).ToString() == "System.Collections.Generic.List`1[System.Int32]", 4);
        Check(typeof(Box<int>).ToString() == "Box`1[System.Int32]" && typeof(Dictionary<string, int>).ToString() == "System.Collections.Generic.Dictionary`2[System.String,System.Int32]", 5);
        Console.WriteLine(Describe(new Box<int>()) + " ; " + Describe(new Wrapper<int, string>()) + " ; " + Describe(new Outer.Nested()) + " ; " + Describe(new Box<string>.Inner<char>()));
        Check(new Box<int>().ToString() == "Box`1[System.Int32]" && new Wrapper<int, string>().ToString() == "Wrapper`2[System.Int32,System.String]" && new Outer.Nested().ToString() == "Outer+Nested", 6);
        Check(new Impl().ToString() == "Impl" && new object().ToString() == "System.Object", 7);
        Console.WriteLine(Describe(new List<string>()) + " ; " + Describe(new Dictionary<int, Box<int>>()) + " ; " + Describe(new int[3]) + " ; " + Describe(new int[2, 2]) + " ; " + Describe(new HashSet<long>()));
        Check(new int[0].ToString() == "System.Int32[]" && new string[1][].ToString() == "System.String[][]" && new Box<int>[1].ToString() == "Box`1[System.Int32][]", 8);
        Console.WriteLine(Describe(new KeyValuePair<int, string>(1, "a")) + " ; " + Describe(new Queue<int>()) + " ; " + Describe((object)5) + " ; " + Describe((object)'c') + " ; " + Describe((object)2.5f));
        Check(typeof(List<>).Name == "List`1" && typeof(Dictionary<,>).FullName == "System.Collections.Generic.Dictionary`2", 9);
        Check(typeof(Box<int>) != typeof(Box<long>) && typeof(Box<int>) == new Box<int>().GetType() && typeof(Box<int>.Inner<int>) != typeof(Box<long>.Inner<int>), 10);
        Check(typeof(int).Namespace == "System" && typeof(Box<int>).Namespace == null && typeof(List<int>).Namespace == "System.Collections.Generic", 11);
        Func<int, string> f = i => i.ToString();
        Action a = () => { };
        Console.WriteLine(f.GetType().Name + " ; " + f.GetType() + " ; " + a.GetType().FullName + " ; " + typeof(Func<,>).Name);
        Check(f.GetType().ToString() == "System.Func`2[System.Int32,System.String]" && a.ToString() == "System.Action", 12);
        Console.WriteLine(typeof(IEnumerable<int>) + " ; " + typeof(Span<byte>).Name + " ; " + typeof(ValueTuple<int, string>) + " ; " + typeof(Lazy<int>).FullName!.Split(',')[0]);
        return failed == 0 ? 100 : failed;
    }
}
