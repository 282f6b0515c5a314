// Object graphs across collections: a doubly linked list, a cyclic graph, a dictionary of
// lists, objects referenced only from boxed structs, from closures, from an interior pointer
// (ref into an array element) and from static fields; all must survive forced collections
// while lots of garbage is produced in between.
using System;
using System.Collections.Generic;

class DNode { public int V; public DNode Prev, Next; }
class GNode { public int Id; public List<GNode> Edges = new(); }
struct Wrapper { public object Ref; public int Tag; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static GNode staticRoot;
    static void Garbage() { for (int i = 0; i < 50_000; i++) { var s = new string('g', 10); var a = new object[3]; a[0] = s; } }

    static int Main()
    {
        DNode head = new DNode { V = 0 }, cur = head;
        for (int i = 1; i < 10_000; i++) { var n = new DNode { V = i, Prev = cur }; cur.Next = n; cur = n; }
        var nodes = new GNode[500];
        for (int i = 0; i < nodes.Length; i++) nodes[i] = new GNode { Id = i };
        for (int i = 0; i < nodes.Length; i++) { nodes[i].Edges.Add(nodes[(i + 1) % 500]); nodes[i].Edges.Add(nodes[(i * 7) % 500]); }
        staticRoot = nodes[0];
        nodes = null;
        var dict = new Dictionary<string, List<int>>();
        for (int i = 0; i < 100; i++) dict["k" + i] = new List<int> { i, i * 2 };
        object boxed = new Wrapper { Ref = new int[] { 42 }, Tag = 1 };
        var captured = new List<string> { "cap" };
        Func<int> closure = () => captured[0].Length;
        var arr = new DNode[4];
        arr[2] = new DNode { V = 77 };
        ref DNode interior = ref arr[2];
        arr = null;
        for (int round = 0; round < 5; round++) { Garbage(); GC.Collect(); }
        long sum = 0; int count = 0;
        for (var n = head; n != null; n = n.Next) { sum += n.V; count++; if (n.Next != null && n.Next.Prev != n) Check(false, 1); }
        Check(count == 10_000 && sum == 49_995_000, 2);
        var seen = new HashSet<int>();
        var stack = new Stack<GNode>();
        stack.Push(staticRoot);
        while (stack.Count > 0) { var g = stack.Pop(); if (seen.Add(g.Id)) foreach (var e in g.Edges) stack.Push(e); }
        Check(seen.Count == 500, 3);
        Check(dict.Count == 100 && dict["k57"][1] == 114, 4);
        Check(((int[])((Wrapper)boxed).Ref)[0] == 42, 5);
        Check(closure() == 3, 6);
        Check(interior.V == 77, 7);
        return failed == 0 ? 100 : failed;
    }
}
