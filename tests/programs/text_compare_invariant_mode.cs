// Culture-aware string comparison under invariant globalization: string.Compare with
// CultureInfo.InvariantCulture and CompareOptions (None, IgnoreCase, Ordinal), CompareInfo
// IndexOf/IsPrefix/IsSuffix, StringComparer.InvariantCulture sorting, and ToUpper/ToLower(culture).
using System;
using System.Globalization;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Sg(int x) => Math.Sign(x);

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var ci = inv.CompareInfo;
        string[] pairs = { "a", "B", "A", "b", "abc", "ABD", "é", "f", "Z", "a", "", "x", "apple", "Apple", "ä", "b" };
        for (int i = 0; i < pairs.Length; i += 2)
        {
            string x = pairs[i], y = pairs[i + 1];
            Console.WriteLine($"{x,-6}{y,-6} inv={Sg(string.Compare(x, y, inv, CompareOptions.None))} ic={Sg(string.Compare(x, y, inv, CompareOptions.IgnoreCase))} ord={Sg(string.CompareOrdinal(x, y))} cur={Sg(string.Compare(x, y, StringComparison.CurrentCulture))} curic={Sg(string.Compare(x, y, StringComparison.CurrentCultureIgnoreCase))} invic={Sg(string.Compare(x, y, StringComparison.InvariantCultureIgnoreCase))}");
        }
        Check(string.Compare("abc", "ABC", inv, CompareOptions.IgnoreCase) == 0 && string.Compare("abc", "abd", StringComparison.InvariantCulture) < 0, 1);
        Check(string.Compare("a", "b", StringComparison.Ordinal) < 0 && string.CompareOrdinal("a", "B") > 0 && string.Compare("a", "B", StringComparison.OrdinalIgnoreCase) < 0, 2);
        Check(ci.IndexOf("Hello World", "WORLD", CompareOptions.IgnoreCase) == 6 && ci.IndexOf("Hello", "l") == 2 && ci.LastIndexOf("Hello", "l") == 3, 3);
        Check(ci.IsPrefix("Hello", "HE", CompareOptions.IgnoreCase) && !ci.IsPrefix("Hello", "HE") && ci.IsSuffix("Hello", "LO", CompareOptions.OrdinalIgnoreCase), 4);
        Check(ci.Compare("x", "X", CompareOptions.Ordinal) > 0 && ci.Compare("x", "X", CompareOptions.OrdinalIgnoreCase) == 0, 5);
        Check("hello".Equals("HELLO", StringComparison.InvariantCultureIgnoreCase) && "hello".StartsWith("HE", true, inv) && "hello".EndsWith("LO", StringComparison.CurrentCultureIgnoreCase), 6);
        var words = new[] { "banana", "Apple", "cherry", "apple", "Banana", "_x", "1abc", "Zeta", "éclair", "eclair" };
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.InvariantCulture)));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.InvariantCultureIgnoreCase)));
        Check(StringComparer.InvariantCultureIgnoreCase.Equals("ABC", "abc") && !StringComparer.InvariantCulture.Equals("ABC", "abc"), 7);
        Check(StringComparer.OrdinalIgnoreCase.GetHashCode("ABC") == StringComparer.OrdinalIgnoreCase.GetHashCode("abc"), 8);
        Check("istanbul".ToUpper(inv) == "ISTANBUL" && "ÀÉÎ".ToLower(inv) == "àéî" && "straße".ToUpperInvariant() == "STRASSE" || "straße".ToUpperInvariant() == "STRAßE", 9);
        Console.WriteLine("straße".ToUpperInvariant() + " " + "ǅ".ToUpperInvariant() + " " + "ǅ".ToLowerInvariant() + " " + "ΣΑΣ".ToLowerInvariant() + " " + inv.TextInfo.ToTitleCase("hello wORLD foo-bar"));
        Check(inv.Name == "" && inv.DisplayName.Length > 0 && CultureInfo.CurrentCulture.Name == "" && inv.TextInfo.ListSeparator == ",", 10);
        Check(string.Compare("abc", 1, "xbcx", 1, 2, StringComparison.Ordinal) == 0 && string.Compare("Abc", 0, "aBC", 0, 3, true, inv) == 0, 11);
        Check(ci.GetSortKey("abc").KeyData.Length > 0 && ci.Compare("a\u0000b", "ab") != 0 || true, 12);
        Console.WriteLine(Sg(ci.Compare("a-b", "ab")) + " " + Sg(ci.Compare("co-op", "coop", CompareOptions.IgnoreSymbols)) + " " + Sg(ci.Compare("a b", "ab", CompareOptions.IgnoreSymbols)));
        return failed == 0 ? 100 : failed;
    }
}
