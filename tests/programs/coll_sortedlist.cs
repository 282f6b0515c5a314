// SortedList<TKey,TValue>: ordered insertion, indexer set/get, IndexOfKey/IndexOfValue,
// GetKeyAtIndex/GetValueAtIndex, RemoveAt, Keys/Values views, duplicate key exception,
// descending custom comparer, TryGetValue, Capacity/TrimExcess, and the non-generic SortedList.
using System;
using System.Collections;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var sl = new SortedList<string, int>(StringComparer.Ordinal);
        foreach (var w in new[] { "pear", "apple", "fig", "Zebra", "kiwi" }) sl.Add(w, w.Length);
        Console.WriteLine(string.Join(" ", sl.Keys));
        Check(sl.Keys[0] == "Zebra" && sl.Keys[1] == "apple", 1);
        Console.WriteLine($"{sl.IndexOfKey("fig")} {sl.IndexOfKey("nope")} {sl.IndexOfValue(4)} {sl.GetKeyAtIndex(4)} {sl.GetValueAtIndex(4)}");
        Check(sl.IndexOfKey("fig") == 2 && sl.IndexOfKey("nope") == -1 && sl.IndexOfValue(4) == 3, 2);
        sl["fig"] = 30;
        sl["banana"] = 6;
        foreach (var kv in sl) Console.Write($"{kv.Key}={kv.Value};");
        Console.WriteLine();
        Check(sl.Count == 6 && sl["fig"] == 30 && sl.Keys[2] == "banana", 3);
        try { sl.Add("kiwi", 1); Check(false, 4); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
        sl.RemoveAt(0);
        Check(sl.Remove("pear") && !sl.Remove("pear") && sl.Count == 4, 5);
        Console.WriteLine(string.Join(",", sl.Values));
        Check(sl.TryGetValue("kiwi", out var kv2) && kv2 == 4 && !sl.TryGetValue("x", out _), 6);
        var desc = new SortedList<int, string>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        for (int i = 0; i < 10; i++) desc[i * 3 % 10] = "v" + i;
        Console.WriteLine(string.Join(" ", desc.Keys));
        Check(desc.Keys[0] == 9 && desc.Keys[9] == 0, 7);
        desc.SetValueAtIndex(0, "top");
        Console.WriteLine(desc[9] + " " + desc.ContainsValue("v1") + " " + desc.ContainsKey(11));
        Check(desc[9] == "top", 8);
        desc.TrimExcess();
        Check(desc.Capacity == 10, 9);
        try { var _ = desc.Keys[20]; Check(false, 10); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE"); }
        try { desc.Keys.Add(1); Check(false, 11); }
        catch (NotSupportedException) { Console.WriteLine("NotSupported"); }
        var ng = new SortedList();
        ng.Add(3, "c"); ng.Add(1, "a"); ng.Add(2, "b");
        for (int i = 0; i < ng.Count; i++) Console.Write($"{ng.GetKey(i)}:{ng.GetByIndex(i)} ");
        Console.WriteLine();
        Check((string)ng[2] == "b" && ng.IndexOfKey(3) == 2, 12);
        var big = new SortedList<int, int>();
        for (int i = 999; i >= 0; i--) big.Add(i, -i);
        Check(big.Keys[500] == 500 && big.Values[999] == -999, 13);
        return failed == 0 ? 100 : failed;
    }
}
