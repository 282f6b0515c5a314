// String transformations: Trim/TrimStart/TrimEnd with and without char sets, PadLeft/PadRight
// with custom chars, Substring edge cases, ToUpperInvariant/ToLowerInvariant on mixed scripts,
// new string(char, n), string.Create, ReplaceLineEndings, Remove/Insert, IsNullOrWhiteSpace.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string padded = " \t\u00a0\u2003 hello world \r\n\u3000";
        Check(padded.Trim() == "hello world", 1);
        Check(padded.TrimStart() == "hello world \r\n\u3000" && padded.TrimEnd() == " \t\u00a0\u2003 hello world", 2);
        Check("xxhixyx".Trim('x') == "hixy" && "xxhixyx".Trim('x', 'y') == "hi" && "xyhi".TrimStart("yx".ToCharArray()) == "hi", 3);
        Check("000120".TrimStart('0') == "120" && "1.500".TrimEnd('0').TrimEnd('.') == "1.5" && "1.000".TrimEnd('0').TrimEnd('.') == "1", 4);
        Check("   ".Trim() == "" && "".Trim() == "" && "abc".Trim() == "abc" && ReferenceEquals("abc".Trim(), "abc".Trim()), 5);
        Check("42".PadLeft(5) == "   42" && "42".PadLeft(5, '0') == "00042" && "42".PadRight(4, '.') == "42.." && "long".PadLeft(2) == "long", 6);
        bool threw = false;
        try { "x".PadLeft(-1); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 7);
        Check("hello".Substring(5) == "" && "hello".Substring(0, 0) == "" && "hello".Substring(1, 3) == "ell" && "hello"[1..^1] == "ell", 8);
        threw = false;
        try { "hello".Substring(3, 3); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 9);
        Check("Mixed Case 123 \u00e4\u00f6\u00fc \u03b1\u03b2\u03b3".ToUpperInvariant() == "MIXED CASE 123 \u00c4\u00d6\u00dc \u0391\u0392\u0393", 10);
        Check("\u0130I\u0131i".ToLowerInvariant() == "\u0130i\u0131i" && "\u0130I\u0131i".ToUpperInvariant() == "\u0130I\u0131I", 11);
        Check("stra\u00dfe".ToUpperInvariant() == "STRA\u00dfE" && "\u01c5".ToUpperInvariant() == "\u01c4", 12);
        Check(new string('=', 5) == "=====" && new string('x', 0) == "" && new string(new[] { 'a', 'b', 'c' }, 1, 2) == "bc", 13);
        string created = string.Create(6, 'a', (span, start) => { for (int i = 0; i < span.Length; i++) span[i] = (char)(start + i); });
        Check(created == "abcdef", 14);
        Check("a\r\nb\rc\nd".ReplaceLineEndings("|") == "a|b|c|d" && "a\r\nb".ReplaceLineEndings() == "a\nb", 15);
        Check("abcdef".Remove(2) == "ab" && "abcdef".Remove(1, 3) == "aef" && "abc".Insert(1, "XY") == "aXYbc" && "abc".Insert(3, "!") == "abc!", 16);
        Check(string.IsNullOrWhiteSpace(" \t\n\u00a0") && !string.IsNullOrWhiteSpace(" x ") && string.IsNullOrEmpty(null) && !string.IsNullOrEmpty(" "), 17);
        Check("ab".Replace("b", "") == "a" && "aaa".Replace("aa", "b") == "ba" && "abc".Replace('b', 'B') == "aBc" && "x".Replace("y", "z") == "x", 18);
        char[] arr = "stressed".ToCharArray();
        Array.Reverse(arr);
        Check(new string(arr) == "desserts" && "abc".ToCharArray(1, 2).Length == 2, 19);
        Check(string.Concat("ab".AsSpan(), "-".AsSpan(), "cd".AsSpan()) == "ab-cd" && "abc".AsSpan(1).ToString() == "bc", 20);
        Check("a-b-c".LastIndexOf('-') == 3 && "a-b-c".Substring("a-b-c".LastIndexOf('-') + 1) == "c", 21);
        Check(string.Empty.Length == 0 && "x".CompareTo(null) > 0 && "abc".GetHashCode() == "abc".GetHashCode(), 22);

        string[] items = { "apple", "fig", "banana", "kiwi" };
        double[] prices = { 1.5, 0.25, 12, 3.125 };
        Console.WriteLine("+" + new string('-', 10) + "+" + new string('-', 8) + "+");
        for (int i = 0; i < items.Length; i++)
            Console.WriteLine("|" + items[i].ToUpperInvariant().PadRight(10, '.') + "|" + prices[i].ToString("0.00").PadLeft(8) + "|");
        Console.WriteLine("+" + new string('-', 10) + "+" + new string('-', 8) + "+");
        Console.WriteLine("[" + "  trimmed  ".Trim() + "][" + "  trimmed  ".TrimStart() + "][" + "  trimmed  ".TrimEnd() + "]");
        Console.WriteLine("\u0130I\u0131i".ToLowerInvariant().Length + " " + "\u0130I\u0131i".ToUpperInvariant());
        return failed == 0 ? 100 : failed;
    }
}
