// Generic constraints: struct, class, class?, new(), unmanaged, notnull, base class and
// interface constraints, constraints between type parameters (T : U), and default(T) for
// each kind; calls through constrained type parameters.
using System;
using System.Collections.Generic;

interface INamed { string Name { get; } }
class Base : INamed { public virtual string Name => "base"; public int Id; }
class Derived : Base { public override string Name => "derived"; }
struct Val : INamed { public string Name => "val"; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static T Make<T>() where T : new() => new T();
    static bool IsDefault<T>(T v) where T : struct => v.Equals(default(T));
    static bool IsNull<T>(T v) where T : class => v == null;
    static int SizeOf<T>() where T : unmanaged => sizeof(T);
    static T Sum<T>(T* p, int n) where T : unmanaged, System.Numerics.INumber<T> { T s = T.Zero; for (int i = 0; i < n; i++) s += p[i]; return s; }
    static string NameOf<T>(T v) where T : INamed => v.Name;
    static int IdOf<T>(T v) where T : Base => v.Id;
    static U Upcast<T, U>(T v) where T : U => v;
    static string Key<T>(T v) where T : notnull => v.ToString();
    static T Pick<T>(bool first, T a, T b) => first ? a : b;
    static T OrDefault<T>(IList<T> list) => list.Count > 0 ? list[0] : default;

    static int Main()
    {
        var b = Make<Base>();
        Check(b != null && b.Name == "base", 1);
        Check(Make<Val>().Name == "val" && Make<int>() == 0 && Make<List<int>>().Count == 0, 2);
        Check(IsDefault(0) && IsDefault(0.0) && !IsDefault(1L) && IsDefault(new Val()), 3);
        Check(IsNull<string>(null) && !IsNull("x"), 4);
        Check(SizeOf<byte>() == 1 && SizeOf<long>() == 8 && SizeOf<Guid>() == 16 && SizeOf<(int, byte)>() == 8, 5);
        int* ints = stackalloc int[] { 1, 2, 3 };
        double* ds = stackalloc double[] { 0.5, 0.25 };
        Check(Sum(ints, 3) == 6 && Sum(ds, 2) == 0.75, 6);
        Check(NameOf(new Derived()) == "derived" && NameOf(new Val()) == "val", 7);
        Check(IdOf(new Derived { Id = 9 }) == 9, 8);
        Base up = Upcast<Derived, Base>(new Derived());
        Check(up.Name == "derived", 9);
        object boxed = Upcast<int, object>(5);
        Check((int)boxed == 5, 10);
        Check(Key(42) == "42" && Key("s") == "s", 11);
        Check(Pick(false, "a", "b") == "b" && Pick(true, 1.5, 2.5) == 1.5, 12);
        Check(OrDefault(new List<string>()) == null && OrDefault(new List<int>()) == 0 && OrDefault(new[] { 7 }) == 7, 13);
        Check(default(Val).Name == "val", 14);
        return failed == 0 ? 100 : failed;
    }
}
