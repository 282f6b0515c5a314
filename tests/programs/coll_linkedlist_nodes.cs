// LinkedList<T> node manipulation: AddBefore/AddAfter with nodes and values, moving a node between
// lists after Remove, Find/FindLast, node Next/Previous/List properties, RemoveFirst/RemoveLast,
// enumerating backward via Last/Previous, Contains, CopyTo, and a simple LRU cache built on it.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S<T>(LinkedList<T> l) => string.Join("-", l);

    sealed class Lru
    {
        readonly int cap;
        readonly LinkedList<(string k, int v)> order = new();
        readonly Dictionary<string, LinkedListNode<(string k, int v)>> map = new();
        public Lru(int c) { cap = c; }
        public int? Get(string k)
        {
            if (!map.TryGetValue(k, out var node)) return null;
            order.Remove(node); order.AddFirst(node);
            return node.Value.v;
        }
        public void Put(string k, int v)
        {
            if (map.TryGetValue(k, out var node)) { order.Remove(node); map.Remove(k); }
            else if (map.Count == cap) { map.Remove(order.Last.Value.k); order.RemoveLast(); }
            map[k] = order.AddFirst((k, v));
        }
        public override string ToString() => string.Join(",", order.Select(p => p.k + p.v));
    }

    static int Main()
    {
        var l = new LinkedList<string>(new[] { "b", "d" });
        var b = l.First;
        l.AddBefore(b, "a");
        var c = l.AddAfter(b, "c");
        l.AddLast("e");
        Console.WriteLine(S(l));
        Check(S(l) == "a-b-c-d-e" && c.Previous == b && c.Next.Value == "d", 1);
        Check(l.Find("c") == c && l.Find("z") == null && b.List == l, 2);
        l.AddLast("c");
        Console.WriteLine($"{l.FindLast("c").Previous.Value} {l.Find("c").Next.Value}");
        Check(l.FindLast("c") != c, 3);
        l.Remove(c);
        Console.WriteLine($"{S(l)} removed list null: {c.List == null} next null: {c.Next == null}");
        var other = new LinkedList<string>();
        other.AddFirst(c);
        Console.WriteLine($"{S(other)} {c.List == other}");
        Check(c.List == other, 4);
        l.RemoveFirst(); l.RemoveLast();
        Console.WriteLine(S(l));
        Check(S(l) == "b-d-e", 5);
        var back = new List<string>();
        for (var n = l.Last; n != null; n = n.Previous) back.Add(n.Value);
        Console.WriteLine(string.Join("<", back));
        Check(back[0] == "e" && back[2] == "b", 6);
        Check(l.Contains("d") && !l.Contains("a") && l.Remove("d") && !l.Remove("d"), 7);
        var arr = new string[4];
        l.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr.Select(x => x ?? "_")));
        var nums = new LinkedList<int>();
        for (int i = 0; i < 10; i++) { if (i % 2 == 0) nums.AddLast(i); else nums.AddFirst(i); }
        Console.WriteLine(S(nums));
        Check(nums.First.Value == 9 && nums.Last.Value == 8 && nums.Count == 10, 8);
        for (var n = nums.First; n != null;) { var next = n.Next; if (n.Value % 3 == 0) nums.Remove(n); n = next; }
        Console.WriteLine(S(nums));
        Check(nums.Count == 6, 9);
        var cache = new Lru(3);
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine($"{cache.Get("a")} {cache}");
        cache.Put("d", 4);
        Console.WriteLine($"{cache.Get("b")?.ToString() ?? "miss"} {cache}");
        cache.Put("c", 30);
        Console.WriteLine(cache);
        Check(cache.ToString() == "c30,d4,a1", 10);
        nums.Clear();
        Console.WriteLine($"{nums.Count} {nums.First == null} {nums.Last == null}");
        return failed == 0 ? 100 : failed;
    }
}
