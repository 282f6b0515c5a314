// Boxing and unboxing: boxes are copies, unboxing to the exact type only (int box to long
// throws), enums box to their enum type and unbox to the underlying type, boxed structs
// through interfaces (mutations affect the box), Equals/GetHashCode/ToString on boxes,
// and object[] of mixed value types.
using System;
using System.Runtime.CompilerServices;

interface IInc { void Inc(); int Get(); }
struct Cnt : IInc { public int N; public void Inc() => N++; public int Get() => N; }
enum Color : byte { Red = 1, Green = 2 }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static object Box(object o) => o;

    static int Main()
    {
        int i = 5;
        object o = i;
        i = 6;
        Check((int)o == 5, 1);
        bool threw = false;
        try { long l = (long)Box(5); } catch (InvalidCastException) { threw = true; }
        Check(threw, 2);
        Check((long)(int)Box(5) == 5L, 3);
        object ec = Color.Green;
        Check(ec.GetType() == typeof(Color) && (Color)ec == Color.Green, 4);
        Check((byte)ec == 2, 5);
        object b = (byte)2;
        Check((Color)b == Color.Green, 6);
        var c = new Cnt();
        IInc boxed = c;
        boxed.Inc(); boxed.Inc();
        Check(boxed.Get() == 2 && c.N == 0, 7);
        c.Inc();
        object ob = c;
        ((IInc)ob).Inc();
        Check(((Cnt)ob).N == 2 && c.N == 1, 8);
        Check(Box(3).Equals(3) && !Box(3).Equals(3L) && !Box(3).Equals("3"), 9);
        Check(Box(3).GetHashCode() == 3.GetHashCode() && Box(true).ToString() == "True", 10);
        Check(!ReferenceEquals(Box(1), Box(1)), 11);
        object[] mixed = { 1, 2L, 3.0, 4f, (short)5, 'c', true, 6m, Color.Red };
        double total = 0;
        foreach (var m in mixed)
        {
            switch (m)
            {
                case int x: total += x; break;
                case long x: total += x; break;
                case double x: total += x; break;
                case float x: total += x; break;
                case short x: total += x; break;
                case char x: total += 100; break;
                case bool x: total += x ? 1000 : 0; break;
                case decimal x: total += (double)x; break;
                case Color x: total += (int)x * 10000; break;
            }
        }
        Check(total == 1 + 2 + 3 + 4 + 5 + 100 + 1000 + 6 + 10000, 12);
        ValueType vt = 42;
        Check(vt is int && (int)vt == 42, 13);
        IComparable cmp = 10;
        Check(cmp.CompareTo(5) > 0, 14);
        IFormattable fmt = 255;
        Check(fmt.ToString("X", null) == "FF", 15);
        object boxedNull = default(string);
        Check(boxedNull == null, 16);
        return failed == 0 ? 100 : failed;
    }
}
