// Structural equality and ordering: ValueTuple and Tuple Equals/==/CompareTo (element-wise,
// nested, with nulls), tuples as dictionary and set keys, IStructuralEquatable/Comparable on
// arrays via StructuralComparisons, and record struct equality.
using System;
using System.Collections;
using System.Collections.Generic;

record struct Pt(int X, int Y);
record class Person(string Name, int Age);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var a = (1, "x", 2.5);
        var b = (1, "x", 2.5);
        var c = (1, "y", 2.5);
        Console.WriteLine($"{a == b} {a != c} {a.Equals(b)} {a.Equals((object)b)} {a.GetHashCode() == b.GetHashCode()}");
        Check(a == b && a != c && a.Equals(b), 1);
        Console.WriteLine($"{Math.Sign(a.CompareTo(c))} {Math.Sign((2, 0).CompareTo((1, 9)))} {Math.Sign((1, 2, 3).CompareTo((1, 2, 3)))}");
        Check(a.CompareTo(c) < 0 && (2, 0).CompareTo((1, 9)) > 0, 2);
        (string, int?) n1 = (null, null), n2 = (null, null);
        Console.WriteLine($"{n1 == n2} {n1.Equals(n2)} {n1}");
        Check(n1 == n2, 3);
        var nested = ((1, 2), (3, (4, 5)));
        Check(nested == ((1, 2), (3, (4, 5))) && nested.Item2.Item2.Item1 == 4, 4);
        Console.WriteLine(nested);
        var t1 = Tuple.Create(1, "a");
        var t2 = Tuple.Create(1, "a");
        Console.WriteLine($"{t1 == t2} {t1.Equals(t2)} {((IComparable)t1).CompareTo(Tuple.Create(0, "z"))} {t1}");
        Check(!(t1 == t2) && t1.Equals(t2), 5);
        var dict = new Dictionary<(int, string), int> { [(1, "a")] = 10, [(2, "b")] = 20 };
        dict[(1, "a")] += 5;
        Console.WriteLine($"{dict[(1, "a")]} {dict.ContainsKey((2, "B"))} {dict.Count}");
        Check(dict[(1, "a")] == 15 && !dict.ContainsKey((2, "B")), 6);
        var set = new HashSet<(int, int)>();
        for (int i = 0; i < 10; i++) set.Add((i % 3, i % 2));
        Console.WriteLine(set.Count);
        Check(set.Count == 6, 7);
        int[] x = { 1, 2, 3 }, y = { 1, 2, 3 }, z = { 1, 2, 4 };
        var eq = StructuralComparisons.StructuralEqualityComparer;
        var cmp = StructuralComparisons.StructuralComparer;
        Console.WriteLine($"{x.Equals(y)} {eq.Equals(x, y)} {eq.Equals(x, z)} {cmp.Compare(x, z)} {cmp.Compare(z, x)} {eq.GetHashCode(x) == eq.GetHashCode(y)}");
        Check(!x.Equals(y) && eq.Equals(x, y) && !eq.Equals(x, z) && cmp.Compare(x, z) < 0, 8);
        Check(((IStructuralEquatable)x).Equals(y, EqualityComparer<int>.Default), 9);
        var p1 = new Pt(1, 2); var p2 = p1 with { Y = 3 };
        Console.WriteLine($"{p1} {p2} {p1 == new Pt(1, 2)} {p1.Equals(p2)}");
        Check(p1 == new Pt(1, 2) && p1 != p2, 10);
        var r1 = new Person("Ann", 30); var r2 = new Person("Ann", 30);
        Console.WriteLine($"{r1} {r1 == r2} {ReferenceEquals(r1, r2)} {r1 with { Age = 31 }}");
        Check(r1 == r2 && !ReferenceEquals(r1, r2), 11);
        var (p, q) = (q: 5, p: 6);
        Console.WriteLine($"{p} {q}");
        var list = new List<(string name, int score)> { ("b", 2), ("a", 2), ("c", 1) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Check(list[0].name == "a" && list[2].name == "c", 12);
        var kv = KeyValuePair.Create("k", 1);
        var (key, value) = kv;
        Console.WriteLine($"{kv} {key} {value}");
        Check(key == "k" && value == 1, 13);
        return failed == 0 ? 100 : failed;
    }
}
