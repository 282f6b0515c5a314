// Recursion: factorial, Fibonacci, Ackermann, mutual recursion, deep (but bounded) recursion
// with a struct argument, recursive generics method, and tail-position calls.
using System;
using System.Runtime.CompilerServices;

struct Frame { public long A, B, C; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    static int Ack(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1));
    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Deep(int n, Frame f) => n == 0 ? f.A + f.B + f.C : Deep(n - 1, new Frame { A = f.A + 1, B = f.B + 2, C = f.C + 3 });
    static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    static int SumDigits(long n) => n < 10 ? (int)n : (int)(n % 10) + SumDigits(n / 10);
    static int CountNested<T>(int depth) => depth == 0 ? typeof(T).Name.Length : CountNested<T>(depth - 1) + 1;
    static void Hanoi(int n, int from, int to, int via, ref int moves)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, ref moves);
        moves++;
        Hanoi(n - 1, via, to, from, ref moves);
    }
    static int Perms(int[] a, int k)
    {
        if (k == a.Length) return 1;
        int c = 0;
        for (int i = k; i < a.Length; i++)
        {
            (a[k], a[i]) = (a[i], a[k]);
            c += Perms(a, k + 1);
            (a[k], a[i]) = (a[i], a[k]);
        }
        return c;
    }

    static int Main()
    {
        Check(Fact(20) == 2432902008176640000, 1);
        Check(Fib(25) == 75025, 2);
        Check(Ack(2, 3) == 9 && Ack(3, 3) == 61, 3);
        Check(IsEven(1000) && IsOdd(777) && !IsOdd(1000), 4);
        Check(Deep(10000, default) == 60000, 5);
        Check(Gcd(1071, 462) == 21, 6);
        Check(SumDigits(9876543210) == 45, 7);
        Check(CountNested<int>(50) == 55, 8);
        int moves = 0;
        Hanoi(12, 1, 3, 2, ref moves);
        Check(moves == 4095, 9);
        Check(Perms(new[] { 1, 2, 3, 4, 5, 6 }, 0) == 720, 10);
        return failed == 0 ? 100 : failed;
    }
}
