// System.Collections.Frozen: FrozenDictionary and FrozenSet built from int and string keys (small
// and large, ordinal and ignore-case comparers), lookups, TryGetValue, GetValueRefOrNullRef,
// Keys/Values counts, Contains, set comparisons, and that unknown keys are absent.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var small = new Dictionary<string, int> { ["red"] = 1, ["green"] = 2, ["blue"] = 3 }.ToFrozenDictionary();
        Console.WriteLine($"{small.Count} {small["green"]} {small.ContainsKey("RED")} {small.TryGetValue("blue", out var bv)} {bv}");
        Check(small.Count == 3 && small["green"] == 2 && !small.ContainsKey("RED") && bv == 3, 1);
        var ci = new[] { "Alpha", "Beta", "Gamma", "Delta", "Epsilon" }.ToFrozenDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine($"{ci["alpha"]} {ci["EPSILON"]} {ci.ContainsKey("zeta")}");
        Check(ci["alpha"] == 5 && ci["EPSILON"] == 7 && !ci.ContainsKey("zeta"), 2);
        var ints = Enumerable.Range(0, 500).ToFrozenDictionary(i => i * 3, i => "v" + i);
        Console.WriteLine($"{ints.Count} {ints[300]} {ints.ContainsKey(301)} {ints.Keys.Length} {ints.Values.Length}");
        Check(ints.Count == 500 && ints[300] == "v100" && !ints.ContainsKey(301), 3);
        ref readonly string r = ref ints.GetValueRefOrNullRef(1497);
        Console.WriteLine(r);
        Check(r == "v499", 4);
        try { var x = ints[2]; Check(false, 5); }
        catch (KeyNotFoundException ex) { Console.WriteLine(ex.GetType().Name); }
        var longKeys = Enumerable.Range(0, 200).Select(i => "key_" + i.ToString("D4")).ToFrozenDictionary(s => s, s => s.GetHashCode() != 0);
        Check(longKeys.Count == 200 && longKeys.ContainsKey("key_0199") && !longKeys.ContainsKey("key_0200"), 6);
        long sum = 0;
        foreach (var kv in ints) sum += kv.Key;
        Console.WriteLine(sum);
        Check(sum == 3L * 499 * 500 / 2, 7);
        var set = new[] { 5, 1, 9, 1, 5, 3 }.ToFrozenSet();
        Console.WriteLine($"{set.Count} {set.Contains(9)} {set.Contains(2)} {string.Join(",", set.OrderBy(x => x))}");
        Check(set.Count == 4 && set.Contains(9) && !set.Contains(2), 8);
        Console.WriteLine($"{set.IsSubsetOf(new[] { 1, 3, 5, 9, 11 })} {set.IsProperSupersetOf(new[] { 1, 3 })} {set.SetEquals(new[] { 9, 5, 3, 1 })} {set.Overlaps(new[] { 0, 2 })}");
        Check(set.IsSubsetOf(new[] { 1, 3, 5, 9, 11 }) && set.SetEquals(new[] { 9, 5, 3, 1 }), 9);
        var sset = new[] { "One", "two", "THREE" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Check(sset.Contains("one") && sset.Contains("Three") && !sset.Contains("four"), 10);
        Console.WriteLine($"{sset.TryGetValue("TWO", out var actual)} {actual}");
        Check(actual == "two", 11);
        var empty = new Dictionary<int, int>().ToFrozenDictionary();
        Console.WriteLine($"{empty.Count} {empty.ContainsKey(0)} {FrozenSet<int>.Empty.Count}");
        Check(empty.Count == 0, 12);
        return failed == 0 ? 100 : failed;
    }
}
