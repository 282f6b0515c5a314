// Large objects: arrays above the large-object threshold (85 KB) of bytes, longs, references
// and structs; allocated repeatedly so that many become garbage, with a few kept; contents
// verified after collections; a 64 MB array allocated once; and large strings.
using System;
using System.Collections.Generic;

struct Pair { public long A; public object B; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var kept = new List<long[]>();
        for (int i = 0; i < 300; i++)
        {
            var big = new long[20_000];
            big[0] = i; big[^1] = -i;
            if (i % 50 == 0) kept.Add(big);
        }
        GC.Collect();
        Check(kept.Count == 6 && kept[3][0] == 150 && kept[3][^1] == -150, 1);
        var refs = new object[50_000];
        for (int i = 0; i < refs.Length; i++) refs[i] = i % 2 == 0 ? (object)i.ToString() : null;
        GC.Collect();
        Check((string)refs[49_998] == "49998" && refs[49_999] == null, 2);
        var pairs = new Pair[10_000];
        for (int i = 0; i < pairs.Length; i++) pairs[i] = new Pair { A = i, B = new int[] { i } };
        for (int i = 0; i < 100; i++) { var junk = new byte[200_000]; junk[i] = 1; }
        GC.Collect();
        long s = 0;
        foreach (var p in pairs) s += ((int[])p.B)[0] - p.A;
        Check(s == 0, 3);
        var huge = new byte[64 * 1024 * 1024];
        huge[huge.Length - 1] = 5;
        Check(huge[huge.Length - 1] == 5 && huge[1000] == 0, 4);
        huge = null;
        var str = new string('x', 1_000_000);
        Check(str.Length == 1_000_000 && str[999_999] == 'x', 5);
        var bytes = new byte[1_000_000];
        new Random(42).NextBytes(bytes);
        long bsum = 0;
        foreach (var b in bytes) bsum += b;
        Check(bsum > 100_000_000 && bsum < 155_000_000, 6);
        return failed == 0 ? 100 : failed;
    }
}
