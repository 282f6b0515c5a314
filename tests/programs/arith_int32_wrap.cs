// 32-bit integer arithmetic at run time: add/sub/mul wrap-around, negation of MinValue,
// increments past the limits, unchecked casts, compound assignment and mixed signed/unsigned.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint U(uint x) => x;

    static int Main()
    {
        int max = I(int.MaxValue), min = I(int.MinValue);
        Check(unchecked(max + 1) == int.MinValue, 1);
        Check(unchecked(min - 1) == int.MaxValue, 2);
        Check(unchecked(-min) == int.MinValue, 3);
        Check(unchecked(max * 2) == -2, 4);
        Check(unchecked(I(65536) * I(65536)) == 0, 5);
        Check(unchecked(I(123456789) * I(1000)) == -1097262584, 6);
        int x = max; x++;
        Check(x == int.MinValue, 7);
        x = min; x--;
        Check(x == int.MaxValue, 8);
        Check(unchecked((int)U(0xFFFFFFFF)) == -1, 9);
        Check(unchecked((uint)I(-1)) == uint.MaxValue, 10);
        Check(unchecked(U(0) - 1) == uint.MaxValue, 11);
        Check(unchecked(U(uint.MaxValue) + 2) == 1u, 12);
        Check(unchecked(U(0x80000000) * 2) == 0u, 13);
        int acc = I(1);
        for (int i = 0; i < 40; i++) acc *= 3;
        Check(acc == unchecked((int)12157665459056928801UL), 14);
        Check(Math.Abs(I(-5)) == 5, 15);
        try { Math.Abs(min); Check(false, 16); } catch (OverflowException) { }
        Check(I(7) / I(2) == 3 && I(-7) / I(2) == -3 && I(-7) % I(2) == -1 && I(7) % I(-2) == 1, 17);
        Check(U(7) / U(2) == 3 && U(0xFFFFFFFE) / U(2) == 0x7FFFFFFF, 18);
        int y = I(10);
        y += 5; y -= 3; y *= 4; y /= 6; y %= 5;
        Check(y == 3, 19);
        Check(~I(0) == -1 && -I(5) == -5 && +I(5) == 5, 20);
        long widened = I(-1);
        Check(widened == -1L, 21);
        ulong zext = U(0xFFFFFFFF);
        Check(zext == 4294967295UL, 22);
        Check(unchecked((int)(uint)I(-2)) == -2, 23);
        int h = 0;
        foreach (char c in "hash me") h = unchecked(h * 31 + c);
        Check(h == "hash me".Length * 0 + Hash("hash me"), 24);
        return failed == 0 ? 100 : failed;
    }
    static int Hash(string s) { int h = 0; for (int i = 0; i < s.Length; i++) h = unchecked(h * 31 + s[i]); return h; }
}
