// Sorting with comparers: Array.Sort with IComparer<T>, Comparison<T>, Comparer<T>.Create,
// sorting keys and items together, a range sort, descending comparers, string comparers
// (ordinal vs ordinal-ignore-case), IComparable<T> on user types, and sorting large arrays.
using System;
using System.Collections.Generic;

class ByLastDigit : IComparer<int> { public int Compare(int a, int b) => (a % 10).CompareTo(b % 10); }
class Ver : IComparable<Ver>
{
    public int Major, Minor;
    public int CompareTo(Ver o) => Major != o.Major ? Major - o.Major : Minor - o.Minor;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Sorted<T>(T[] a, IComparer<T> c) { for (int i = 1; i < a.Length; i++) if (c.Compare(a[i - 1], a[i]) > 0) return false; return true; }

    static int Main()
    {
        int[] a = { 31, 12, 45, 9, 20 };
        Array.Sort(a, new ByLastDigit());
        Check(a[0] == 20 && a[1] == 31 && a[4] == 9, 1);
        Array.Sort(a, (x, y) => y.CompareTo(x));
        Check(a[0] == 45 && a[4] == 9, 2);
        var desc = Comparer<int>.Create((x, y) => y - x);
        int[] b = { 3, 1, 2 };
        Array.Sort(b, desc);
        Check(b[0] == 3 && b[2] == 1, 3);
        int[] keys = { 3, 1, 2 };
        string[] items = { "c", "a", "b" };
        Array.Sort(keys, items);
        Check(items[0] == "a" && items[2] == "c", 4);
        int[] partial = { 9, 8, 7, 6, 5, 4 };
        Array.Sort(partial, 1, 3);
        Check(partial[0] == 9 && partial[1] == 6 && partial[3] == 8 && partial[4] == 5, 5);
        string[] words = { "b", "B", "a", "A" };
        Array.Sort(words, StringComparer.Ordinal);
        Check(string.Concat(words) == "ABab", 6);
        Array.Sort(words, StringComparer.OrdinalIgnoreCase);
        Check(char.ToLower(words[0][0]) == 'a' && char.ToLower(words[3][0]) == 'b', 7);
        var vers = new[] { new Ver { Major = 2 }, new Ver { Major = 1, Minor = 5 }, new Ver { Major = 1, Minor = 2 } };
        Array.Sort(vers);
        Check(vers[0].Minor == 2 && vers[2].Major == 2, 8);
        var rng = new Random(12345);
        var big = new int[100_000];
        for (int i = 0; i < big.Length; i++) big[i] = rng.Next();
        Array.Sort(big);
        Check(Sorted(big, Comparer<int>.Default), 9);
        var doubles = new[] { 2.5, double.NaN, -1.0, double.NegativeInfinity, 0.0 };
        Array.Sort(doubles);
        Check(double.IsNaN(doubles[0]) && doubles[1] == double.NegativeInfinity && doubles[4] == 2.5, 10);
        var tuples = new[] { (2, "b"), (1, "z"), (2, "a") };
        Array.Sort(tuples);
        Check(tuples[0].Item2 == "z" && tuples[1].Item2 == "a", 11);
        var list = new List<string> { "ccc", "a", "bb" };
        list.Sort(Comparer<string>.Create((x, y) => x.Length.CompareTo(y.Length)));
        Check(list[0] == "a" && list[2] == "ccc", 12);
        return failed == 0 ? 100 : failed;
    }
}
