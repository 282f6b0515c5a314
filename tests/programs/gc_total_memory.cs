// GC information APIs run and give sane values: GC.GetTotalMemory (with and without forcing
// a collection) is positive, grows while a large live set is held, GC.CollectionCount is
// non-decreasing, GC.MaxGeneration >= 0, GC.GetGeneration on objects, and
// GC.GetAllocatedBytesForCurrentThread increases.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        long before = GC.GetTotalMemory(true);
        Check(before > 0, 1);
        var hold = new List<byte[]>();
        for (int i = 0; i < 200; i++) hold.Add(new byte[100_000]);
        long during = GC.GetTotalMemory(false);
        Check(during > before + 10_000_000, 2);
        int c0 = GC.CollectionCount(0);
        GC.Collect();
        Check(GC.CollectionCount(0) >= c0, 3);
        Check(GC.MaxGeneration >= 0, 4);
        var o = new object();
        int gen = GC.GetGeneration(o);
        Check(gen >= 0 && gen <= GC.MaxGeneration, 5);
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) { var x = new long[10]; x[0] = i; }
        long alloc1 = GC.GetAllocatedBytesForCurrentThread();
        Check(alloc1 >= alloc0, 6);
        int sum = 0;
        foreach (var b in hold) sum += b.Length;
        Check(sum == 20_000_000, 7);
        hold = null;
        GC.Collect();
        Check(GC.GetTotalMemory(true) > 0, 8);
        return failed == 0 ? 100 : failed;
    }
}
