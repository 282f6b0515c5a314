// StringComparer.Ordinal and OrdinalIgnoreCase (and InvariantCulture ignore-case) as dictionary,
// set and sort comparers: lookups across case, non-ASCII letters, Compare signs, Equals with null,
// GetHashCode consistency for equal strings, and SortedDictionary ordering under each comparer.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var ord = new Dictionary<string, int>(StringComparer.Ordinal) { ["Key"] = 1, ["key"] = 2, ["KEY"] = 3 };
        var ic = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in new[] { "Key", "key", "KEY", "other" }) ic[k] = ic.GetValueOrDefault(k) + 1;
        Console.WriteLine($"ordinal {ord.Count} ignorecase {ic.Count} ic[kEy]={ic["kEy"]} first key={ic.Keys.First()}");
        Check(ord.Count == 3 && ic.Count == 2 && ic["kEy"] == 3 && ic.Keys.First() == "Key", 1);
        var o = StringComparer.Ordinal;
        var oi = StringComparer.OrdinalIgnoreCase;
        Console.WriteLine($"{Math.Sign(o.Compare("a", "B"))} {Math.Sign(oi.Compare("a", "B"))} {Math.Sign(o.Compare(null, "a"))} {o.Compare(null, null)} {Math.Sign(o.Compare("abc", "ab"))}");
        Check(o.Compare("a", "B") > 0 && oi.Compare("a", "B") < 0 && o.Compare(null, "a") < 0, 2);
        Console.WriteLine($"{o.Equals("x", "X")} {oi.Equals("x", "X")} {oi.Equals(null, null)} {oi.Equals("x", null)}");
        Check(!o.Equals("x", "X") && oi.Equals("x", "X") && oi.Equals(null, null) && !oi.Equals("x", null), 3);
        Check(oi.GetHashCode("HeLLo") == oi.GetHashCode("hello") && o.GetHashCode("abc") == o.GetHashCode(new string("abc".ToCharArray())), 4);
        Console.WriteLine($"{oi.Equals("ÄÖÜ", "äöü")} {oi.Equals("Straße", "STRASSE")} {oi.Equals("ǅ", "ǆ")}");
        Check(oi.Equals("ÄÖÜ", "äöü") && !oi.Equals("Straße", "STRASSE"), 5);
        Check(oi.GetHashCode("ÄBC") == oi.GetHashCode("äbc"), 6);
        var words = new[] { "banana", "Apple", "cherry", "apple", "Banana", "_x", "Zed" };
        var s1 = words.OrderBy(w => w, StringComparer.Ordinal).ToArray();
        var s2 = words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase).ToArray();
        var s3 = words.OrderBy(w => w, StringComparer.InvariantCultureIgnoreCase).ToArray();
        Console.WriteLine(string.Join(" ", s1));
        Console.WriteLine(string.Join(" ", s2));
        Console.WriteLine(string.Join(" ", s3));
        Check(s1[0] == "Apple" && s1[2] == "Zed" && s1[3] == "_x", 7);
        var sd = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in words) sd[w] = sd.GetValueOrDefault(w) + 1;
        Console.WriteLine(string.Join(" ", sd.Select(kv => kv.Key + ":" + kv.Value)));
        Check(sd.Count == 5 && sd["APPLE"] == 2, 8);
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(set.Count);
        Check(set.Count == 5 && set.Contains("ZED"), 9);
        var grouped = words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Select(g => g.Key + "x" + g.Count());
        Console.WriteLine(string.Join(" ", grouped));
        var distinct = words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Console.WriteLine(string.Join(" ", distinct));
        Check(distinct.Count == 5 && distinct[0] == "banana", 10);
        Check(words.Contains("ZED", StringComparer.OrdinalIgnoreCase) && !words.Contains("ZED"), 11);
        Console.WriteLine($"{string.Equals("a", "A", StringComparison.OrdinalIgnoreCase)} {string.Compare("a", "A", StringComparison.Ordinal)} {string.Compare("abc", "ABD", StringComparison.OrdinalIgnoreCase)}");
        Check(StringComparer.FromComparison(StringComparison.OrdinalIgnoreCase).Equals("Q", "q"), 12);
        return failed == 0 ? 100 : failed;
    }
}
