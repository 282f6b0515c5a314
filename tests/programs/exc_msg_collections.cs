// Collection exception types and messages: List indexer out of range, KeyNotFoundException with the
// key in the message (string and int keys), collection modified during foreach (List, Dictionary,
// HashSet), empty Queue/Stack, LinkedList node errors, array index and rank errors, read-only.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

static class Program
{
    static int count;
    static void T(string what, Action a)
    {
        try { a(); Console.WriteLine($"{what}: no exception"); }
        catch (Exception e)
        {
            count++;
            Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}");
        }
    }

    static int Main()
    {
        var list = new List<int> { 1, 2, 3 };
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        var idict = new Dictionary<int, string> { [1] = "x" };
        T("List[5]", () => Console.WriteLine(list[5]));
        T("List[-1] set", () => list[-1] = 0);
        T("List.RemoveAt", () => list.RemoveAt(3));
        T("Dictionary string key", () => Console.WriteLine(dict["missing"]));
        T("Dictionary int key", () => Console.WriteLine(idict[42]));
        T("Dictionary tuple key", () => Console.WriteLine(new Dictionary<(int, string), int>()[(1, "z")]));
        T("SortedDictionary key", () => Console.WriteLine(new SortedDictionary<string, int>()["sd"]));
        T("List modified", () => { foreach (var x in list) list.Add(x); });
        T("Dictionary modified", () => { foreach (var kv in dict) dict["b" + kv.Key] = 2; });
        T("HashSet modified", () => { var hs = new HashSet<int> { 1 }; foreach (var x in hs) hs.Add(x + 1); });
        T("SortedSet modified", () => { var ss = new SortedSet<int> { 1, 2 }; foreach (var x in ss) ss.Remove(x); });
        T("Queue empty", () => new Queue<int>().Dequeue());
        T("Stack empty", () => new Stack<int>().Pop());
        T("Queue.Peek empty", () => new Queue<string>().Peek());
        var ll = new LinkedList<int>(new[] { 1, 2 });
        var other = new LinkedList<int>(new[] { 3 });
        T("LinkedList foreign node", () => ll.AddAfter(other.First, 9));
        T("LinkedList node in list", () => ll.AddLast(ll.First));
        T("LinkedList empty RemoveFirst", () => new LinkedList<int>().RemoveFirst());
        T("array index", () => { var arr = new int[2]; arr[2] = 1; });
        T("array negative", () => { var arr = new int[2]; Console.WriteLine(arr[-1]); });
        T("Array.GetValue rank", () => new int[2].GetValue(0, 0));
        T("multidim index", () => { var md = new int[2, 2]; Console.WriteLine(md[2, 0]); });
        T("ReadOnlyCollection add", () => ((ICollection<int>)new ReadOnlyCollection<int>(list)).Add(1));
        T("Array as IList add", () => ((IList<int>)new int[1]).Add(1));
        T("Enumerator Current before MoveNext", () => { var e = ((IEnumerable<int>)list).GetEnumerator(); Console.WriteLine(e.Current); });
        T("Enumerable list enumerator reset after modify", () => { var e = list.GetEnumerator(); list.Add(1); e.MoveNext(); });
        T("ArraySegment index", () => Console.WriteLine(new ArraySegment<int>(new int[4], 1, 2)[2]));
        T("Dictionary.Keys Add", () => ((ICollection<string>)dict.Keys).Add("q"));
        T("PriorityQueue empty", () => new PriorityQueue<int, int>().Dequeue());
        T("CopyTo too small", () => list.CopyTo(new int[2], 0));
        Console.WriteLine($"caught {count}");
        return count == 28 ? 100 : 1;
    }
}
