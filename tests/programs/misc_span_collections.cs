// Span/Memory helpers over collections: CollectionsMarshal.AsSpan on List, GetValueRefOrAddDefault
// and GetValueRefOrNullRef on Dictionary, SetCount, Span Sort/Reverse/IndexOf/BinarySearch/Fill/
// CopyTo/SequenceEqual, MemoryExtensions over arrays and strings, Memory<T> slicing and ToArray.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var list = new List<int> { 5, 3, 8, 1 };
        Span<int> sp = CollectionsMarshal.AsSpan(list);
        sp.Sort();
        Console.WriteLine(string.Join(",", list));
        Check(list[0] == 1 && list[3] == 8, 1);
        CollectionsMarshal.SetCount(list, 6);
        Console.WriteLine($"{list.Count} {list[5]}");
        Check(list.Count == 6 && list[5] == 0, 2);
        var counts = new Dictionary<string, int>();
        foreach (var w in "a b a c b a".Split(' '))
        {
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, w, out bool exists);
            slot++;
        }
        Console.WriteLine($"{counts["a"]} {counts["b"]} {counts["c"]}");
        Check(counts["a"] == 3, 3);
        ref int r = ref CollectionsMarshal.GetValueRefOrNullRef(counts, "b");
        r = 50;
        ref int missing = ref CollectionsMarshal.GetValueRefOrNullRef(counts, "zz");
        Console.WriteLine($"{counts["b"]} {System.Runtime.CompilerServices.Unsafe.IsNullRef(ref missing)}");
        Check(counts["b"] == 50, 4);
        int[] arr = { 9, 4, 7, 4, 2 };
        Span<int> s = arr;
        Console.WriteLine($"{s.IndexOf(4)} {s.LastIndexOf(4)} {s.Contains(7)} {s.IndexOfAny(2, 7)} {s.Slice(1, 3).ToArray().Length}");
        s.Slice(1, 3).Reverse();
        Console.WriteLine(string.Join(",", arr));
        Check(arr[1] == 4 && arr[2] == 7 && arr[3] == 4, 5);
        s.Sort((x, y) => y.CompareTo(x));
        Console.WriteLine($"{string.Join(",", arr)} {((ReadOnlySpan<int>)new[] { 1, 3, 5, 7 }).BinarySearch(5)}");
        Check(arr[0] == 9 && arr[4] == 2, 6);
        s[..2].Fill(0);
        var dest = new int[5];
        s.CopyTo(dest);
        Console.WriteLine($"{string.Join(",", dest)} {s.SequenceEqual(dest)} {s.TryCopyTo(new int[2])}");
        Check(dest[0] == 0 && s.SequenceEqual(dest), 7);
        string text = "key=value;other=thing";
        ReadOnlySpan<char> ts = text;
        int eq = ts.IndexOf('='), semi = ts.IndexOf(';');
        Console.WriteLine($"{ts[..eq].ToString()} {ts[(eq + 1)..semi].ToString()} {ts.Count('=')} {ts.StartsWith("key")} {ts.Trim('k').Length}");
        Check(ts[..eq].SequenceEqual("key"), 8);
        Memory<int> mem = new int[] { 1, 2, 3, 4, 5, 6 };
        var mid = mem.Slice(2, 3);
        mid.Span[0] = 30;
        Console.WriteLine($"{mid.Length} {string.Join(",", mid.ToArray())} {string.Join(",", mem.ToArray())}");
        Check(mem.Span[2] == 30 && mid.Length == 3, 9);
        ReadOnlyMemory<char> rom = "hello world".AsMemory(6);
        Console.WriteLine($"{rom} {rom.Length} {rom.Span[0]}");
        var segs = new List<string>();
        foreach (var range in "a,bb,,ccc".AsSpan().Split(',')) segs.Add("[" + "a,bb,,ccc"[range] + "]");
        Console.WriteLine(string.Join("", segs));
        Check(segs.Count == 4 && segs[2] == "[]", 10);
        Span<byte> bytes = stackalloc byte[4];
        MemoryMarshal.Write(bytes, 0x01020304);
        Console.WriteLine($"{bytes[0]} {MemoryMarshal.Read<int>(bytes)} {MemoryMarshal.Cast<byte, int>(bytes)[0]}");
        Check(MemoryMarshal.Read<int>(bytes) == 0x01020304, 11);
        var arrSeg = new ArraySegment<int>(new[] { 1, 2, 3, 4 }, 1, 2);
        Console.WriteLine($"{arrSeg.Count} {arrSeg[0]} {string.Join(",", arrSeg)} {arrSeg.AsSpan().Length}");
        return failed == 0 ? 100 : failed;
    }
}
