// Immutable collection builders and less common members: ImmutableArray/List/Dictionary/HashSet/
// SortedSet builders (ToImmutable, MoveToImmutable), ImmutableStack/Queue push/pop persistence,
// Insert/RemoveAt/Replace, WithComparers, and Create/CreateRange factory methods.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var ab = ImmutableArray.CreateBuilder<int>(4);
        ab.Add(3); ab.Add(1); ab.Add(2); ab.Add(5);
        var arr = ab.MoveToImmutable();
        Console.WriteLine($"{string.Join(",", arr)} builderCount={ab.Count}");
        Check(arr.Length == 4 && ab.Count == 0, 1);
        var arr2 = arr.Insert(1, 9).RemoveAt(0).Replace(5, 50).Sort();
        Console.WriteLine($"{string.Join(",", arr2)} orig={string.Join(",", arr)}");
        Check(string.Join(",", arr2) == "1,2,9,50" && arr[0] == 3, 2);
        ImmutableArray<int> def = default;
        Console.WriteLine($"{def.IsDefault} {ImmutableArray<int>.Empty.IsEmpty} {arr.IndexOf(2)}");
        Check(def.IsDefault && arr.IndexOf(2) == 2, 3);
        var lb = ImmutableList.CreateBuilder<string>();
        lb.AddRange(new[] { "b", "a", "c" });
        lb.Sort();
        lb.Insert(0, "z");
        var list = lb.ToImmutable();
        lb.Add("later");
        Console.WriteLine($"{string.Join(",", list)} / {string.Join(",", lb)}");
        Check(list.Count == 4 && lb.Count == 5, 4);
        var list2 = list.SetItem(0, "y").RemoveAll(s => s == "b").AddRange(new[] { "q", "r" });
        Console.WriteLine(string.Join(",", list2) + " " + list2.IndexOf("c") + " " + list2.Reverse().First());
        Check(string.Join(",", list2) == "y,a,c,q,r", 5);
        var db = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        db["One"] = 1; db["TWO"] = 2; db["one"] = 11;
        var dict = db.ToImmutable();
        Console.WriteLine($"{dict.Count} {dict["ONE"]} {dict.ContainsKey("two")}");
        Check(dict.Count == 2 && dict["ONE"] == 11, 6);
        var dict2 = dict.SetItem("three", 3).Remove("one");
        Console.WriteLine(string.Join(",", dict2.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));
        Check(dict2.Count == 2 && dict.Count == 2 && !dict2.ContainsKey("ONE"), 7);
        var ordinal = dict.WithComparers(StringComparer.Ordinal);
        Console.WriteLine("ordinal keys: " + string.Join(",", ordinal.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        Check(ordinal.Count == 2 && !ordinal.ContainsKey("ONE") && ordinal.ContainsKey("TWO"), 8);
        var hb = ImmutableHashSet.CreateBuilder<int>();
        for (int i = 0; i < 20; i++) hb.Add(i % 7);
        var hs = hb.ToImmutable();
        Console.WriteLine($"{hs.Count} {string.Join(",", hs.Union(new[] { 10, 11 }).OrderBy(x => x))}");
        Check(hs.Count == 7 && hs.Except(new[] { 0, 1 }).Count == 5, 9);
        var sb = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        sb.UnionWith(new[] { "pear", "Apple", "fig", "apple" });
        var ss = sb.ToImmutable();
        Console.WriteLine($"{string.Join(",", ss)} min={ss.Min} max={ss.Max} [1]={ss[1]} idx={ss.IndexOf("fig")}");
        Check(ss.Count == 4 && ss.Min == "Apple" && ss[1] == "apple", 10);
        var st = ImmutableStack.Create(1, 2, 3);
        var st2 = st.Pop(out int top).Push(10);
        Console.WriteLine($"{top} {string.Join(",", st)} {string.Join(",", st2)} {st2.Peek()}");
        Check(top == 3 && st.Peek() == 3 && st2.Peek() == 10, 11);
        var q = ImmutableQueue<int>.Empty.Enqueue(1).Enqueue(2).Enqueue(3);
        var q2 = q.Dequeue(out int head);
        Console.WriteLine($"{head} {string.Join(",", q)} {string.Join(",", q2)} {q2.Peek()} {ImmutableQueue<int>.Empty.IsEmpty}");
        Check(head == 1 && q2.Peek() == 2 && q.Count() == 3, 12);
        try { ImmutableStack<int>.Empty.Pop(); Check(false, 13); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.GetType().Name); }
        var range = ImmutableArray.CreateRange(Enumerable.Range(1, 5)).Select(x => x * x).ToImmutableArray();
        Console.WriteLine(string.Join(",", range));
        Check(range[4] == 25, 14);
        return failed == 0 ? 100 : failed;
    }
}
