// Nullable<T>: lifted arithmetic/comparison/logical operators (three-valued bool logic), ??, ??=,
// GetValueOrDefault, HasValue, boxing to null or to the underlying type, Nullable.Compare/Equals,
// nullable structs and enums, conversions, and ToString/GetHashCode of empty values.
using System;

enum Mood { Sad, Ok, Happy }
struct P { public int X; public override string ToString() => "P" + X; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S(object o) => o == null ? "null" : o.ToString();

    static int Main()
    {
        int? a = 5, b = null, c = 3;
        Console.WriteLine($"{S(a + c)} {S(a + b)} {S(a * c)} {S(-b)} {S(a / c)} {S(a % c)} {S(a << 2)} {S(~a)}");
        Check(a + c == 8 && (a + b) == null, 1);
        Console.WriteLine($"{a > c} {a > b} {a < b} {b == null} {a != b} {b == b} {a >= c}");
        Check(!(a > b) && !(a < b) && b == null, 2);
        bool? t = true, f = false, n = null;
        Console.WriteLine($"{S(t & n)} {S(f & n)} {S(t | n)} {S(f | n)} {S(n ^ t)} {S(!n)} {S(t & f)}");
        Check((f & n) == false && (t | n) == true && (t & n) == null, 3);
        int? d = null;
        d ??= 10;
        d ??= 20;
        int e = b ?? c ?? 0;
        Console.WriteLine($"{d} {e} {b.GetValueOrDefault()} {b.GetValueOrDefault(-1)} {a.HasValue} {b.HasValue}");
        Check(d == 10 && e == 3 && b.GetValueOrDefault(-1) == -1, 4);
        object boxedNull = b, boxedA = a;
        Console.WriteLine($"{boxedNull == null} {boxedA.GetType().Name} {boxedA is int} {boxedA is int? }");
        Check(boxedNull == null && boxedA.GetType() == typeof(int), 5);
        int? unboxed = (int?)boxedA;
        int? unboxedNull = (int?)boxedNull;
        Check(unboxed == 5 && unboxedNull == null, 6);
        Console.WriteLine($"{Nullable.Compare(a, b)} {Nullable.Compare(b, a)} {Nullable.Compare(b, b)} {Nullable.Equals(a, 5)} {Nullable.Equals(b, (int?)null)}");
        Check(Nullable.Compare(a, b) > 0 && Nullable.Compare(b, b) == 0, 7);
        Mood? m = Mood.Happy, mn = null;
        P? p = new P { X = 4 }, pn = null;
        Console.WriteLine($"{m} [{mn}] {p} [{pn}] {p.Value.X} {pn?.X} {(pn?.X ?? -1)}");
        Check(m == Mood.Happy && mn != Mood.Sad && pn?.X == null, 8);
        Console.WriteLine($"[{b.ToString()}] {b.GetHashCode()} {a.GetHashCode()} {b.Equals(null)} {a.Equals(5)}");
        Check(b.ToString() == "" && b.GetHashCode() == 0, 9);
        long? widened = a;
        double? dbl = a;
        int? narrowed = (int?)3.9;
        Console.WriteLine($"{widened} {dbl} {narrowed} {(byte?)(a * 60)}");
        try { int bad = (int)b; Check(false, 10); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        decimal? dm = 1.5m, dn = null;
        Console.WriteLine($"{S(dm * 2)} {S(dm + dn)} {dm > 1} {dn < 1}");
        int?[] arr = { 3, null, 1 };
        int sum = 0; foreach (var x in arr) sum += x ?? 100;
        Console.WriteLine(sum);
        Check(sum == 104, 11);
        var ints = new System.Collections.Generic.List<int?> { null, 2, null };
        Console.WriteLine($"{ints.IndexOf(null)} {ints.LastIndexOf(null)} {ints.Contains(2)}");
        Check(ints.LastIndexOf(null) == 2, 12);
        return failed == 0 ? 100 : failed;
    }
}
