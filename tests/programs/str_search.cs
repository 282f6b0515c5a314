// String searching and slicing: Substring (with bounds errors), IndexOf/LastIndexOf of chars
// and strings with start positions, Contains, StartsWith/EndsWith (ordinal), IndexOfAny,
// Split with options, Replace, Trim family, PadLeft/PadRight, Insert/Remove.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string s = "the quick brown fox jumps over the lazy dog";
        Check(s.Substring(4, 5) == "quick" && s.Substring(40) == "dog", 1);
        bool threw = false;
        try { s.Substring(40, 10); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 2);
        Check(s.IndexOf('q') == 4 && s.IndexOf("the") == 0 && s.IndexOf("the", 1) == 31 && s.LastIndexOf("the") == 31, 3);
        Check(s.IndexOf('z') == 37 && s.IndexOf("cat") == -1 && s.LastIndexOf('o') == 41, 4);
        Check(s.Contains("fox") && !s.Contains("Fox") && s.Contains('j'), 5);
        Check(s.StartsWith("the", StringComparison.Ordinal) && s.EndsWith("dog", StringComparison.Ordinal), 6);
        Check(s.IndexOfAny(new[] { 'x', 'z' }) == 18, 7);
        var words = s.Split(' ');
        Check(words.Length == 9 && words[8] == "dog", 8);
        var parts = "a,,b,".Split(',', StringSplitOptions.RemoveEmptyEntries);
        Check(parts.Length == 2 && parts[1] == "b", 9);
        Check("a,,b,".Split(',').Length == 4, 10);
        Check(" a - b ".Split('-', StringSplitOptions.TrimEntries)[1] == "b", 11);
        Check(s.Replace("the", "a") == "a quick brown fox jumps over a lazy dog", 12);
        Check("aaa".Replace('a', 'b') == "bbb" && "abc".Replace("x", "y") == "abc", 13);
        Check("  x  ".Trim() == "x" && "  x  ".TrimStart() == "x  " && "xxhixx".Trim('x') == "hi", 14);
        Check("7".PadLeft(3, '0') == "007" && "ab".PadRight(4) == "ab  ", 15);
        Check("hello".Insert(2, "XX") == "heXXllo" && "hello".Remove(1, 3) == "ho" && "hello".Remove(2) == "he", 16);
        Check("Hello".ToUpperInvariant() == "HELLO" && "Hello".ToLowerInvariant() == "hello", 17);
        Check(string.CompareOrdinal("a", "b") < 0 && string.Compare("b", "a", StringComparison.Ordinal) > 0, 18);
        Check("abcabc".IndexOf("ca", StringComparison.Ordinal) == 2, 19);
        int count = 0, pos = 0;
        while ((pos = s.IndexOf('o', pos)) >= 0) { count++; pos++; }
        Check(count == 4, 20);
        Check(s[^3..] == "dog" && s[4..9] == "quick", 21);
        return failed == 0 ? 100 : failed;
    }
}
