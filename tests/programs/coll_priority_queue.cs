// PriorityQueue<TElement,TPriority> in depth: min-heap order with many duplicates, custom
// priority comparers (max-heap, by string length), EnqueueRange, TryPeek/TryDequeue, EnqueueDequeue
// and DequeueEnqueue, Remove, UnorderedItems, Clear, EnsureCapacity, and a Dijkstra search.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var pq = new PriorityQueue<int, int>();
        var rng = new Random(7);
        var all = new List<int>();
        for (int i = 0; i < 500; i++) { int p = rng.Next(50); pq.Enqueue(p, p); all.Add(p); }
        all.Sort();
        var order = new List<int>();
        while (pq.TryDequeue(out int e, out int pr)) { order.Add(e); if (e != pr) Check(false, 1); }
        Check(order.SequenceEqual(all), 2);
        Check(!pq.TryPeek(out _, out _) && pq.Count == 0, 3);
        bool threw = false;
        try { pq.Peek(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 4);

        var max = new PriorityQueue<string, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        max.EnqueueRange(new[] { ("a", 1), ("b", 5), ("c", 3) });
        max.EnqueueRange(new[] { "x", "y" }, 4);
        Check(max.Count == 5 && max.Peek() == "b", 5);
        Check(max.Dequeue() == "b" && max.TryPeek(out var top, out int tp) && tp == 4 && (top == "x" || top == "y"), 6);
        Check(max.EnqueueDequeue("z", 10) == "z" && max.Count == 4, 7);
        Check(max.DequeueEnqueue("w", 0) is "x" or "y" && max.Count == 4, 8);
        Check(max.UnorderedItems.Count == 4 && max.UnorderedItems.Sum(t => t.Priority) == 4 + 3 + 1 + 0, 9);
        Check(max.Remove("c", out var removed, out int rp) && removed == "c" && rp == 3 && !max.Remove("nope", out _, out _), 10);
        var rest = new List<string>();
        while (max.Count > 0) rest.Add(max.Dequeue());
        Check(rest.Count == 3 && rest[1] == "a" && rest[2] == "w", 11);

        var byLen = new PriorityQueue<string, string>(Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b)));
        foreach (var w in "the quick brown fox jumps over a lazy dog".Split(' ')) byLen.Enqueue(w, w);
        var sorted = new List<string>();
        while (byLen.Count > 0) sorted.Add(byLen.Dequeue());
        Console.WriteLine(string.Join(" ", sorted));
        Check(sorted[0] == "a" && sorted[^1] == "quick", 12);

        var pq2 = new PriorityQueue<char, double>(new[] { ('q', 2.5), ('r', -1.0), ('s', 2.5), ('t', double.NaN) });
        Check(pq2.Dequeue() == 't' && pq2.Dequeue() == 'r', 13);
        pq2.Clear();
        Check(pq2.Count == 0 && pq2.EnsureCapacity(100) >= 100, 14);
        Check(pq2.Comparer == Comparer<double>.Default, 15);

        // Dijkstra over a small fixed graph
        var edges = new Dictionary<char, (char to, int w)[]>
        {
            ['A'] = new[] { ('B', 7), ('C', 9), ('F', 14) }, ['B'] = new[] { ('A', 7), ('C', 10), ('D', 15) },
            ['C'] = new[] { ('A', 9), ('B', 10), ('D', 11), ('F', 2) }, ['D'] = new[] { ('B', 15), ('C', 11), ('E', 6) },
            ['E'] = new[] { ('D', 6), ('F', 9) }, ['F'] = new[] { ('A', 14), ('C', 2), ('E', 9) },
        };
        var dist = new SortedDictionary<char, int>();
        var frontier = new PriorityQueue<char, int>();
        frontier.Enqueue('A', 0);
        while (frontier.TryDequeue(out char node, out int d))
        {
            if (dist.ContainsKey(node)) continue;
            dist[node] = d;
            foreach (var (to, w) in edges[node]) if (!dist.ContainsKey(to)) frontier.Enqueue(to, d + w);
        }
        Console.WriteLine(string.Join(" ", dist.Select(kv => $"{kv.Key}={kv.Value}")));
        Check(dist['E'] == 20 && dist['F'] == 11 && dist['D'] == 20, 16);
        return failed == 0 ? 100 : failed;
    }
}
