// Array searching: Array.BinarySearch (found, ~insertion point, ranges, IComparer, descending
// comparer, strings, user IComparable types), Array.Sort of non-generic arrays and doubles with
// NaN, IndexOf/LastIndexOf ranges, Find/FindIndex/FindLast/FindAll/Exists/TrueForAll/ConvertAll.
using System;
using System.Collections;
using System.Collections.Generic;

sealed class Version2 : IComparable<Version2>, IComparable
{
    public int Major, Minor;
    public Version2(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version2 o) => o is null ? 1 : Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
    public int CompareTo(object o) => CompareTo(o as Version2);
    public override string ToString() => Major + "." + Minor;
}

sealed class NotComparable { public int V = 1; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] a = { 1, 3, 5, 7, 9, 11 };
        Check(Array.BinarySearch(a, 7) == 3 && Array.BinarySearch(a, 1) == 0 && Array.BinarySearch(a, 11) == 5, 1);
        Check(Array.BinarySearch(a, 4) == ~2 && Array.BinarySearch(a, 0) == ~0 && Array.BinarySearch(a, 12) == ~6, 2);
        Check(Array.BinarySearch(a, 1, 3, 7) == 3 && Array.BinarySearch(a, 1, 2, 7) == ~3, 3);
        int[] desc = { 9, 7, 5, 3 };
        var rev = Comparer<int>.Create((x, y) => y.CompareTo(x));
        Check(Array.BinarySearch(desc, 5, rev) == 2 && Array.BinarySearch(desc, 6, rev) == ~2, 4);
        string[] words = { "apple", "Banana", "cherry", "date" };
        Check(Array.BinarySearch(words, "BANANA", StringComparer.OrdinalIgnoreCase) == 1 && Array.BinarySearch(words, "BANANA", StringComparer.Ordinal) < 0, 5);
        var vers = new[] { new Version2(2, 0), new Version2(1, 10), new Version2(1, 2), new Version2(10, 0) };
        Array.Sort(vers);
        Check(string.Join(" ", (object[])vers) == "1.2 1.10 2.0 10.0" && Array.BinarySearch(vers, new Version2(2, 0)) == 2, 6);
        Check(Array.BinarySearch(vers, new Version2(1, 5)) == ~1, 7);
        object[] objs = { 3, 1, 2 };
        Array.Sort(objs);
        Check((int)objs[0] == 1 && Array.BinarySearch(objs, 2) == 1, 8);
        Array boxed = new[] { 5L, 2L, 8L };
        Array.Sort(boxed);
        Check((long)boxed.GetValue(0) == 2 && Array.BinarySearch(boxed, 8L) == 2, 9);
        bool threw = false;
        try { Array.Sort(new[] { new NotComparable(), new NotComparable() }); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 10);
        double[] ds = { 3, double.NaN, -1, double.NegativeInfinity, 0.0, -0.0, double.PositiveInfinity };
        Array.Sort(ds);
        Console.WriteLine(string.Join(" ", ds));
        Check(double.IsNaN(ds[0]) && ds[1] == double.NegativeInfinity && ds[^1] == double.PositiveInfinity, 11);
        int[] keys = { 3, 1, 2 }; string[] vals = { "c", "a", "b" };
        Array.Sort(keys, vals, Comparer<int>.Create((x, y) => y - x));
        Check(string.Concat(vals) == "cba", 12);
        Array.Sort(words, (x, y) => x.Length != y.Length ? x.Length - y.Length : string.CompareOrdinal(x, y));
        Console.WriteLine(string.Join(" ", words));
        IComparer nonGeneric = Comparer.Default;
        Check(nonGeneric.Compare(1, 2) < 0 && nonGeneric.Compare("b", "a") > 0 && nonGeneric.Compare(null, 1) < 0, 13);

        int[] r = { 4, 8, 15, 16, 23, 42, 8, 4 };
        Check(Array.IndexOf(r, 8) == 1 && Array.IndexOf(r, 8, 2) == 6 && Array.IndexOf(r, 8, 2, 3) == -1 && Array.LastIndexOf(r, 4) == 7, 14);
        Check(Array.LastIndexOf(r, 4, 6) == 0 && Array.IndexOf(r, 99) == -1 && Array.IndexOf(new string[] { "a", null }, null) == 1, 15);
        Check(Array.Find(r, x => x > 15) == 16 && Array.FindLast(r, x => x > 15) == 42 && Array.Find(r, x => x > 100) == 0, 16);
        Check(Array.FindIndex(r, x => x % 2 == 1) == 2 && Array.FindLastIndex(r, x => x < 10) == 7 && Array.FindIndex(r, 3, x => x == 4) == 7, 17);
        Check(Array.FindAll(r, x => x < 10).Length == 4 && Array.Exists(r, x => x == 23) && Array.TrueForAll(r, x => x > 0), 18);
        string[] conv = Array.ConvertAll(r, x => x.ToString("X"));
        Console.WriteLine(string.Join(",", conv));
        Check(conv[5] == "2A", 19);
        int insertions = 0;
        var grow = new List<int>();
        foreach (int x in new[] { 50, 10, 30, 20, 40, 30, 60, 0 })
        {
            int pos = grow.BinarySearch(x);
            if (pos < 0) { grow.Insert(~pos, x); insertions++; }
        }
        Console.WriteLine(string.Join(",", grow) + " " + insertions);
        Check(insertions == 7 && grow[0] == 0 && grow[^1] == 60, 20);
        return failed == 0 ? 100 : failed;
    }
}
