// System.Numerics.BigInteger: factorials, powers, division with remainder, GCD, ModPow,
// negative numbers, comparison, parsing and formatting of large values, bit operations and
// conversions to/from long and double.
using System;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        BigInteger f = 1;
        for (int i = 2; i <= 50; i++) f *= i;
        Check(f.ToString() == "30414093201713378043612608166064768844377641568960512000000000000", 1);
        Check(BigInteger.Pow(2, 100).ToString() == "1267650600228229401496703205376", 2);
        var q = BigInteger.DivRem(f, BigInteger.Pow(10, 12), out var rem);
        Check(rem == 0 && q.ToString() == "30414093201713378043612608166064768844377641568960512", 3);
        Check(BigInteger.GreatestCommonDivisor(f, BigInteger.Pow(3, 40)) == BigInteger.Pow(3, 22), 4);
        Check(BigInteger.ModPow(3, 1000, 1_000_000_007) == 56888193, 5);
        var neg = -BigInteger.Pow(10, 30);
        Check(neg.Sign == -1 && BigInteger.Abs(neg) == BigInteger.Pow(10, 30) && neg < long.MinValue, 6);
        Check(BigInteger.Parse("-123456789012345678901234567890") * -1 == BigInteger.Parse("123456789012345678901234567890"), 7);
        Check((BigInteger.One << 200 >> 199) == 2 && (BigInteger.Pow(2, 64) - 1 & 0xFF) == 255, 8);
        Check((long)new BigInteger(long.MaxValue) == long.MaxValue && (double)BigInteger.Pow(2, 60) == Math.Pow(2, 60), 9);
        bool threw = false;
        try { long x = (long)BigInteger.Pow(2, 70); } catch (OverflowException) { threw = true; }
        Check(threw, 10);
        BigInteger fib1 = 0, fib2 = 1;
        for (int i = 0; i < 300; i++) { var t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        Check(fib1.ToString().Length == 63 && fib1.IsEven == (300 % 3 == 0), 11);
        Check(BigInteger.Log10(BigInteger.Pow(10, 50)) > 49.99, 12);
        return failed == 0 ? 100 : failed;
    }
}
