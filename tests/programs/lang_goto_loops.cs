// Control flow: goto forward and backward, labelled loops emulated with goto, nested loops
// with break/continue, do/while that runs at least once, while(true) with break, foreach over
// arrays and strings, and early return from nested loops.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;

    static int FindPair(int[] a, int target)
    {
        for (int i = 0; i < a.Length; i++)
            for (int j = i + 1; j < a.Length; j++)
                if (a[i] + a[j] == target) return i * 100 + j;
        return -1;
    }

    static int Main()
    {
        int i = 0, s = 0;
    top:
        s += i;
        i++;
        if (i < I(10)) goto top;
        Check(s == 45, 1);
        int found = -1;
        for (int a = 0; a < 10; a++)
            for (int b = 0; b < 10; b++)
                if (a * b == 42) { found = a * 10 + b; goto done; }
        done:
        Check(found == 67, 2);
        int n = 0;
        do { n++; } while (n < I(0));
        Check(n == 1, 3);
        int k = 0;
        while (true) { if (++k == 17) break; }
        Check(k == 17, 4);
        int odd = 0;
        for (int x = 0; x < 20; x++) { if (x % 2 == 0) continue; odd += x; }
        Check(odd == 100, 5);
        int outer = 0;
        for (int x = 0; x < 5; x++)
        {
            for (int y = 0; y < 5; y++)
            {
                if (y > x) break;
                if (y == 2) continue;
                outer++;
            }
        }
        Check(outer == 12, 6);
        Check(FindPair(new[] { 3, 9, 4, 11, 7 }, 18) == 304, 7);
        Check(FindPair(new[] { 1, 2 }, 10) == -1, 8);
        int vowels = 0;
        foreach (char c in "the quick brown fox") if ("aeiou".IndexOf(c) >= 0) vowels++;
        Check(vowels == 5, 9);
        int state = 0, steps = 0;
    s0: steps++; if (state++ < 3) goto s1; goto end;
    s1: steps += 10; goto s0;
    end:
        Check(steps == 34, 10);
        long collatz = 0;
        for (long v = 27; v != 1; v = (v % 2 == 0) ? v / 2 : 3 * v + 1) collatz++;
        Check(collatz == 111, 11);
        int count = 0;
        for (int a = 0, b = 10; a < b; a++, b--) count++;
        Check(count == 5, 12);
        return failed == 0 ? 100 : failed;
    }
}
