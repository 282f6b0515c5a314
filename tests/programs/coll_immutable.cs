// System.Collections.Immutable: ImmutableArray, ImmutableList, ImmutableDictionary,
// ImmutableSortedDictionary, ImmutableHashSet, ImmutableSortedSet, ImmutableStack and
// ImmutableQueue: persistence of old versions after Add/Remove/SetItem, builders, and ordering.
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
        var a0 = ImmutableArray.Create(3, 1, 2);
        var a1 = a0.Add(4).Insert(0, 9).Remove(1);
        Check(string.Join(",", a0) == "3,1,2" && string.Join(",", a1) == "9,3,2,4", 1);
        Check(a1.Sort().SequenceEqual(new[] { 2, 3, 4, 9 }) && a1.IndexOf(2) == 2 && a1.SetItem(0, 0)[0] == 0 && a1[0] == 9, 2);
        ImmutableArray<int> def = default;
        Check(def.IsDefault && ImmutableArray<int>.Empty.IsEmpty && !a0.IsDefaultOrEmpty, 3);
        var ab = ImmutableArray.CreateBuilder<string>();
        ab.Add("x"); ab.Add("y"); ab.Insert(0, "w");
        var built = ab.ToImmutable();
        ab.Add("z");
        Check(built.Length == 3 && ab.Count == 4 && string.Join("", built) == "wxy", 4);

        var l0 = ImmutableList<int>.Empty;
        var l1 = l0.AddRange(Enumerable.Range(1, 100));
        var l2 = l1.RemoveAll(x => x % 2 == 0).Replace(1, -1);
        Check(l0.Count == 0 && l1.Count == 100 && l2.Count == 50 && l2[0] == -1 && l1[0] == 1, 5);
        Check(l1.Reverse()[0] == 100 && l1.BinarySearch(37) == 36 && l1.GetRange(10, 3).Sum() == 36, 6);
        var lb = l1.ToBuilder();
        lb.RemoveAt(0); lb.Add(1000);
        Check(lb.ToImmutable().Count == 100 && lb[0] == 2 && l1[0] == 1, 7);

        var d0 = ImmutableDictionary<string, int>.Empty.Add("one", 1).Add("two", 2);
        var d1 = d0.SetItem("one", 11).Remove("two").Add("three", 3);
        Check(d0["one"] == 1 && d1["one"] == 11 && !d1.ContainsKey("two") && d0.ContainsKey("two"), 8);
        bool threw = false;
        try { d0.Add("one", 5); } catch (ArgumentException) { threw = true; }
        Check(threw && d0.Add("one", 1) == d0, 9);
        var ci = ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase).Add("Key", 1);
        Check(ci.TryGetValue("KEY", out int kv) && kv == 1, 10);
        var sd = ImmutableSortedDictionary.CreateRange(new[] { KeyValuePair.Create("pear", 3), KeyValuePair.Create("apple", 1), KeyValuePair.Create("fig", 2) });
        Console.WriteLine(string.Join(" ", sd.Select(p => p.Key + "=" + p.Value)));

        var hs = ImmutableHashSet.Create(1, 2, 3);
        var hs2 = hs.Union(new[] { 3, 4 }).Except(new[] { 1 });
        Check(hs.Count == 3 && hs2.SetEquals(new[] { 2, 3, 4 }) && hs.Add(2) == hs, 11);
        var ss = ImmutableSortedSet.Create(Comparer<int>.Create((x, y) => y.CompareTo(x)), 5, 1, 9, 3);
        Check(string.Join(",", ss) == "9,5,3,1" && ss.Min == 9 && ss.Max == 1 && ss[1] == 5, 12);
        var ss2 = ss.Remove(5).Add(7);
        Console.WriteLine(string.Join(",", ss) + " | " + string.Join(",", ss2) + " | " + ss2.IndexOf(3));

        var st = ImmutableStack<string>.Empty.Push("a").Push("b");
        var st2 = st.Pop(out string popped);
        Check(popped == "b" && st.Peek() == "b" && st2.Peek() == "a" && st2.Pop().IsEmpty, 13);
        var q = ImmutableQueue.Create(1, 2).Enqueue(3);
        var q2 = q.Dequeue(out int first);
        Check(first == 1 && q.Peek() == 1 && q2.Peek() == 2 && string.Join(",", q2) == "2,3", 14);
        threw = false;
        try { ImmutableStack<int>.Empty.Pop(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 15);
        var frozenLike = new List<int> { 5, 6 }.ToImmutableList();
        Check(frozenLike.Count == 2 && ((IList<int>)frozenLike).IsReadOnly, 16);
        threw = false;
        try { ((IList<int>)frozenLike).Add(1); } catch (NotSupportedException) { threw = true; }
        Check(threw, 17);
        Console.WriteLine(string.Join(" ", l2.Take(10)) + " | " + string.Join(",", d1.OrderBy(p => p.Key).Select(p => p.Key)));
        return failed == 0 ? 100 : failed;
    }
}
