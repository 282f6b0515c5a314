// Queue<T> and Stack<T> beyond basics: wraparound of the circular buffer after many mixed
// Enqueue/Dequeue, ToArray and enumeration order, Contains, TryPeek/TryPop on empty, TrimExcess,
// EnsureCapacity, constructing from sequences, and enumerator invalidation on modification.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var q = new Queue<int>(4);
        int next = 0, expect = 0; bool order = true;
        for (int round = 0; round < 50; round++)
        {
            for (int i = 0; i < 3; i++) q.Enqueue(next++);
            for (int i = 0; i < 2; i++) if (q.Dequeue() != expect++) order = false;
        }
        Console.WriteLine($"count={q.Count} peek={q.Peek()} first5={string.Join(",", q.Take(5))} last={q.ToArray()[^1]}");
        Check(order && q.Count == 50 && q.Peek() == 100 && q.ToArray()[^1] == 149, 1);
        Check(q.Contains(120) && !q.Contains(99), 2);
        var copy = new int[52];
        q.CopyTo(copy, 2);
        Console.WriteLine($"{copy[1]} {copy[2]} {copy[51]}");
        Check(copy[2] == 100 && copy[51] == 149, 3);
        q.TrimExcess();
        Console.WriteLine(q.EnsureCapacity(200) >= 200);
        q.Clear();
        Check(!q.TryDequeue(out int d) && d == 0 && !q.TryPeek(out _), 4);
        try { q.Dequeue(); Check(false, 5); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        var s = new Stack<string>(new[] { "a", "b", "c" });
        Console.WriteLine($"{s.Peek()} {string.Join(",", s)} {string.Join(",", s.ToArray())}");
        Check(s.Peek() == "c" && s.ToArray()[0] == "c", 6);
        s.Push("d");
        Check(s.Pop() == "d" && s.TryPop(out var p) && p == "c" && s.TryPeek(out var pk) && pk == "b", 7);
        Check(s.Contains("a") && !s.Contains("c") && s.Count == 2, 8);
        s.Clear();
        Check(!s.TryPop(out var none) && none == null, 9);
        try { s.Peek(); Check(false, 10); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        var big = new Stack<int>();
        for (int i = 0; i < 10000; i++) big.Push(i);
        long sum = 0; while (big.Count > 0) sum += big.Pop();
        Console.WriteLine(sum);
        Check(sum == 49995000, 11);
        var q2 = new Queue<int>(new[] { 1, 2, 3 });
        try { foreach (var x in q2) q2.Enqueue(x); Check(false, 12); }
        catch (InvalidOperationException) { Console.WriteLine("queue modified"); }
        var s2 = new Stack<int>(new[] { 1, 2 });
        try { foreach (var x in s2) s2.Pop(); Check(false, 13); }
        catch (InvalidOperationException) { Console.WriteLine("stack modified"); }
        var rev = new Stack<char>("hello");
        Console.WriteLine(new string(rev.ToArray()));
        Check(new string(rev.ToArray()) == "olleh", 14);
        return failed == 0 ? 100 : failed;
    }
}
