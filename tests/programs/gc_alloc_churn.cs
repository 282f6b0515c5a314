// Allocation churn: about 200 MB allocated in small objects (nodes, strings, small arrays,
// boxes) in a loop while keeping only a small live set in a ring buffer; the live set must
// stay intact and the checksum must match.
using System;

class Small { public long A; public Small Next; public Small(long a, Small n) { A = a; Next = n; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        const int ringSize = 1024;
        var ring = new Small[ringSize];
        long allocatedBytes = 0, checksum = 0;
        int i = 0;
        while (allocatedBytes < 200L * 1024 * 1024)
        {
            var s = new Small(i, ring[(i + 1) % ringSize]?.Next == null ? null : new Small(-1, null));
            ring[i % ringSize] = s;
            allocatedBytes += 32 + (s.Next != null ? 32 : 0);
            var arr = new int[8];
            arr[i & 7] = i;
            checksum += arr[i & 7];
            allocatedBytes += 56;
            object box = i;
            checksum += (int)box & 1;
            allocatedBytes += 24;
            i++;
        }
        long expected = 0;
        for (long k = 0; k < i; k++) expected += k + (k & 1);
        Check(checksum == expected, 1);
        int live = 0;
        for (int k = 0; k < ringSize; k++) if (ring[k] != null && ring[k].A % ringSize == k) live++;
        Check(live == ringSize, 2);
        Check(i > 1_000_000, 3);
        return failed == 0 ? 100 : failed;
    }
}
