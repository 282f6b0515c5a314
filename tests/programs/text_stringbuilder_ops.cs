// StringBuilder beyond plain Append: AppendLine, AppendFormat, AppendJoin, interpolated
// appends with alignment/format, Append(char, repeat) and sub-ranges, Insert of numbers,
// Replace within a range, ToString(start, length), CopyTo, GetChunks, Equals, and range errors.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var sb = new StringBuilder();
        sb.AppendLine("first").AppendLine().Append("x");
        Check(sb.ToString() == "first\n\nx", 1);
        sb.Clear().AppendFormat(CultureInfo.InvariantCulture, "{0:F2}|{1,4}|{2,-3}|", 1.005, 7, "ab");
        Check(sb.ToString() == "1.00|   7|ab |", 2);
        sb.Clear().AppendJoin(", ", 1, 2, 3).Append(';').AppendJoin('-', "a", "b").Append(';').AppendJoin("+", new[] { 1.5, 2.0 });
        Check(sb.ToString() == "1, 2, 3;a-b;1.5+2", 3);
        int n = 255; double d = 0.125;
        sb.Clear().Append($"[{n:X4}] [{d,8:P1}] [{"s",-3}] [{null}]");
        Check(sb.ToString() == "[00FF] [  12.5 %] [s  ] []", 4);
        sb.Clear().Append('*', 5).Append("abcdef", 1, 3).Append(new[] { 'q', 'r', 's', 't' }, 2, 2);
        Check(sb.ToString() == "*****bcdst", 5);
        sb.Clear().Append("start").Insert(0, 42).Insert(2, '-').Insert(sb.Length, 1.5).Insert(3, "xy", 2).Insert(0, true);
        Check(sb.ToString() == "True42-xyxystart1.5", 6);
        sb.Clear().Append("aaa|aaa|aaa").Replace("a", "bb", 4, 3);
        Check(sb.ToString() == "aaa|bbbbbb|aaa", 7);
        sb.Replace('a', 'c', 0, 2).Replace("|", "");
        Check(sb.ToString() == "ccabbbbbbaaa", 8);
        Check(sb.ToString(2, 3) == "abb" && sb.Length == 12, 9);
        char[] dest = new char[6];
        sb.CopyTo(1, dest, 2, 4);
        Check(new string(dest, 2, 4) == "cabb" && dest[0] == '\0', 10);

        var big = new StringBuilder(16);
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        int chunks = 0, total = 0;
        foreach (var chunk in big.GetChunks()) { chunks++; total += chunk.Length; }
        Check(total == 1000 && chunks >= 1 && big[999] == '9' && big[500] == '0', 11);
        Check(new StringBuilder("abc").Equals(new StringBuilder("abc")) && !new StringBuilder("abc").Equals(new StringBuilder("abd")), 12);
        Check(new StringBuilder("abc").Equals("abc".AsSpan()), 13);

        bool threw = false;
        try { new StringBuilder("abc").Remove(2, 5); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 14);
        threw = false;
        try { new StringBuilder("abc").Insert(4, "x"); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 15);
        threw = false;
        try { new StringBuilder(4, 8).Append("123456789"); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 16);
        threw = false;
        try { new StringBuilder().AppendFormat("{0} {1}", 1); } catch (FormatException) { threw = true; }
        Check(threw, 17);

        var table = new StringBuilder();
        string[] names = { "alpha", "be", "gamma-delta" };
        for (int i = 0; i < names.Length; i++)
            table.AppendFormat(CultureInfo.InvariantCulture, "{0,2}. {1,-12}|{2,10:N1}", i + 1, names[i], Math.Pow(10, i * 2) * 1.25).AppendLine();
        table.Append('=', 28).AppendLine();
        Console.Write(table);
        Console.WriteLine(table.Length);
        return failed == 0 ? 100 : failed;
    }
}
