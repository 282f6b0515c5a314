// BigInteger at scale and as text: 100! and 500! digits, digit sums, Parse/TryParse with
// NumberStyles (leading sign, white space, thousands, hex with sign bit), ToString("X"/"N0"/
// "D50"/"E"/"R"), round trips of huge values, and division of huge by huge.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static BigInteger Fact(int n) { BigInteger r = 1; for (int i = 2; i <= n; i++) r *= i; return r; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var f100 = Fact(100);
        string s100 = f100.ToString();
        Console.WriteLine(s100);
        Check(s100.Length == 158 && s100.StartsWith("93326215443944152681") && s100.EndsWith(new string('0', 24)), 1);
        int ds = 0; foreach (char c in s100) ds += c - '0';
        Check(ds == 648, 2);
        var f500 = Fact(500);
        string s500 = f500.ToString();
        Console.WriteLine(s500.Length + " " + s500.Substring(0, 40));
        Check(s500.Length == 1135, 3);
        Check(f500 / Fact(498) == 500 * 499 && f500 % Fact(499) == 0, 4);
        Check(BigInteger.Parse(s500) == f500 && BigInteger.Parse("-" + s100) == -f100, 5);
        Console.WriteLine(Fact(30).ToString("X") + " " + Fact(30).ToString("N0", inv) + " " + Fact(25).ToString("E", inv) + " " + Fact(25).ToString("E3", inv));
        Check(Fact(20).ToString("N0", inv) == "2,432,902,008,176,640,000", 6);
        Console.WriteLine(new BigInteger(255).ToString("X") + " " + new BigInteger(-1).ToString("X") + " " + new BigInteger(15).ToString("x") + " " + new BigInteger(-256).ToString("X"));
        Check(new BigInteger(255).ToString("X") == "0FF" && new BigInteger(-1).ToString("X") == "F" && new BigInteger(15).ToString("x") == "0f" && new BigInteger(-256).ToString("X") == "F00", 7);
        Check(new BigInteger(42).ToString("D10") == "0000000042" && new BigInteger(-42).ToString("D5") == "-00042", 8);
        Check(BigInteger.Parse("FF", NumberStyles.HexNumber) == -1 && BigInteger.Parse("0FF", NumberStyles.HexNumber) == 255 && BigInteger.Parse("80", NumberStyles.HexNumber) == -128, 9);
        Check(BigInteger.Parse("  -1,234,567  ", NumberStyles.Number, inv) == -1234567 && BigInteger.Parse("+77", inv) == 77, 10);
        Check(BigInteger.Parse("1e5", NumberStyles.AllowExponent, inv) == 100000 && BigInteger.Parse("(42)", NumberStyles.AllowParentheses, inv) == -42, 11);
        foreach (var s in new[] { "", " ", "12a", "1.5", "--1", "1 2", "0x10", "99999999999999999999999999999999999999999" })
        {
            bool ok = BigInteger.TryParse(s, NumberStyles.Integer, inv, out var v);
            Console.WriteLine($"TryParse('{s}') = {ok} {v}");
        }
        try { BigInteger.Parse("abc"); Check(false, 12); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        var big = BigInteger.Pow(10, 400) + 12345;
        var small = BigInteger.Pow(10, 200) + 7;
        var qq = BigInteger.DivRem(big, small, out var rr);
        Console.WriteLine(qq.ToString().Length + " " + rr.ToString().Length + " " + qq.ToString().Substring(0, 30));
        Check(qq * small + rr == big && rr < small && rr >= 0, 13);
        var sq = BigInteger.Pow(3, 1000);
        var root = Isqrt(sq);
        Check(root == BigInteger.Pow(3, 500), 14);
        Console.WriteLine(Isqrt(BigInteger.Pow(10, 101)).ToString());
        var catalan = Fact(60) / (Fact(31) * Fact(30));
        Console.WriteLine("C30 = " + catalan);
        Check(catalan.ToString() == "3814986502092304", 15);
        var binom = Fact(100) / (Fact(50) * Fact(50));
        Check(binom.ToString() == "100891344545564193334812497256", 16);
        var p = BigInteger.Parse("170141183460469231731687303715884105727");
        Check(BigInteger.ModPow(3, p - 1, p) == 1 && p == (BigInteger.One << 127) - 1, 17);
        return failed == 0 ? 100 : failed;
    }

    static BigInteger Isqrt(BigInteger n)
    {
        if (n < 2) return n;
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true) { var y = (x + n / x) >> 1; if (y >= x) return x; x = y; }
    }
}
