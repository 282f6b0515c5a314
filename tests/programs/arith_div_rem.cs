// Division and remainder: rounding toward zero, sign of the remainder, division by powers of
// two and by constants, unsigned division, MinValue / -1 (ArithmeticException), DivRem.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;

    static int Main()
    {
        int[] nums = { 17, -17, 16, -16, 1, -1, 0, int.MaxValue, int.MinValue + 1 };
        int[] divs = { 1, -1, 2, -2, 3, -3, 4, 7, 8, -8, 1000 };
        long checksum = 0;
        foreach (int n in nums)
            foreach (int d in divs)
            {
                int q = I(n) / I(d), r = I(n) % I(d);
                if (q * d + r != n) { Check(false, 1); }
                if (r != 0 && (r < 0) != (n < 0)) Check(false, 2);
                if (Math.Abs(r) >= Math.Abs(d)) Check(false, 3);
                checksum = unchecked(checksum * 31 + q * 7 + r);
            }
        Check(checksum != 0, 4);
        Check(I(-17) / 4 == -4 && I(-17) % 4 == -1 && I(-17) >> 2 == -5, 5);
        Check(I(-17) / 8 == -2 && I(17) / 8 == 2, 6);
        Check(I(100) / 7 == 14 && I(-100) / 7 == -14, 7);
        try { int z = I(int.MinValue) / I(-1); Check(false, 8); }
        catch (ArithmeticException e) { Check(e is OverflowException, 9); }
        try { long z = L(long.MinValue) / L(-1); Check(false, 10); }
        catch (ArithmeticException e) { Check(e is OverflowException, 11); }
        try { int z = I(int.MinValue) % I(-1); Check(false, 12); }
        catch (ArithmeticException) { }
        Check((uint)I(-1) / 3u == 1431655765u, 13);
        Check((uint)I(-1) % 3u == 0u, 14);
        Check(L(-1_000_000_000_000) / L(3) == -333_333_333_333, 15);
        Check(L(-1_000_000_000_000) % L(3) == -1, 16);
        var (q2, r2) = Math.DivRem(I(-23), I(5));
        Check(q2 == -4 && r2 == -3, 17);
        Check(Math.DivRem(I(23), I(5), out int rem) == 4 && rem == 3, 18);
        double dd = I(7) / 2;
        Check(dd == 3.0, 19);
        Check(I(7) / 2.0 == 3.5, 20);
        Check(Math.IEEERemainder(7.0, 4.0) == -1.0 && 7.0 % 4.0 == 3.0 && -7.5 % 2 == -1.5, 21);
        Check((byte)I(250) / (byte)I(7) == 35, 22);
        return failed == 0 ? 100 : failed;
    }
}
