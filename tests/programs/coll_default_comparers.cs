// Comparer<T>.Default and EqualityComparer<T>.Default through generic code: enums with sbyte,
// short, int, long and ulong underlying types (negative and large values), Nullable<T> (null
// sorts first), lowercase strings only (culture-neutral), user IComparable<T>/IEquatable<T> types.
using System;
using System.Collections.Generic;

enum Small : sbyte { Neg = -5, Zero = 0, Pos = 5 }
enum Mid : short { A = 300, B = -300 }
enum Big : ulong { Low = 1, High = 0x8000000000000000 }
enum Wide : long { Min = long.MinValue, Max = long.MaxValue }
enum Color { Red = 2, Green = 1, Blue = 3 }

struct Money : IComparable<Money>, IEquatable<Money>
{
    public long Cents;
    public int CompareTo(Money o) => Cents.CompareTo(o.Cents);
    public bool Equals(Money o) => Cents == o.Cents;
    public override bool Equals(object o) => o is Money m && Equals(m);
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => (Cents / 100.0).ToString("F2");
}

sealed class Name : IComparable<Name>, IEquatable<Name>
{
    public string Value;
    public int CompareTo(Name o) => o is null ? 1 : string.CompareOrdinal(Value.ToUpperInvariant(), o.Value.ToUpperInvariant());
    public bool Equals(Name o) => o is not null && string.Equals(Value, o.Value, StringComparison.OrdinalIgnoreCase);
    public override bool Equals(object o) => Equals(o as Name);
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);
    public override string ToString() => Value;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Cmp<T>(T a, T b) => Math.Sign(Comparer<T>.Default.Compare(a, b));
    static bool Eq<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
    static string SortShow<T>(params T[] items)
    {
        var list = new List<T>(items);
        list.Sort(Comparer<T>.Default);
        return string.Join(",", list);
    }
    static T MaxOf<T>(IEnumerable<T> xs) { T best = default; bool any = false; foreach (var x in xs) if (!any || Comparer<T>.Default.Compare(x, best) > 0) { best = x; any = true; } return best; }

    static int Main()
    {
        Check(Cmp(Small.Neg, Small.Zero) == -1 && Cmp(Small.Pos, Small.Neg) == 1 && Eq(Small.Pos, (Small)5), 1);
        Check(Cmp(Mid.B, Mid.A) == -1 && Cmp(Big.High, Big.Low) == 1 && Cmp(Wide.Min, Wide.Max) == -1, 2);
        Check(Cmp(Color.Green, Color.Red) == -1 && !Eq(Color.Red, Color.Blue) && Eq((Color)7, (Color)7), 3);
        Check(SortShow(Color.Blue, Color.Red, Color.Green, (Color)0) == "0,Green,Red,Blue", 4);
        Check(SortShow(Big.High, Big.Low, (Big)2) == "Low,2,High" && SortShow(Small.Pos, Small.Neg, Small.Zero) == "Neg,Zero,Pos", 5);
        Check(Cmp<int?>(null, 0) == -1 && Cmp<int?>(5, null) == 1 && Cmp<int?>(null, null) == 0 && Cmp<int?>(2, 3) == -1, 6);
        Check(Eq<int?>(null, null) && !Eq<int?>(0, null) && Eq<int?>(4, 4) && Eq<Color?>(Color.Red, Color.Red), 7);
        Check(SortShow<int?>(3, null, -1, null, 0) == ",,-1,0,3", 8);
        Check(SortShow<double?>(double.NaN, null, 1.5, double.NegativeInfinity) == ",NaN,-Infinity,1.5", 9);
        Check(Cmp<string>(null, "") == -1 && Cmp("a", "b") == -1 && Cmp("abc", "ab") == 1 && Eq<string>(null, null) && !Eq("a", "A"), 10);
        Check(Cmp(new Money { Cents = 5 }, new Money { Cents = 10 }) == -1 && Eq(new Money { Cents = 5 }, new Money { Cents = 5 }), 11);
        Check(SortShow(new Money { Cents = 250 }, new Money { Cents = -1 }, new Money { Cents = 99 }) == "-0.01,0.99,2.50", 12);
        var bob = new Name { Value = "bob" };
        Check(Eq(bob, new Name { Value = "BOB" }) && !Eq(bob, null) && Eq<Name>(null, null) && Cmp(bob, new Name { Value = "Alice" }) == 1, 13);
        Check(Cmp<Name>(null, bob) == -1 && Cmp(bob, null) == 1, 14);
        Check(SortShow(new Name { Value = "carol" }, bob, null, new Name { Value = "Alice" }) == ",Alice,bob,carol", 15);
        Check(MaxOf(new[] { Color.Red, Color.Blue, Color.Green }) == Color.Blue && MaxOf(new int?[] { null, 2, 9, null }) == 9, 16);
        Check(MaxOf(new[] { "pear", "apple", "zoo", "kiwi" }) == "zoo" && MaxOf(new[] { "b", null, "a" }) == "b", 17);
        var dict = new Dictionary<Color, int> { [Color.Red] = 1 };
        dict[(Color)2]++;
        Check(dict[Color.Red] == 2 && new HashSet<Money> { new Money { Cents = 1 }, new Money { Cents = 1 } }.Count == 1, 18);
        Check(new HashSet<Name> { bob, new Name { Value = "Bob" } }.Count == 1 && new HashSet<int?> { null, null, 1 }.Count == 2, 19);
        Check(EqualityComparer<Small>.Default.GetHashCode(Small.Neg) == Small.Neg.GetHashCode() && EqualityComparer<int?>.Default.GetHashCode(null) == 0, 20);
        Console.WriteLine(SortShow(Mid.A, Mid.B) + " " + SortShow(Wide.Max, Wide.Min) + " " + SortShow<long?>(null, long.MaxValue, long.MinValue));
        Console.WriteLine(SortShow("b", "ab", "a", null, "", "ba") + " " + SortShow('z', 'A', '0', '\u00e9'));
        Console.WriteLine(SortShow(true, false, true) + " " + SortShow(3.5f, -0.0f, float.NaN) + " " + SortShow(2m, 1.50m, 1.5m));
        return failed == 0 ? 100 : failed;
    }
}
