// PriorityQueue<TElement,TPriority>: custom comparer (max-heap, tuples by two keys), Enqueue/Dequeue
// order, EnqueueDequeue and DequeueEnqueue, TryPeek/TryDequeue on empty, EnqueueRange,
// UnorderedItems count and content (sorted), Clear, and exceptions on empty Dequeue/Peek.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var max = new PriorityQueue<string, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        max.Enqueue("low", 1); max.Enqueue("high", 10); max.Enqueue("mid", 5); max.Enqueue("mid2", 6);
        Check(max.Count == 4 && max.Peek() == "high", 1);
        var order = new List<string>();
        while (max.TryDequeue(out var e, out var p)) order.Add($"{e}:{p}");
        Console.WriteLine(string.Join(" ", order));
        Check(string.Join(" ", order) == "high:10 mid2:6 mid:5 low:1", 2);
        Check(!max.TryPeek(out var none, out var np) && none == null && np == 0, 3);
        try { max.Dequeue(); Check(false, 4); }
        catch (InvalidOperationException ex) { Console.WriteLine("empty: " + ex.Message); }
        try { max.Peek(); Check(false, 5); }
        catch (InvalidOperationException ex) { Console.WriteLine("peek: " + ex.Message); }
        var pq = new PriorityQueue<int, int>();
        pq.EnqueueRange(new[] { (7, 7), (3, 3), (9, 9) });
        int r1 = pq.EnqueueDequeue(1, 1);
        int r2 = pq.EnqueueDequeue(5, 5);
        Console.WriteLine($"{r1} {r2} count={pq.Count}");
        Check(r1 == 1 && r2 == 3 && pq.Count == 3, 6);
        int r3 = pq.DequeueEnqueue(100, 100);
        Console.WriteLine($"{r3} peek={pq.Peek()}");
        Check(r3 == 5 && pq.Peek() == 7, 7);
        var items = pq.UnorderedItems.Select(t => t.Element).OrderBy(x => x).ToList();
        Console.WriteLine($"unordered count={pq.UnorderedItems.Count} items={string.Join(",", items)}");
        Check(pq.UnorderedItems.Count == 3 && string.Join(",", items) == "7,9,100", 8);
        pq.EnqueueRange(new[] { 4, 8 }, 6);
        Console.WriteLine(pq.Count);
        var drained = new List<int>();
        while (pq.Count > 0) drained.Add(pq.Dequeue());
        Console.WriteLine(string.Join(",", drained));
        Check(drained[0] == 4 && drained[1] == 8 && drained[2] == 7 && drained.Last() == 100, 9);
        var two = new PriorityQueue<string, (int, string)>();
        two.Enqueue("c", (2, "b")); two.Enqueue("a", (1, "z")); two.Enqueue("b", (2, "a")); two.Enqueue("d", (1, "a"));
        var s = "";
        while (two.Count > 0) s += two.Dequeue();
        Console.WriteLine(s);
        Check(s == "dabc", 10);
        var big = new PriorityQueue<int, int>(1000);
        for (int i = 0; i < 1000; i++) big.Enqueue(i, (i * 37) % 1000);
        int prev = -1; bool ok = true;
        for (int i = 0; i < 1000; i++) { big.TryDequeue(out _, out int pr); if (pr < prev) ok = false; prev = pr; }
        Check(ok && big.Count == 0, 11);
        var cleared = new PriorityQueue<int, int>();
        cleared.Enqueue(1, 1); cleared.Clear();
        Console.WriteLine($"cleared {cleared.Count} {cleared.Comparer == Comparer<int>.Default}");
        Check(cleared.Count == 0, 12);
        return failed == 0 ? 100 : failed;
    }
}
