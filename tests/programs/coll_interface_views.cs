// Collections through their interfaces: arrays as IList<T>/IReadOnlyList<T>/ICollection<T>
// (IndexOf, Contains, CopyTo, fixed size: Add/Insert/Remove throw NotSupportedException, setter
// works), List as IList and non-generic IList, Dictionary as IReadOnlyDictionary and IDictionary,
// HashSet as ISet and IReadOnlySet, and IsReadOnly/IsFixedSize flags.
using System;
using System.Collections;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] arr = { 4, 5, 6 };
        IList<int> il = arr;
        IReadOnlyList<int> rl = arr;
        ICollection<int> ic = arr;
        Console.WriteLine($"{il.IndexOf(6)} {il.Contains(5)} {rl[0]} {rl.Count} {ic.IsReadOnly} {((IList)arr).IsFixedSize} {((IList)arr).IsReadOnly}");
        Check(il.IndexOf(6) == 2 && ic.IsReadOnly && ((IList)arr).IsFixedSize, 1);
        il[1] = 50;
        Console.WriteLine(string.Join(",", arr));
        Check(arr[1] == 50, 2);
        foreach (var (name, act) in new (string, Action)[] { ("Add", () => il.Add(1)), ("Insert", () => il.Insert(0, 1)), ("Remove", () => il.Remove(4)), ("RemoveAt", () => il.RemoveAt(0)), ("Clear", () => ic.Clear()) })
        {
            try { act(); Console.WriteLine(name + " ok?"); Check(false, 3); }
            catch (NotSupportedException ex) { Console.WriteLine($"{name}: {ex.Message}"); }
        }
        var list = new List<string> { "a", "b" };
        IList ng = list;
        int idx = ng.Add("c");
        Console.WriteLine($"{idx} {ng.Contains("b")} {ng.IndexOf("c")} {ng.IsFixedSize} {ng[2]}");
        Check(idx == 2 && list.Count == 3, 4);
        try { ng.Add(5); Check(false, 5); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        ng.Remove("a");
        ng.Insert(0, "z");
        Console.WriteLine(string.Join(",", list));
        var dict = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        IReadOnlyDictionary<string, int> rod = dict;
        IDictionary ngd = dict;
        Console.WriteLine($"{rod["two"]} {rod.ContainsKey("one")} {rod.TryGetValue("x", out var xv)} {string.Join(",", rod.Keys)} {ngd["one"]} {ngd["missing"] ?? "null"} {ngd.Contains("two")}");
        Check(ngd["missing"] == null && rod["two"] == 2, 6);
        ngd["three"] = 3;
        ngd.Remove("one");
        Console.WriteLine(string.Join(",", dict));
        try { ngd[5] = 1; Check(false, 7); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
        var set = new HashSet<int> { 1, 2, 3 };
        ISet<int> iset = set;
        IReadOnlySet<int> ros = set;
        Console.WriteLine($"{iset.Add(2)} {iset.Add(4)} {ros.Contains(4)} {ros.IsSubsetOf(new[] { 1, 2, 3, 4, 5 })} {ros.Overlaps(new[] { 9 })}");
        Check(!iset.Add(2) && ros.Contains(4), 8);
        ICollection<int> setColl = set;
        setColl.Add(10);
        Console.WriteLine($"{set.Count} {setColl.IsReadOnly}");
        IEnumerable<int> en = new SortedSet<int> { 3, 1, 2 };
        ICollection<int> sc = (ICollection<int>)en;
        Console.WriteLine($"{string.Join(",", en)} {sc.Count} {sc.Contains(2)}");
        IReadOnlyCollection<char> roc = new Queue<char>("abc");
        Console.WriteLine($"{roc.Count} {string.Join("", roc)}");
        ICollection ngc = new Stack<int>(new[] { 1, 2 });
        var target = new object[3];
        ngc.CopyTo(target, 1);
        Console.WriteLine($"{ngc.Count} {target[0] ?? "null"} {target[1]} {target[2]} {ngc.IsSynchronized}");
        Check((int)target[1] == 2, 9);
        return failed == 0 ? 100 : failed;
    }
}
