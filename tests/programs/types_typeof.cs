// System.Type basics: typeof identity for classes, structs, generics (open and closed), arrays
// and pointers; IsValueType/IsClass/IsInterface/IsEnum/IsArray/IsGenericType; GetElementType,
// GetGenericArguments, BaseType chains, IsAssignableFrom and IsInstanceOfType.
using System;
using System.Collections.Generic;

interface IThing { }
class Thing : IThing { }
class SubThing : Thing { }
struct Val { }
enum E { A }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static Type Of<T>() => typeof(T);

    static int Main()
    {
        Check(typeof(Thing) == new Thing().GetType() && Of<Thing>() == typeof(Thing), 1);
        Check(typeof(Val).IsValueType && typeof(Thing).IsClass && typeof(IThing).IsInterface && typeof(E).IsEnum, 2);
        Check(typeof(int[]).IsArray && typeof(int[]).GetElementType() == typeof(int), 3);
        Check(typeof(List<int>).IsGenericType && typeof(List<int>).GetGenericArguments()[0] == typeof(int), 4);
        Check(typeof(List<>).IsGenericTypeDefinition && typeof(List<int>).GetGenericTypeDefinition() == typeof(List<>), 5);
        Check(Of<List<string>>() != Of<List<object>>() && Of<Dictionary<int, string>>() == typeof(Dictionary<int, string>), 6);
        Check(typeof(SubThing).BaseType == typeof(Thing) && typeof(Thing).BaseType == typeof(object) && typeof(object).BaseType == null, 7);
        Check(typeof(Val).BaseType == typeof(ValueType) && typeof(E).BaseType == typeof(Enum), 8);
        Check(typeof(IThing).IsAssignableFrom(typeof(SubThing)) && !typeof(SubThing).IsAssignableFrom(typeof(Thing)), 9);
        Check(typeof(IEnumerable<object>).IsAssignableFrom(typeof(List<string>)), 10);
        Check(typeof(Thing).IsInstanceOfType(new SubThing()) && !typeof(Val).IsInstanceOfType(5), 11);
        Check(typeof(int*).IsPointer && typeof(int).MakeByRefType().IsByRef, 12);
        Check(typeof(int?).IsGenericType && Nullable.GetUnderlyingType(typeof(int?)) == typeof(int), 13);
        Check(typeof(Thing).Name == "Thing" && typeof(int).FullName == "System.Int32", 14);
        Check(typeof(string).IsSealed && typeof(int).IsPrimitive && !typeof(decimal).IsPrimitive, 15);
        Check(Type.GetTypeCode(typeof(long)) == TypeCode.Int64 && Type.GetTypeCode(typeof(E)) == TypeCode.Int32, 16);
        return failed == 0 ? 100 : failed;
    }
}
