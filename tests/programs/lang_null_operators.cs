// Null-handling operators: ?. on references and nullable value types, ?[] on arrays and
// indexers, ?? chains, ??= on fields and array elements, null-conditional invocation of
// delegates and events, and short-circuiting (the right side is not evaluated).
using System;
using System.Collections.Generic;

class Node { public Node Next; public int Value; public int[] Items; public string Name; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int calls;
    static int Side() { calls++; return 1; }
    static string field;

    static int Main()
    {
        Node n = new Node { Value = 1, Next = new Node { Value = 2 } };
        Check(n?.Next?.Value == 2 && n.Next.Next?.Value == null, 1);
        Node none = null;
        calls = 0;
        int? r = none?.Items[Side()];
        Check(r == null && calls == 0, 2);
        Check(n.Items?[0] == null, 3);
        n.Items = new[] { 7, 8 };
        Check(n.Items?[1] == 8, 4);
        Check((none?.Name ?? n.Name ?? "default") == "default", 5);
        Check(none?.Name?.Length == null && (none?.Name?.Length ?? -1) == -1, 6);
        field ??= "first";
        field ??= "second";
        Check(field == "first", 7);
        var arr = new string[2];
        arr[1] ??= "x";
        arr[1] ??= "y";
        Check(arr[1] == "x" && arr[0] == null, 8);
        Action act = null;
        act?.Invoke();
        int hit = 0;
        act = () => hit++;
        act?.Invoke();
        Check(hit == 1, 9);
        calls = 0;
        string s = "set";
        var res = s ?? Side().ToString();
        Check(res == "set" && calls == 0, 10);
        List<int> list = null;
        Check((list?.Count ?? 0) == 0, 11);
        list ??= new List<int> { 1 };
        Check(list.Count == 1, 12);
        int? ni = null;
        Check(ni?.ToString() == null && (ni ?? 5) == 5, 13);
        Node chain = new Node { Next = new Node { Next = new Node { Name = "deep" } } };
        Check(chain?.Next?.Next?.Name?.ToUpperInvariant() == "DEEP", 14);
        return failed == 0 ? 100 : failed;
    }
}
