// Branches, loops, switch statements (dense tables, sparse values, strings excluded), goto,
// conditional expressions, short-circuit logic and recursion.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Id(int x) => x;

    static int Classify(int x)
    {
        switch (x)
        {
            case 0: return 10;
            case 1: return 11;
            case 2: case 3: return 12;
            case 5: return 15;
            case 100: return 20;
            case -7: return 30;
            default: return -1;
        }
    }

    static long Sparse(long x) => x switch
    {
        1000000000000L => 1,
        -5 => 2,
        42 => 3,
        _ => 0,
    };

    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    static int Gcd(int a, int b)
    {
        while (b != 0) { int t = a % b; a = b; b = t; }
        return a;
    }

    static bool sideEffect;
    static bool Touch(bool v) { sideEffect = true; return v; }

    static int Main()
    {
        Check(Classify(Id(0)) == 10 && Classify(Id(3)) == 12 && Classify(Id(5)) == 15, 1);
        Check(Classify(Id(4)) == -1 && Classify(Id(100)) == 20 && Classify(Id(-7)) == 30 && Classify(Id(99)) == -1, 2);
        Check(Sparse(1000000000000L) == 1 && Sparse(-5) == 2 && Sparse(42) == 3 && Sparse(7) == 0, 3);
        Check(Fib(Id(20)) == 6765, 4);
        Check(Gcd(Id(1071), Id(462)) == 21, 5);

        int sum = 0;
        for (int i = 0; i < Id(10); i++) { if (i == 3) continue; if (i == 8) break; sum += i; }
        Check(sum == 25, 6);

        int n = Id(5), f = 1;
        do { f *= n; } while (--n > 0);
        Check(f == 120, 7);

        int k = 0;
    again:
        k++;
        if (k < Id(4)) goto again;
        Check(k == 4, 8);

        sideEffect = false;
        bool r = Id(0) == 1 && Touch(true);
        Check(!r && !sideEffect, 9);
        r = Id(1) == 1 || Touch(false);
        Check(r && !sideEffect, 10);
        r = Id(1) == 2 || Touch(true);
        Check(r && sideEffect, 11);

        int nested = 0;
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
            {
                if (j > i) break;
                nested += j;
            }
        Check(nested == 20, 12);

        uint u = (uint)Id(-1);
        Check(u > 5 ? true : false, 13);
        Check((Id(3) > 2 ? Id(7) : Id(9)) == 7, 14);

        char c = (char)Id('x');
        int cls = c switch { >= 'a' and <= 'z' => 1, >= '0' and <= '9' => 2, _ => 3 };
        Check(cls == 1, 15);

        long big = 0;
        for (long i = 0; i < 100000; i++) big += i;
        Check(big == 4999950000L, 16);

        return failed == 0 ? 100 : failed;
    }
}
