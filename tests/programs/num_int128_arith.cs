// Int128 and UInt128: arithmetic across the 64-bit boundary, multiplication and division of
// large values, checked overflow, MinValue/MaxValue, shifts, comparisons, conversions to/from
// double/decimal/long, ToString with formats, and Parse/TryParse round trips.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Int128 a = long.MaxValue; a += 1;
        Console.WriteLine(a + " " + Int128.MaxValue + " " + Int128.MinValue + " " + UInt128.MaxValue);
        Check(a.ToString() == "9223372036854775808" && Int128.MaxValue.ToString() == "170141183460469231731687303715884105727", 1);
        Check(UInt128.MaxValue.ToString() == "340282366920938463463374607431768211455" && Int128.MinValue.ToString() == "-170141183460469231731687303715884105728", 2);
        Int128 big = Int128.Parse("123456789012345678901234567890");
        Int128 p = big * 7 - 3;
        Console.WriteLine(p + " " + p / 1000000007 + " " + p % 1000000007 + " " + (-p) / 13 + " " + (-p) % 13);
        Check(p.ToString() == "864197523086419752308641975227", 3);
        Check((-p) / 13 == -(p / 13) && (-p) % 13 == -(p % 13), 4);
        UInt128 u = UInt128.MaxValue;
        Check(u / 3 == UInt128.Parse("113427455640312821154458202477256070485") && u % 10 == 5, 5);
        Check(unchecked(u + 1) == 0 && unchecked(Int128.MaxValue + 1) == Int128.MinValue, 6);
        try { var x = checked(Int128.MaxValue + 1); Check(false, 7); } catch (OverflowException) { Console.WriteLine("checked add overflow"); }
        try { var x = checked(u * 2); Check(false, 8); } catch (OverflowException) { Console.WriteLine("checked mul overflow"); }
        try { var x = (long)(Int128)(ulong.MaxValue); var y = checked((long)(Int128)ulong.MaxValue); Check(false, 9); } catch (OverflowException) { Console.WriteLine("checked narrowing overflow"); }
        try { var x = Int128.One / Int128.Zero; Check(false, 10); } catch (DivideByZeroException) { Console.WriteLine("divide by zero"); }
        Int128 one = 1;
        Check((one << 127) == Int128.MinValue && (Int128.MinValue >> 127) == -1 && (Int128.MinValue >>> 127) == 1 && (one << 128) == 1, 11);
        Check((UInt128)1 << 100 == UInt128.Parse("1267650600228229401496703205376"), 12);
        Check(Int128.MinValue < 0 && (Int128)(-1) < (Int128)1 && UInt128.MaxValue > (UInt128)ulong.MaxValue && Int128.Max(a, -a) == a, 13);
        Check((double)Int128.MaxValue == 1.7014118346046923E+38 && (Int128)1e30 == Int128.Parse("1000000000000000019884624838656") && (Int128)(-2.7) == -2, 14);
        Check((decimal)(Int128)123456789 == 123456789m && (Int128)79228162514264337593543950335m == Int128.Parse("79228162514264337593543950335"), 15);
        Check((long)(Int128)(-5) == -5 && (ulong)(UInt128)ulong.MaxValue == ulong.MaxValue && (int)unchecked((Int128)0x1_0000_0005L) == 5, 16);
        Console.WriteLine(big.ToString("N0", inv) + " | " + big.ToString("X", inv) + " | " + (-big).ToString("X", inv) + " | " + big.ToString("E5", inv) + " | " + ((Int128)42).ToString("D8", inv));
        Check(((Int128)255).ToString("X4") == "00FF" && ((Int128)(-1)).ToString("X") == "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", 17);
        Check(Int128.TryParse("-170141183460469231731687303715884105728", out var mn) && mn == Int128.MinValue, 18);
        Check(!Int128.TryParse("170141183460469231731687303715884105728", out _) && !UInt128.TryParse("-1", out _), 19);
        Check(UInt128.Parse("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", NumberStyles.HexNumber) == UInt128.MaxValue && Int128.Parse("  +42 ", inv) == 42, 20);
        Check(Int128.Abs(-5) == 5 && Int128.Sign(Int128.MinValue) == -1 && Int128.IsNegative(-1) && Int128.IsEvenInteger(Int128.MinValue), 21);
        var (q, r) = Int128.DivRem(Int128.Parse("-1000000000000000000000"), 7);
        Console.WriteLine(q + " " + r);
        Check(q * 7 + r == Int128.Parse("-1000000000000000000000") && r == -6, 22);
        UInt128 fact = 1;
        for (uint i = 1; i <= 34; i++) fact *= i;
        Console.WriteLine("34! = " + fact);
        Check(fact.ToString() == "295232799039604140847618609643520000000", 23);
        Int128 g = Int128.Parse("-12345678901234567890"); Int128 h = -g;
        Check(h.ToString() == "12345678901234567890" && (g ^ h) < 0 && (g & h) > 0 && ~Int128.Zero == -1, 24);
        return failed == 0 ? 100 : failed;
    }
}
