// Strings: literals (interned: equal literals are one object), Length and indexing, equality,
// concatenation of strings, chars and numbers, string interpolation of strings, Substring,
// IndexOf, Replace, ToUpperInvariant, StringBuilder, char arrays, string.Join, and the empty
// string.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Get(string s) => s;

    static int Main()
    {
        string a = "hello";
        Check(a.Length == 5 && a[1] == 'e', 1);
        Check(ReferenceEquals(a, "hello") && ReferenceEquals(Get("x"), "x"), 2);
        string b = Get("hel") + Get("lo");
        Check(b == a && !ReferenceEquals(a, b) && b.Equals(a), 3);
        Check(string.Concat(a, " ", "world") == "hello world", 4);
        Check((a + '!').Length == 6 && (a + 'x')[5] == 'x', 5);
        Check("" == string.Empty && string.Empty.Length == 0 && string.IsNullOrEmpty(null), 6);
        Check(a.Substring(1, 3) == "ell" && a.Substring(3) == "lo", 7);
        Check(a.IndexOf('l') == 2 && a.IndexOf("lo", StringComparison.Ordinal) == 3 && a.IndexOf('z') == -1, 8);
        Check(a.Replace('l', 'L') == "heLLo", 9);
        Check(a.ToUpperInvariant() == "HELLO", 10);
        Check(a.StartsWith("he", StringComparison.Ordinal) && a.EndsWith("lo", StringComparison.Ordinal), 11);
        Check(string.CompareOrdinal("a", "b") < 0 && string.Equals("x", Get("x"), StringComparison.Ordinal), 12);

        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append('a' + i == 'c' ? 'C' : (char)('a' + i));
        sb.Append("xyz");
        Check(sb.ToString() == "abCdexyz" && sb.Length == 8, 13);

        char[] chars = { 'd', 'o', 't' };
        Check(new string(chars) == "dot" && new string('-', 3) == "---", 14);
        Check(string.Join(",", new[] { "a", "b", "c" }) == "a,b,c", 15);

        string unicode = "h\u00e9llo \u4e16\u754c \ud83d\ude00";
        Check(unicode.Length == 11 && unicode[1] == '\u00e9' && char.IsHighSurrogate(unicode[9]), 16);

        string name = Get("dotnative");
        Check($"{name}!" == "dotnative!" && $"[{name,-10}]".Length == 12, 17);

        Check(a.GetHashCode() == Get("hel" + Get("lo")).GetHashCode(), 18);
        Check("abc".CompareTo("abd") < 0, 19);
        Check(a.Contains("ell") && !a.Contains("xyz"), 20);
        Check("  trim  ".Trim() == "trim", 21);
        string[] parts = "a,b,,c".Split(',');
        Check(parts.Length == 4 && parts[3] == "c" && parts[2] == "", 22);
        return failed == 0 ? 100 : failed;
    }
}
