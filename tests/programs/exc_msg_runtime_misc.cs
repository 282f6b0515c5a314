// Runtime-raised exceptions and messages: NullReferenceException (field, method, array length,
// delegate invoke), IndexOutOfRangeException on arrays/strings, DivideByZeroException, InvalidCast
// between classes (message names both types), ArrayTypeMismatchException, ObjectDisposedException
// from framework types, InvalidOperationException from LINQ and Nullable.Value, NotSupported/NotImpl.
using System;
using System.IO;
using System.Linq;
using System.Collections.Generic;

class Animal { public int Legs; public virtual string Speak() => "..."; }
class Dog : Animal { }
class Cat : Animal { }

static class Program
{
    static int count;
    static void T(string what, Func<object> a)
    {
        try { Console.WriteLine($"{what}: no exception {a()}"); }
        catch (Exception e)
        {
            count++;
            Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}");
        }
    }

    static int Main()
    {
        Animal nullAnimal = null;
        int[] nullArr = null;
        Func<int> nullFunc = null;
        string nullStr = null;
        T("null field", () => nullAnimal.Legs);
        T("null virtual call", () => nullAnimal.Speak());
        T("null array length", () => nullArr.Length);
        T("null delegate", () => nullFunc());
        T("null string method", () => nullStr.ToUpper());
        T("array index", () => { var arr3 = new int[3]; return arr3[3]; });
        T("string index", () => "abc"[5]);
        T("span index", () => { Span<int> s = stackalloc int[2]; return s[2]; });
        T("int div zero", () => { int z = 0; return 1 / z; });
        Animal a = new Dog();
        T("class cast", () => (Cat)a);
        T("interface cast", () => (IDisposable)a);
        T("object to string", () => { object o = 42; return (string)o; });
        object[] objs = new string[1];
        T("array covariance store", () => objs[0] = 1);
        T("Nullable.Value", () => { int? n = null; return n.Value; });
        T("LINQ First empty", () => new int[0].First());
        T("LINQ Single many", () => new[] { 1, 2 }.Single());
        T("LINQ Max empty", () => new List<double>().Max());
        T("LINQ Min empty", () => Enumerable.Empty<decimal>().Min());
        T("LINQ Average empty", () => new int[0].Average());
        T("LINQ Last empty pred", () => new[] { 1 }.Last(x => x > 1));
        T("LINQ ElementAt", () => new List<int> { 1 }.ElementAt(3));
        var ms = new MemoryStream(); ms.Dispose();
        T("disposed MemoryStream", () => ms.ReadByte());
        var sr = new StringReader("x"); sr.Dispose();
        T("disposed StringReader", () => sr.Read());
        var en = new List<int> { 1 }.GetEnumerator();
        T("NotImplemented", () => throw new NotImplementedException());
        T("NotSupported", () => throw new NotSupportedException());
        T("InvalidOperation", () => throw new InvalidOperationException());
        T("ObjectDisposed custom", () => throw new ObjectDisposedException("Thing"));
        T("ObjectDisposed msg", () => throw new ObjectDisposedException("Thing", "gone away"));
        T("ObjectDisposedException.ThrowIf", () => { ObjectDisposedException.ThrowIf(true, new object()); return 0; });
        T("Stack overflow-like index", () => new List<int>()[0]);
        T("string.Format bad", () => string.Format("{0} {1}", 1));
        T("string.Format bad brace", () => string.Format("{x}", 1));
        T("TimeZone not found", () => TimeZoneInfo.FindSystemTimeZoneById("Nowhere/Nothing"));
        T("Lazy recursion", () => { Lazy<int> l = null; l = new Lazy<int>(() => l.Value); return l.Value; });
        Console.WriteLine($"caught {count}");
        return count == 34 ? 100 : 1;
    }
}
