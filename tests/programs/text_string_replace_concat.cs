// String building blocks: Replace (char, string, with StringComparison, removal with empty,
// no match returns same instance), ReplaceLineEndings, Concat overloads (objects, nulls,
// IEnumerable), Join with nulls and ranges, string.Equals/CompareOrdinal ranges, Intern, Copy.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string s = "The cat sat on the Cat mat";
        Check(s.Replace('a', '4') == "The c4t s4t on the C4t m4t" && s.Replace("cat", "dog") == "The dog sat on the Cat mat", 1);
        Check(s.Replace("cat", "dog", StringComparison.OrdinalIgnoreCase) == "The dog sat on the dog mat" && s.Replace("CAT", "x", true, null) == "The x sat on the x mat", 2);
        Check(s.Replace(" ", "") == "ThecatsatontheCatmat" && s.Replace("at", null) == "The c s on the C m", 3);
        Check(ReferenceEquals(s.Replace("zzz", "y"), s) && ReferenceEquals(s.Replace('z', 'y'), s), 4);
        Check("aaaa".Replace("aa", "a") == "aa" && "abab".Replace("ab", "abab") == "abababab", 5);
        try { s.Replace("", "x"); Check(false, 6); } catch (ArgumentException e) { Console.WriteLine("empty oldValue: " + e.GetType().Name); }
        string mixed = "a\r\nb\nc\rd\u2028e\u0085f";
        Console.WriteLine(mixed.ReplaceLineEndings("|") + " " + mixed.ReplaceLineEndings("\n").Length);
        Check(mixed.ReplaceLineEndings("|") == "a|b|c|d|e|f", 7);
        Check(string.Concat("a", null, "b") == "ab" && string.Concat((object?)null) == "" && string.Concat(1, 'c', 2.5) == "1c2.5", 8);
        Check(string.Concat(new List<int> { 1, 2, 3 }) == "123" && string.Concat(new[] { "x", null, "y" }) == "xy" && string.Concat("a", "b", "c", "d") == "abcd", 9);
        Check(string.Concat(new object?[] { 1, null, true }) == "1True" && string.Concat(Array.Empty<string>()) == "", 10);
        Check(string.Join(",", new[] { "a", "b", "c", "d" }, 1, 2) == "b,c" && string.Join(", ", new List<string?> { "x", null, "z" }) == "x, , z", 11);
        Check(string.Join('-', 1, 2.5, 'c') == "1-2.5-c" && string.Join("", new string[0]) == "" && string.Join(null, "a", "b") == "ab", 12);
        Check(string.Equals("abc", "ABC", StringComparison.OrdinalIgnoreCase) && !string.Equals("abc", "ABC") && string.Equals(null, null) && !string.Equals("a", null), 13);
        Check(string.CompareOrdinal("xabcx", 1, "yabcy", 1, 3) == 0 && string.CompareOrdinal("abc", 0, "abd", 0, 3) < 0 && string.CompareOrdinal(null, "a") < 0, 14);
        string built = new string(new[] { 'i', 'n', 't', 'e', 'r', 'n' });
        Check(!ReferenceEquals(built, "intern") && ReferenceEquals(string.Intern(built), "intern") && string.IsInterned("intern") != null, 15);
        var objs = new object?[] { 42, "str", null, 3.5, new[] { 1 }, DayOfWeek.Monday, 'q', true };
        Console.WriteLine(string.Join(" | ", objs));
        Check(string.Join(" | ", objs) == "42 | str |  | 3.5 | System.Int32[] | Monday | q | True", 16);
        string big = string.Concat(System.Linq.Enumerable.Repeat("ab", 1000));
        Check(big.Length == 2000 && big.Replace("ab", "abc").Length == 3000 && big.Replace("b", "").Length == 1000, 17);
        var parts = "k1=v1;k2=v2;;k3".Split(';');
        var rebuilt = string.Join(";", Array.ConvertAll(parts, p => p.Contains('=') ? p.Replace("=", " => ") : "<" + p + ">"));
        Console.WriteLine(rebuilt);
        Check(rebuilt == "k1 => v1;k2 => v2;<>;<k3>", 18);
        Check("Hello".Insert(5, "!").Remove(0, 1).Replace('l', 'L') == "eLLo!", 19);
        Check(string.Create(5, 0, (span, _) => "abcde".AsSpan().CopyTo(span)) == "abcde" && "abc".Equals((object)"abc") && "abc".CompareTo("abd") < 0 && "b".CompareTo(null) > 0, 20);
        return failed == 0 ? 100 : failed;
    }
}
