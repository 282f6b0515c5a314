// Nullable<T> operators: lifted arithmetic (null propagates), lifted comparisons (null is
// neither less nor greater, == null), bool? three-valued logic (& and |), ??, ??=,
// GetValueOrDefault, Value throwing InvalidOperationException, and nullable structs/enums.
using System;
using System.Runtime.CompilerServices;

enum Mode { Off, On }
struct P { public int X; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int? N(int? x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static bool? B(bool? x) => x;

    static int Main()
    {
        int? a = N(5), n = N(null);
        Check((a + 1) == 6 && (a + n) == null && (n * 2) == null && -n == null, 1);
        Check(a > 3 && !(n > 3) && !(n < 3) && !(n == 3) && n != 3 && n == null, 2);
        Check(!(n >= n) && n == n, 3);
        bool? t = B(true), f = B(false), u = B(null);
        Check((t & u) == null && (f & u) == false && (t | u) == true && (f | u) == null, 4);
        Check((u ^ t) == null && !u == null && (t & f) == false, 5);
        Check((n ?? 7) == 7 && (a ?? 7) == 5, 6);
        int? z = N(null);
        z ??= 11;
        z ??= 12;
        Check(z == 11, 7);
        Check(n.GetValueOrDefault() == 0 && n.GetValueOrDefault(3) == 3 && a.GetValueOrDefault(3) == 5, 8);
        bool threw = false;
        try { int v = n.Value; } catch (InvalidOperationException) { threw = true; }
        Check(threw, 9);
        Mode? m = Mode.On;
        Check(m == Mode.On && m.HasValue, 10);
        m = null;
        Check(m != Mode.Off, 11);
        P? p = new P { X = 2 };
        Check(p.Value.X == 2 && p?.X == 2, 12);
        P? pn = null;
        Check(pn?.X == null, 13);
        double? d = 1.5;
        long? l = 3;
        Check((d * l) == 4.5, 14);
        int? sum = 0;
        for (int i = 0; i < 5; i++) sum += i;
        Check(sum == 10, 15);
        int? shifted = a << 2;
        Check(shifted == 20 && (n << 2) == null, 16);
        Check(Nullable.Compare(n, a) < 0 && Nullable.Equals(n, (int?)null), 17);
        return failed == 0 ? 100 : failed;
    }
}
