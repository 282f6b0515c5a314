// fannkuch-redux: for every permutation of 1..n, repeatedly reverse the first k elements, where
// k is the first element, until 1 comes first; report the largest number of flips and a
// checksum that adds the flip counts of even-numbered permutations and subtracts the odd ones.
// Permutations are visited in the order produced by rotating prefixes of growing length.
// Usage: fannkuch-redux [n]   (default 11)
using System;

public static class Program
{
    public static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 11;
        var (checksum, maxFlips) = Run(n);
        Console.WriteLine(checksum);
        Console.WriteLine($"Pfannkuchen({n}) = {maxFlips}");
    }

    static (int checksum, int maxFlips) Run(int n)
    {
        var current = new int[n];   // the permutation being visited
        var work = new int[n];      // scratch copy that gets flipped
        var counter = new int[n];   // mixed-radix counter that drives the rotations
        for (int i = 0; i < n; i++) current[i] = i;

        int checksum = 0, maxFlips = 0, index = 0;
        int level = n;
        while (true)
        {
            // Reset the counter digits below the level that just advanced.
            for (; level > 1; level--) counter[level - 1] = level;

            int flips = CountFlips(current, work, n);
            if (flips > maxFlips) maxFlips = flips;
            checksum += (index & 1) == 0 ? flips : -flips;

            // Advance to the next permutation: rotate the first level+1 elements left by one,
            // carrying into the next level whenever a digit runs out.
            while (true)
            {
                if (level == n) return (checksum, maxFlips);
                int first = current[0];
                for (int i = 0; i < level; i++) current[i] = current[i + 1];
                current[level] = first;
                counter[level]--;
                if (counter[level] > 0) break;
                level++;
            }
            index++;
        }
    }

    static int CountFlips(int[] perm, int[] work, int n)
    {
        int head = perm[0];
        if (head == 0) return 0;
        Array.Copy(perm, work, n);
        int flips = 0;
        while (head != 0)
        {
            // Reverse work[0..head].
            for (int lo = 0, hi = head; lo < hi; lo++, hi--)
            {
                int t = work[lo];
                work[lo] = work[hi];
                work[hi] = t;
            }
            flips++;
            head = work[0];
        }
        return flips;
    }
}
