// Nullable<T> boxing rules: boxing a null Nullable gives a null reference, boxing a value
// gives a boxed T (not a boxed Nullable), unboxing a boxed T to T?, unboxing null to T? gives
// null, unboxing null to T throws NullReferenceException, GetType on a boxed nullable, and
// interface calls on a boxed nullable value.
using System;
using System.Runtime.CompilerServices;

struct S : IComparable<S> { public int V; public int CompareTo(S o) => V.CompareTo(o.V); }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static object Box<T>(T v) => v;
    [MethodImpl(MethodImplOptions.NoInlining)] static T Unbox<T>(object o) => (T)o;

    static int Main()
    {
        int? none = null;
        object bn = none;
        Check(bn == null, 1);
        Check(Box<int?>(null) == null, 2);
        int? some = 5;
        object bs = some;
        Check(bs != null && bs.GetType() == typeof(int) && bs is int, 3);
        Check(Box<int?>(7).GetType() == typeof(int), 4);
        int? back = (int?)bs;
        Check(back == 5, 5);
        int? fromNull = (int?)bn;
        Check(!fromNull.HasValue, 6);
        Check(Unbox<int?>(Box(9)) == 9 && Unbox<int?>(null) == null, 7);
        bool threw = false;
        try { int x = (int)bn; } catch (NullReferenceException) { threw = true; }
        Check(threw, 8);
        threw = false;
        try { Unbox<int>(null); } catch (NullReferenceException) { threw = true; }
        Check(threw, 9);
        threw = false;
        try { long l = (long)Box(1); } catch (InvalidCastException) { threw = true; }
        Check(threw, 10);
        threw = false;
        try { long? l = (long?)Box(1); } catch (InvalidCastException) { threw = true; }
        Check(threw, 11);
        S? ns = new S { V = 3 };
        object bso = ns;
        Check(bso is S && bso is IComparable<S> cmp && cmp.CompareTo(new S { V = 1 }) > 0, 12);
        IComparable<S> ic = ns;
        Check(ic != null, 13);
        S? nsNull = null;
        IComparable<S> icNull = nsNull;
        Check(icNull == null, 14);
        Check(some.Equals(5) && !none.Equals(5) && none.Equals(null), 15);
        Check(none.GetHashCode() == 0 && some.GetHashCode() == 5.GetHashCode(), 16);
        Check(Nullable.GetUnderlyingType(typeof(int?)) == typeof(int), 17);
        object boxedInt = 12;
        Check(boxedInt is int? && (boxedInt as int?) == 12 && ((object)"x" as int?) == null, 18);
        Check(Box<int?>(none) is null && Box<int?>(some) is int, 19);
        return failed == 0 ? 100 : failed;
    }
}
