// EqualityComparer<T>.Default and friends: for ints, strings, nulls, enums, structs with and
// without IEquatable<T>, Nullable<T>, records and classes overriding Equals; custom
// IEqualityComparer<T> used by Dictionary/HashSet/Distinct; Comparer<T>.Default; and
// ReferenceEqualityComparer.
using System;
using System.Collections.Generic;
using System.Linq;

struct Plain { public int A; }
struct Eq : IEquatable<Eq> { public int A; public bool Equals(Eq o) => A == o.A; public override int GetHashCode() => A; }
enum Color { Red, Green }
record R(int X);
class ModComparer : IEqualityComparer<int> { public bool Equals(int a, int b) => a % 10 == b % 10; public int GetHashCode(int x) => x % 10; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);

    static int Main()
    {
        Check(Same(1, 1) && !Same(1, 2), 1);
        Check(Same("ab", "a" + "b".ToString()) && !Same("a", null) && Same<string>(null, null), 2);
        Check(Same(Color.Green, Color.Green) && !Same(Color.Red, Color.Green), 3);
        Check(Same(new Plain { A = 1 }, new Plain { A = 1 }) && !Same(new Plain { A = 1 }, new Plain { A = 2 }), 4);
        Check(Same(new Eq { A = 3 }, new Eq { A = 3 }), 5);
        Check(Same<int?>(null, null) && Same<int?>(4, 4) && !Same<int?>(4, null), 6);
        Check(Same(new R(1), new R(1)) && !Same(new object(), new object()), 7);
        Check(EqualityComparer<string>.Default.GetHashCode("x") == "x".GetHashCode(), 8);
        var d = new Dictionary<int, string>(new ModComparer()) { [1] = "one" };
        d[11] = "eleven";
        Check(d.Count == 1 && d[21] == "eleven", 9);
        Check(new[] { 1, 11, 2, 12, 3 }.Distinct(new ModComparer()).Count() == 3, 10);
        var hs = new HashSet<int>(new ModComparer()) { 5, 15, 25 };
        Check(hs.Count == 1, 11);
        Check(Comparer<int>.Default.Compare(1, 2) < 0 && Comparer<string>.Default.Compare(null, "a") < 0, 12);
        var a = new R(5);
        var b = new R(5);
        Check(!ReferenceEqualityComparer.Instance.Equals(a, b) && ReferenceEqualityComparer.Instance.Equals(a, a), 13);
        var refSet = new HashSet<object>(ReferenceEqualityComparer.Instance) { a, b };
        Check(refSet.Count == 2, 14);
        var strCmp = StringComparer.OrdinalIgnoreCase;
        Check(strCmp.Equals("ABC", "abc") && strCmp.GetHashCode("ABC") == strCmp.GetHashCode("abc"), 15);
        return failed == 0 ? 100 : failed;
    }
}
