// Seeded System.Random is deterministic: two generators with the same seed produce the same
// sequences of Next, Next(max), Next(min,max), NextDouble, NextInt64 and NextBytes; a Fisher-
// Yates shuffle with a seed is a permutation; and Random.Shared is only checked for ranges.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var a = new Random(2024);
        var b = new Random(2024);
        bool same = true;
        for (int i = 0; i < 1000; i++)
        {
            if (a.Next() != b.Next()) same = false;
            if (a.Next(100) != b.Next(100)) same = false;
            if (a.Next(-50, 50) != b.Next(-50, 50)) same = false;
            if (a.NextDouble() != b.NextDouble()) same = false;
            if (a.NextInt64(1L << 40) != b.NextInt64(1L << 40)) same = false;
        }
        Check(same, 1);
        var ba = new byte[64]; var bb = new byte[64];
        a.NextBytes(ba); b.NextBytes(bb);
        Check(ba.AsSpan().SequenceEqual(bb), 2);
        var r = new Random(7);
        bool inRange = true;
        for (int i = 0; i < 10000; i++)
        {
            int v = r.Next(3, 9);
            double d = r.NextDouble();
            if (v < 3 || v >= 9 || d < 0 || d >= 1) inRange = false;
        }
        Check(inRange, 3);
        var perm = new int[100];
        for (int i = 0; i < perm.Length; i++) perm[i] = i;
        var rs = new Random(99);
        for (int i = perm.Length - 1; i > 0; i--) { int j = rs.Next(i + 1); (perm[i], perm[j]) = (perm[j], perm[i]); }
        var seen = new bool[100];
        foreach (var p in perm) seen[p] = true;
        Check(Array.TrueForAll(seen, s => s), 4);
        int moved = 0;
        for (int i = 0; i < perm.Length; i++) if (perm[i] != i) moved++;
        Check(moved > 50, 5);
        var c1 = new Random(1); var c2 = new Random(2);
        int diff = 0;
        for (int i = 0; i < 100; i++) if (c1.Next() != c2.Next()) diff++;
        Check(diff > 90, 6);
        int shared = Random.Shared.Next(10);
        Check(shared >= 0 && shared < 10, 7);
        var items = new[] { 1, 2, 3, 4, 5 };
        new Random(5).Shuffle(items);
        Check(items.Length == 5 && Array.IndexOf(items, 3) >= 0, 8);
        return failed == 0 ? 100 : failed;
    }
}
