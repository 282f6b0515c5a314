// EqualityComparer<T>.Default and Comparer<T>.Default over user types implementing IEquatable<T>
// and IComparable<T> (class and struct), enums (including negative values), Nullable<T> of those,
// strings and null; sorting and dictionary lookups driven by them.
using System;
using System.Collections.Generic;

enum Level : short { Low = -5, Mid = 0, High = 7 }

sealed class Version2 : IComparable<Version2>, IEquatable<Version2>
{
    public int Major, Minor;
    public Version2(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version2 o) => o is null ? 1 : Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
    public bool Equals(Version2 o) => o is not null && o.Major == Major && o.Minor == Minor;
    public override bool Equals(object o) => Equals(o as Version2);
    public override int GetHashCode() => Major * 100 + Minor;
    public override string ToString() => $"{Major}.{Minor}";
}

struct Money : IEquatable<Money>, IComparable<Money>
{
    public long Cents;
    public bool Equals(Money o) => o.Cents == Cents;
    public override int GetHashCode() => Cents.GetHashCode();
    public int CompareTo(Money o) => Cents.CompareTo(o.Cents);
    public override string ToString() => (Cents / 100m).ToString("0.00");
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Sign(int x) => Math.Sign(x);

    static int Main()
    {
        var vc = Comparer<Version2>.Default;
        var ve = EqualityComparer<Version2>.Default;
        Console.WriteLine($"{Sign(vc.Compare(new(1, 2), new(1, 10)))} {Sign(vc.Compare(new(2, 0), null))} {Sign(vc.Compare(null, null))} {Sign(vc.Compare(null, new(0, 0)))}");
        Check(vc.Compare(new(1, 2), new(1, 10)) < 0 && vc.Compare(new(2, 0), null) > 0 && vc.Compare(null, null) == 0 && vc.Compare(null, new(0, 0)) < 0, 1);
        Console.WriteLine($"{ve.Equals(new(3, 4), new(3, 4))} {ve.Equals(null, new(3, 4))} {ve.Equals(null, null)} {ve.GetHashCode(new(3, 4))}");
        Check(ve.Equals(new(3, 4), new(3, 4)) && !ve.Equals(null, new(3, 4)) && ve.Equals(null, null), 2);
        var list = new List<Version2> { new(2, 1), new(1, 9), new(2, 0), new(1, 10) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Check(list[0].Minor == 9 && list[3].Major == 2 && list[3].Minor == 1, 3);
        var mc = Comparer<Money>.Default;
        var me = EqualityComparer<Money>.Default;
        Check(mc.Compare(new Money { Cents = 5 }, new Money { Cents = 3 }) > 0 && me.Equals(new Money { Cents = 7 }, new Money { Cents = 7 }), 4);
        var nm = Comparer<Money?>.Default;
        var nme = EqualityComparer<Money?>.Default;
        Console.WriteLine($"{Sign(nm.Compare(null, new Money()))} {Sign(nm.Compare(new Money { Cents = 1 }, null))} {nme.Equals(null, null)} {nme.Equals(new Money(), null)}");
        Check(nm.Compare(null, new Money()) < 0 && nme.Equals(null, null) && !nme.Equals(new Money(), null), 5);
        var monies = new[] { new Money { Cents = 250 }, new Money { Cents = -5 }, new Money { Cents = 1000 } };
        Array.Sort(monies);
        Console.WriteLine(string.Join(" ", monies));
        Check(monies[0].Cents == -5, 6);
        var lc = Comparer<Level>.Default;
        Console.WriteLine($"{Sign(lc.Compare(Level.Low, Level.Mid))} {Sign(lc.Compare(Level.High, Level.Mid))} {EqualityComparer<Level>.Default.Equals(Level.High, (Level)7)}");
        Check(lc.Compare(Level.Low, Level.Mid) < 0 && lc.Compare(Level.High, Level.Mid) > 0, 7);
        var levels = new List<Level> { Level.High, Level.Low, Level.Mid, Level.Low };
        levels.Sort();
        Console.WriteLine(string.Join(",", levels));
        Check(levels[0] == Level.Low && levels[3] == Level.High, 8);
        var ln = Comparer<Level?>.Default;
        Check(ln.Compare(null, Level.Low) < 0 && ln.Compare(Level.Low, Level.Low) == 0, 9);
        var ic = Comparer<int?>.Default;
        var sorted = new List<int?> { 3, null, -1, null, 2 };
        sorted.Sort(ic);
        Console.WriteLine(string.Join(",", sorted.ConvertAll(x => x?.ToString() ?? "null")));
        Check(sorted[0] == null && sorted[1] == null && sorted[2] == -1, 10);
        var sc = Comparer<string>.Default;
        Console.WriteLine($"{Sign(sc.Compare(null, ""))} {Sign(sc.Compare("a", "b"))} {EqualityComparer<string>.Default.Equals("x", new string('x', 1))}");
        Check(sc.Compare(null, "") < 0, 11);
        var dict = new Dictionary<Version2, string> { [new(1, 0)] = "one", [new(2, 0)] = "two" };
        Check(dict[new(2, 0)] == "two" && !dict.ContainsKey(new(3, 0)), 12);
        var byEnum = new Dictionary<Level, int> { [Level.Low] = 1, [Level.High] = 2 };
        Console.WriteLine($"{byEnum[Level.Low]} {byEnum.ContainsKey(Level.Mid)}");
        Check(byEnum[Level.High] == 2, 13);
        var dc = Comparer<double>.Default;
        Console.WriteLine($"{dc.Compare(double.NaN, 0)} {dc.Compare(double.NaN, double.NaN)} {EqualityComparer<double>.Default.Equals(double.NaN, double.NaN)} {EqualityComparer<double>.Default.Equals(0.0, -0.0)}");
        Check(dc.Compare(double.NaN, 0) < 0 && EqualityComparer<double>.Default.Equals(double.NaN, double.NaN), 14);
        return failed == 0 ? 100 : failed;
    }
}
