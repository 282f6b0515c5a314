// Concurrent collections used from one thread: ConcurrentDictionary (TryAdd, GetOrAdd with
// factory and arg, TryRemove, indexer on new keys, ToArray sorted), ConcurrentQueue,
// ConcurrentStack (PushRange/TryPopRange), ConcurrentBag count, and BlockingCollection basics.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var cd = new ConcurrentDictionary<string, int>();
        Check(cd.TryAdd("a", 1) && !cd.TryAdd("a", 2), 1);
        int calls = 0;
        int g1 = cd.GetOrAdd("b", k => { calls++; return k.Length * 10; });
        int g2 = cd.GetOrAdd("b", k => { calls++; return 99; });
        int g3 = cd.GetOrAdd("ccc", (k, mul) => k.Length * mul, 7);
        Console.WriteLine($"{g1} {g2} {g3} calls={calls}");
        Check(g1 == 10 && g2 == 10 && g3 == 21 && calls == 1, 2);
        cd.TryAdd("z", 100);
        Check(cd.TryRemove("z", out int zv) && zv == 100 && !cd.TryRemove("z", out _), 5);
        Check(cd.TryRemove(new KeyValuePair<string, int>("b", 10)) && !cd.ContainsKey("b"), 6);
        cd["q"] = 5;
        Console.WriteLine(string.Join(",", cd.ToArray().OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}:{kv.Value}")));
        Check(cd.Count == 3 && !cd.IsEmpty, 7);
        try { var x = cd["missing"]; Check(false, 8); }
        catch (KeyNotFoundException ex) { Console.WriteLine(ex.Message); }
        var big = new ConcurrentDictionary<int, int>();
        for (int i = 0; i < 5000; i++) big[i] = i * 2;
        Check(big.Count == 5000 && big.Values.Sum() == 4999 * 5000, 9);
        var q = new ConcurrentQueue<int>();
        for (int i = 1; i <= 5; i++) q.Enqueue(i);
        Check(q.TryPeek(out int p) && p == 1 && q.TryDequeue(out int d) && d == 1 && q.Count == 4, 10);
        Console.WriteLine("queue " + string.Join(",", q) + " arr " + string.Join(",", q.ToArray()));
        while (q.TryDequeue(out _)) { }
        Check(q.IsEmpty && !q.TryDequeue(out _), 11);
        var st = new ConcurrentStack<int>();
        st.PushRange(new[] { 1, 2, 3, 4, 5 });
        var popped = new int[3];
        int n = st.TryPopRange(popped);
        Console.WriteLine($"popped {n}: {string.Join(",", popped)} left {string.Join(",", st)}");
        Check(n == 3 && popped[0] == 5 && popped[2] == 3 && st.Count == 2, 12);
        Check(st.TryPeek(out int top) && top == 2, 13);
        var bag = new ConcurrentBag<string> { "x", "y", "z" };
        Console.WriteLine("bag " + string.Join(",", bag.OrderBy(s => s)) + " " + bag.Count);
        Check(bag.TryTake(out var taken) && bag.Count == 2 && taken != null, 14);
        using (var bc = new BlockingCollection<int>(new ConcurrentQueue<int>()))
        {
            bc.Add(1); bc.Add(2); bc.CompleteAdding();
            var got = bc.GetConsumingEnumerable().ToList();
            Console.WriteLine($"blocking {string.Join(",", got)} completed={bc.IsCompleted}");
            Check(got.Count == 2 && bc.IsCompleted, 15);
        }
        return failed == 0 ? 100 : failed;
    }
}
