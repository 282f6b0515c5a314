// String basics without printing: concatenation of strings, chars, numbers and null,
// equality (== is by value, ReferenceEquals is not), indexer, Length, literal interning,
// string.Concat/Join over collections, and IndexOutOfRange on the indexer.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static string S(string s) => s;

    static int Main()
    {
        string a = S("hello"), b = S(" world");
        string c = a + b;
        Check(c == "hello world" && c.Length == 11, 1);
        string built = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
        Check(built == a && !ReferenceEquals(built, a) && built.Equals(a), 2);
        Check(ReferenceEquals("lit", "lit") && ReferenceEquals(string.Intern(built), "hello"), 3);
        Check(a + 1 + 2 == "hello12" && 1 + 2 + a == "3hello" && a + 'x' == "hellox", 4);
        string n = null;
        Check(a + n == "hello" && n + n == "" && (n + 5) == "5", 5);
        Check(c[0] == 'h' && c[10] == 'd' && c[5] == ' ', 6);
        bool threw = false;
        try { var ch = c[S("x").Length + 10]; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 7);
        Check(string.Concat("a", "b", "c", "d", "e") == "abcde" && string.Concat(new[] { "x", "y" }) == "xy", 8);
        Check(string.Join(",", new[] { 1, 2, 3 }) == "1,2,3" && string.Join("", new string[0]) == "", 9);
        Check(string.Empty.Length == 0 && "" == string.Empty && string.IsNullOrEmpty(n) && string.IsNullOrWhiteSpace("  \t"), 10);
        string acc = "";
        for (int i = 0; i < 100; i++) acc += (char)('a' + i % 26);
        Check(acc.Length == 100 && acc[26] == 'a' && acc[99] == 'v', 11);
        Check(new string('-', 5) == "-----" && "abc" != "abd" && "abc" != "ab", 12);
        Check(string.Equals("ABC", "abc", StringComparison.OrdinalIgnoreCase) && !string.Equals("ABC", "abc"), 13);
        Check(a.GetHashCode() == built.GetHashCode(), 14);
        char[] arr = c.ToCharArray();
        Array.Reverse(arr);
        Check(new string(arr) == "dlrow olleh", 15);
        Check("\u00e9" == "é" && "tab\there".Length == 8 && @"a\b".Length == 3, 16);
        Check($"{a}-{42}-{1.5}" == "hello-42-1.5", 17);
        return failed == 0 ? 100 : failed;
    }
}
