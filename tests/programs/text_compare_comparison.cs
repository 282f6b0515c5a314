// String comparison with explicit StringComparison: string.Compare/CompareOrdinal signs,
// Equals/==/StartsWith/EndsWith/IndexOf/LastIndexOf/Contains/Replace with Ordinal and
// OrdinalIgnoreCase (ASCII and non-ASCII letters), StringComparer instances, and sorting with them.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Sign(int x) => Math.Sign(x);

    static int Main()
    {
        var O = StringComparison.Ordinal; var OIC = StringComparison.OrdinalIgnoreCase;
        Check(Sign(string.Compare("a", "b", O)) == -1 && Sign(string.Compare("b", "a", O)) == 1 && string.Compare("a", "a", O) == 0, 1);
        Check(Sign(string.Compare("B", "a", O)) == -1 && Sign(string.Compare("B", "a", OIC)) == 1, 2);
        Check(string.Compare("HeLLo", "hello", OIC) == 0 && string.Compare("HeLLo", "hello", O) != 0, 3);
        Check(Sign(string.Compare(null, "a", O)) == -1 && Sign(string.Compare("a", null, O)) == 1 && string.Compare(null, null, O) == 0, 4);
        Check(Sign(string.Compare("abc", "ab", O)) == 1 && Sign(string.Compare("", "a", O)) == -1, 5);
        Check(Sign(string.CompareOrdinal("a", "B")) == 1 && string.CompareOrdinal("abcdef", 2, "xxcdyy", 2, 2) == 0, 6);
        Check(string.Compare("xxABCxx", 2, "abc", 0, 3, OIC) == 0, 7);
        Check(string.Equals("Stra\u00dfe", "STRA\u00dfE", OIC) && !string.Equals("Stra\u00dfe", "STRASSE", OIC), 8);
        Check(string.Equals("\u00e9t\u00e9", "\u00c9T\u00c9", OIC) && !string.Equals("\u00e9t\u00e9", "\u00c9T\u00c9", O), 9);
        Check("\u0430\u0431\u0432".Equals("\u0410\u0411\u0412", OIC) && "\u03c3".Equals("\u03a3", OIC), 10);
        Check("Hello World".StartsWith("hello", OIC) && !"Hello World".StartsWith("hello", O) && "Hello World".EndsWith("WORLD", OIC), 11);
        Check("abc".StartsWith("", O) && "abc".EndsWith("", OIC) && !"ab".StartsWith("abc", O), 12);
        Check("Hello World".IndexOf("o w", OIC) == 4 && "Hello World".IndexOf("o w", O) == -1, 13);
        Check("abcABCabc".IndexOf("ABC", 1, OIC) == 3 && "abcABCabc".LastIndexOf("abc", OIC) == 6 && "abcABCabc".LastIndexOf("ABC", O) == 3, 14);
        Check("abcABCabc".IndexOf("abc", 4, 5, O) == 6 && "abcABCabc".IndexOf("abc", 4, 4, O) == -1, 15);
        Check("abc".IndexOf("", O) == 0 && "abc".IndexOf("", 2, O) == 2 && "abc".LastIndexOf("", O) == 3, 16);
        Check("Hello".Contains("ELL", OIC) && !"Hello".Contains("ELL") && "Hello".Contains('l') && "Hello".Contains('L', OIC), 17);
        Check("aXbxc".Replace("x", "-", OIC) == "a-b-c" && "aXbxc".Replace("x", "-", O) == "aXb-c", 18);
        Check("xAAbaa".LastIndexOf("aa", OIC) == 4 && "xAAbaa".LastIndexOf("aa", 3, OIC) == 1, 19);
        Check("a\u00e9b".IndexOf("\u00c9", OIC) == 1, 20);

        Check(StringComparer.Ordinal.Equals("a", "a") && !StringComparer.Ordinal.Equals("a", "A") && StringComparer.OrdinalIgnoreCase.Equals("a", "A"), 21);
        Check(StringComparer.OrdinalIgnoreCase.GetHashCode("HeLLo") == StringComparer.OrdinalIgnoreCase.GetHashCode("hello"), 22);
        Check(Sign(StringComparer.Ordinal.Compare("Z", "a")) == -1 && Sign(StringComparer.OrdinalIgnoreCase.Compare("Z", "a")) == 1, 23);
        Check(StringComparer.FromComparison(OIC).Equals("X", "x") && StringComparer.FromComparison(O) == StringComparer.Ordinal, 24);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Apple", "APPLE", "apple", "\u00c4pfel", "\u00e4PFEL" };
        Check(set.Count == 2, 25);
        Check(set.Contains("\u00c4PFEL") && !set.Contains("Apfel"), 26);

        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "_x", "Zed", "\u00e9clair", "10", "9" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words));
        words.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", words));
        foreach (var (a, b) in new[] { ("a", "A"), ("abc", "abd"), ("", "x"), ("\u00e9", "f"), ("Z", "a") })
            Console.WriteLine($"{a}/{b}: {Sign(string.Compare(a, b, O))} {Sign(string.Compare(a, b, OIC))} {Sign(string.CompareOrdinal(a, b))} {string.Equals(a, b, OIC)}");
        return failed == 0 ? 100 : failed;
    }
}
