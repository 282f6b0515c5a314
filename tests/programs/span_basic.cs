// Span<T> and ReadOnlySpan<T>: over arrays, slices, stackalloc and strings; indexing with
// bounds checks; Fill, Clear, CopyTo, TryCopyTo, Reverse, IndexOf, SequenceEqual, Sort,
// BinarySearch; Span over part of an array aliasing it; and ArgumentOutOfRange on bad slices.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Sum(ReadOnlySpan<int> s) { int t = 0; for (int i = 0; i < s.Length; i++) t += s[i]; return t; }

    static int Main()
    {
        int[] arr = { 5, 3, 8, 1, 9, 2 };
        Span<int> all = arr;
        Span<int> mid = all.Slice(1, 3);
        Check(mid.Length == 3 && mid[0] == 3 && mid[2] == 1, 1);
        mid[1] = 80;
        Check(arr[2] == 80, 2);
        Check(Sum(arr) == 100 && Sum(all[2..4]) == 81, 3);
        mid.Fill(0);
        Check(arr[1] == 0 && arr[3] == 0 && arr[4] == 9, 4);
        Span<int> tmp = stackalloc int[6];
        all.CopyTo(tmp);
        tmp.Reverse();
        Check(tmp[0] == 2 && tmp[5] == 5, 5);
        Check(!all.TryCopyTo(tmp.Slice(1)), 6);
        Check(all.IndexOf(9) == 4 && all.IndexOf(77) == -1 && all.LastIndexOf(0) == 3, 7);
        Check(all.SequenceEqual(new[] { 5, 0, 0, 0, 9, 2 }), 8);
        all.Sort();
        Check(all[0] == 0 && all[5] == 9 && all.BinarySearch(5) == 4, 9);
        bool threw = false;
        try { var bad = all.Slice(4, 5); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 10);
        threw = false;
        try { int idx = 6; all[idx] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 11);
        all.Clear();
        Check(Sum(arr) == 0, 12);
        Span<byte> bytes = new byte[] { 1, 2, 3 };
        Check(bytes.Contains((byte)2) && !bytes.IsEmpty && Span<byte>.Empty.IsEmpty, 13);
        var seg = new ArraySegment<int>(new[] { 1, 2, 3, 4 }, 1, 2);
        Span<int> segSpan = seg;
        Check(segSpan.Length == 2 && segSpan[1] == 3, 14);
        Memory<int> mem = new[] { 7, 8, 9 };
        Check(mem.Slice(1).Span[0] == 8 && mem.Length == 3, 15);
        ReadOnlySpan<int> ro = arr;
        Check(ro.ToArray().Length == 6 && ro.ToArray() != arr, 16);
        return failed == 0 ? 100 : failed;
    }
}
