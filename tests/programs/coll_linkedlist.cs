// LinkedList<T> in depth: AddFirst/AddLast/AddBefore/AddAfter with values and nodes, Find and
// FindLast with duplicates and null, Remove by value and node, node Next/Previous/List after
// removal, adding a node owned by another list, enumeration and modification errors, CopyTo.
using System;
using System.Collections.Generic;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Show<T>(LinkedList<T> l)
    {
        var sb = new StringBuilder("[");
        for (var n = l.First; n != null; n = n.Next) sb.Append(n.Value).Append(n.Next != null ? "," : "");
        return sb.Append(']').ToString();
    }
    static string ShowBack<T>(LinkedList<T> l)
    {
        var sb = new StringBuilder("[");
        for (var n = l.Last; n != null; n = n.Previous) sb.Append(n.Value).Append(n.Previous != null ? "," : "");
        return sb.Append(']').ToString();
    }

    static int Main()
    {
        var l = new LinkedList<int>();
        Check(l.First == null && l.Last == null && l.Count == 0 && Show(l) == "[]", 1);
        var two = l.AddLast(2);
        l.AddFirst(1);
        var four = l.AddLast(4);
        l.AddBefore(four, 3);
        l.AddAfter(four, 5);
        Check(Show(l) == "[1,2,3,4,5]" && ShowBack(l) == "[5,4,3,2,1]" && l.Count == 5, 2);
        Check(two.List == l && two.Previous.Value == 1 && two.Next.Value == 3 && l.First.Previous == null && l.Last.Next == null, 3);
        l.AddAfter(two, 2);
        l.AddLast(2);
        Check(l.Find(2) == two && l.FindLast(2) == l.Last && l.Find(2).Next.Value == 2 && l.Find(99) == null, 4);
        Check(l.Remove(2) && Show(l) == "[1,2,3,4,5,2]" && two.List == null && two.Next == null && two.Previous == null, 5);
        Check(!l.Remove(42) && l.Contains(5) && !l.Contains(0), 6);
        l.Remove(four);
        l.RemoveFirst();
        l.RemoveLast();
        Check(Show(l) == "[2,3,5]" && l.Count == 3, 7);
        var other = new LinkedList<int>(new[] { 7, 8 });
        bool threw = false;
        try { l.AddLast(other.First); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 8);
        var moved = other.First;
        other.Remove(moved);
        l.AddFirst(moved);
        Check(Show(l) == "[7,2,3,5]" && moved.List == l && Show(other) == "[8]", 9);
        threw = false;
        try { l.Remove(other.First); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 10);
        threw = false;
        try { foreach (var x in l) if (x == 2) l.AddLast(9); } catch (InvalidOperationException) { threw = true; }
        Check(threw && l.Count == 5, 11);
        var arr = new int[7];
        l.CopyTo(arr, 1);
        Check(string.Join(",", arr) == "0,7,2,3,5,9,0", 12);
        threw = false;
        try { new LinkedList<int>().RemoveFirst(); } catch (InvalidOperationException) { threw = true; }
        Check(threw, 13);
        var strs = new LinkedList<string>(new[] { "a", null, "b", null });
        Check(strs.Find(null) == strs.First.Next && strs.FindLast(null) == strs.Last && strs.Remove((string)null) && strs.Count == 3, 14);
        for (var n = l.First; n != null;)
        {
            var next = n.Next;
            if (n.Value % 2 == 1) l.Remove(n);
            n = next;
        }
        Check(Show(l) == "[2]", 15);
        l.Clear();
        Check(l.Count == 0 && l.First == null && moved.List == null, 16);

        var lru = new LinkedList<string>();
        var index = new Dictionary<string, LinkedListNode<string>>();
        foreach (var key in "a b c a d b e a".Split(' '))
        {
            if (index.TryGetValue(key, out var node)) { lru.Remove(node); lru.AddFirst(node); }
            else { index[key] = lru.AddFirst(key); if (lru.Count > 3) { index.Remove(lru.Last.Value); lru.RemoveLast(); } }
            Console.WriteLine(key + " -> " + Show(lru));
        }
        return failed == 0 ? 100 : failed;
    }
}
