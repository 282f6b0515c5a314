// Boxing and unboxing of primitives, enums and structs, Nullable<T> (HasValue, boxing to null
// or to the underlying value, unboxing from either, lifted operators), is/as on boxed values,
// InvalidCastException and NullReferenceException on unbox, interface calls on boxed structs
// and enums.
using System;

enum Color : byte { Red = 1, Green = 2, Blue = 4 }
enum Big : long { Huge = 1L << 40 }

interface IArea { int Area(); }
struct Sq : IArea
{
    public int S;
    public int Area() => S * S;
    public override string ToString() => "Sq";
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static object Box<T>(T x) => x;
    static int? Maybe(bool has) => has ? 42 : null;

    static int Main()
    {
        object o = 5;
        Check(o is int && !(o is long) && (int)o == 5, 1);
        object l = 5L;
        Check(l is long && (long)l == 5L, 2);
        bool thrown = false;
        try { int x = (int)l; Check(x == 0, 3); }
        catch (InvalidCastException) { thrown = true; }
        Check(thrown, 4);
        thrown = false;
        try { object n = null; int x = (int)n; Check(x == 0, 5); }
        catch (NullReferenceException) { thrown = true; }
        Check(thrown, 6);

        object c = Color.Green;
        Check(c is Color && (Color)c == Color.Green && (byte)(Color)c == 2, 7);
        Check((Color)(byte)3 == (Color.Red | Color.Green), 8);
        object big = Big.Huge;
        Check((long)(Big)big == 1L << 40, 9);

        object sq = new Sq { S = 3 };
        Check(((IArea)sq).Area() == 9 && sq is IArea, 10);
        Sq copy = (Sq)sq;
        copy.S = 4;
        Check(((Sq)sq).S == 3 && copy.Area() == 16, 11);
        Check(sq.ToString() == "Sq", 12);

        int? a = 5, b = null;
        Check(a.HasValue && !b.HasValue && a.Value == 5 && b.GetValueOrDefault(7) == 7, 13);
        object boxedA = a, boxedB = b;
        Check(boxedA is int && (int)boxedA == 5 && boxedB == null, 14);
        int? back = (int?)boxedA;
        Check(back == 5, 15);
        int? fromNull = (int?)boxedB;
        Check(!fromNull.HasValue, 16);
        object boxedInt = 9;
        int? fromInt = (int?)boxedInt;
        Check(fromInt == 9, 17);
        Check(a + 1 == 6 && (a + b) == null && a > 3 && !(b > 3), 18);
        Check(Maybe(true) == 42 && Maybe(false) == null, 19);
        thrown = false;
        try { int v = b.Value; Check(v < 0, 20); }
        catch (InvalidOperationException) { thrown = true; }
        Check(thrown, 21);

        object g = Box(3.5);
        Check(g is double d && d == 3.5, 22);
        object gs = Box<Sq?>(new Sq { S = 2 });
        Check(gs is Sq s2 && s2.S == 2, 23);
        object gn = Box<Sq?>(null);
        Check(gn == null, 24);

        object ch = 'x';
        Check(ch is char && (char)ch == 'x', 25);
        Check(ReferenceEquals(o, o) && !ReferenceEquals(Box(1), Box(1)), 26);

        IArea viaInterface = new Sq { S = 5 };
        Check(viaInterface.Area() == 25, 27);

        return failed == 0 ? 100 : failed;
    }
}
