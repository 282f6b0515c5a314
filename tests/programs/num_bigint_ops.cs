// BigInteger arithmetic: +, -, *, /, % with mixed signs, DivRem, Pow, ModPow, GCD, Abs, Negate,
// shifts (including negative values and arithmetic right shift), bitwise ops on negatives,
// comparisons with long/double, Sign, IsPowerOfTwo, and conversions that overflow.
using System;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var a = BigInteger.Parse("123456789012345678901234567890");
        var b = BigInteger.Parse("-987654321098765432109876543210");
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(a * b);
        Console.WriteLine(b / a + " " + b % a);
        Check((a + b).ToString() == "-864197532086419753208641975320", 1);
        Check((a * b).ToString() == "-121932631137021795226185032733622923332237463801111263526900", 2);
        Check(b / a == -8 && b % a == BigInteger.Parse("-9000000000900000000090"), 3);
        var q = BigInteger.DivRem(b, a, out var rem);
        Check(q == -8 && rem == b % a, 4);
        var (q2, r2) = BigInteger.DivRem(new BigInteger(-7), new BigInteger(2));
        Check(q2 == -3 && r2 == -1, 5);
        Check(BigInteger.Pow(2, 100).ToString() == "1267650600228229401496703205376" && BigInteger.Pow(-3, 5) == -243 && BigInteger.Pow(7, 0) == 1, 6);
        Check(BigInteger.ModPow(4, 13, 497) == 445 && BigInteger.ModPow(2, 1000, 1000007) == BigInteger.Pow(2, 1000) % 1000007, 7);
        Check(BigInteger.ModPow(-2, 3, 5) == -3, 8);
        Check(BigInteger.GreatestCommonDivisor(462, 1071) == 21 && BigInteger.GreatestCommonDivisor(-12, 18) == 6 && BigInteger.GreatestCommonDivisor(0, 0) == 0, 9);
        Check(BigInteger.Abs(b) == -b && BigInteger.Negate(a) == -a && b.Sign == -1 && BigInteger.Zero.Sign == 0, 10);
        var one = BigInteger.One;
        Check((one << 200) >> 199 == 2 && (one << 64).ToString() == "18446744073709551616", 11);
        Check((new BigInteger(-1) >> 10) == -1 && (new BigInteger(-16) >> 2) == -4 && (new BigInteger(-17) >> 2) == -5, 12);
        Check((new BigInteger(-1) << 70) == -BigInteger.Pow(2, 70), 13);
        Check((new BigInteger(-12) & 0xFF) == 244 && (new BigInteger(-12) | 3) == -9 && (new BigInteger(-12) ^ -1) == 11 && ~new BigInteger(5) == -6, 14);
        Check(a > long.MaxValue && b < long.MinValue && new BigInteger(5) == 5L && (double)a > 1.2e29, 15);
        Check(BigInteger.Compare(a, b) > 0 && a.CompareTo(b) > 0 && a.Equals(BigInteger.Parse("123456789012345678901234567890")), 16);
        Check(BigInteger.IsPow2(BigInteger.Pow(2, 77)) && !BigInteger.IsPow2(BigInteger.Pow(2, 77) + 1) && new BigInteger(1024).IsPowerOfTwo, 17);
        Check(BigInteger.Log10(BigInteger.Pow(10, 50)) > 49.999 && Math.Abs(BigInteger.Log(BigInteger.Pow(2, 10), 2) - 10) < 1e-9, 18);
        try { long x = (long)a; Check(false, 19); } catch (OverflowException) { Console.WriteLine("to long overflow"); }
        try { var z = a / BigInteger.Zero; Check(false, 20); } catch (DivideByZeroException) { Console.WriteLine("divide by zero"); }
        Check((int)new BigInteger(-123) == -123 && (ulong)(BigInteger.One << 63) == 9223372036854775808UL && (decimal)new BigInteger(12345) == 12345m, 21);
        Check(new BigInteger(1e20) == BigInteger.Pow(10, 20) && new BigInteger(-2.9) == -2 && new BigInteger(123.99m) == 123, 22);
        Console.WriteLine(a.GetBitLength() + " " + b.GetBitLength() + " " + BigInteger.TrailingZeroCount(BigInteger.Pow(2, 33) * 3) + " " + BigInteger.PopCount(255));
        Check(BigInteger.Pow(2, 33).GetBitLength() == 34 && BigInteger.TrailingZeroCount(BigInteger.Pow(2, 33) * 3) == 33, 23);
        Check(BigInteger.Max(a, b) == a && BigInteger.Min(a, b) == b && BigInteger.Clamp(1000, 0, 10) == 10, 24);
        var fib = new BigInteger[150]; fib[0] = 0; fib[1] = 1;
        for (int i = 2; i < 150; i++) fib[i] = fib[i - 1] + fib[i - 2];
        Console.WriteLine("fib149 " + fib[149]);
        Check(fib[149].ToString() == "6161314747715278029583501626149", 25);
        Check(fib[100] * fib[100] - fib[99] * fib[101] == -1, 26);
        var bytes = new BigInteger(-129).ToByteArray();
        Console.WriteLine(BitConverter.ToString(bytes) + " " + BitConverter.ToString(new BigInteger(128).ToByteArray()) + " " + BitConverter.ToString(new BigInteger(256).ToByteArray(isUnsigned: true, isBigEndian: true)));
        Check(new BigInteger(bytes) == -129 && new BigInteger(new byte[] { 0xFF, 0x00 }) == 255 && new BigInteger(new byte[] { 0xFF }) == -1, 27);
        return failed == 0 ? 100 : failed;
    }
}
