// Queue<T>, Stack<T>, LinkedList<T> and PriorityQueue<T,P>: FIFO/LIFO order, Peek, TryDequeue/
// TryPop on empty, InvalidOperationException on empty Dequeue/Pop, growth with wrap-around in
// the queue's ring buffer, enumeration order, LinkedList node operations, and priority order.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var q = new Queue<int>();
        for (int i = 0; i < 5; i++) q.Enqueue(i);
        Check(q.Dequeue() == 0 && q.Peek() == 1 && q.Count == 4, 1);
        for (int round = 0; round < 100; round++) { q.Enqueue(round + 100); q.Dequeue(); }
        Check(q.Count == 4 && q.Peek() == 196, 2);
        string qs = "";
        foreach (var v in q) qs += v + ",";
        Check(qs == "196,197,198,199,", 3);
        q.Clear();
        Check(!q.TryDequeue(out _), 4);
        bool threw = false;
        try { q.Dequeue(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 5);
        var st = new Stack<string>();
        st.Push("a"); st.Push("b"); st.Push("c");
        Check(st.Pop() == "c" && st.Peek() == "b" && st.Count == 2, 6);
        string ss = "";
        foreach (var v in st) ss += v;
        Check(ss == "ba", 7);
        st.Clear();
        Check(!st.TryPop(out _) && !st.TryPeek(out _), 8);
        threw = false;
        try { st.Pop(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 9);
        var parens = "(()(()))";
        var depth = new Stack<int>();
        int maxDepth = 0;
        foreach (var c in parens) { if (c == '(') { depth.Push(1); maxDepth = Math.Max(maxDepth, depth.Count); } else depth.Pop(); }
        Check(maxDepth == 3 && depth.Count == 0, 10);
        var ll = new LinkedList<int>();
        var mid = ll.AddLast(2);
        ll.AddFirst(1); ll.AddLast(4); ll.AddAfter(mid, 3);
        string ls = "";
        foreach (var v in ll) ls += v;
        Check(ls == "1234" && ll.First.Value == 1 && ll.Last.Previous.Value == 3, 11);
        ll.Remove(mid);
        Check(ll.Count == 3 && ll.Find(3).Previous.Value == 1, 12);
        var pq = new PriorityQueue<string, int>();
        pq.Enqueue("low", 5); pq.Enqueue("high", 1); pq.Enqueue("mid", 3);
        Check(pq.Dequeue() == "high" && pq.Dequeue() == "mid" && pq.Dequeue() == "low" && pq.Count == 0, 13);
        return failed == 0 ? 100 : failed;
    }
}
