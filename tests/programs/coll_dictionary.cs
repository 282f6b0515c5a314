// Dictionary<TKey,TValue>: add/overwrite, TryGetValue, ContainsKey/ContainsValue, Remove,
// duplicate Add throwing, KeyNotFoundException, enumeration of pairs, growth past many
// resizes, custom key types with Equals/GetHashCode, custom comparers, TryAdd, GetValueOrDefault.
using System;
using System.Collections.Generic;

class Key
{
    public int A; public string B;
    public override bool Equals(object o) => o is Key k && k.A == A && k.B == B;
    public override int GetHashCode() => A * 31 + (B?.Length ?? 0);
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var d = new Dictionary<string, int>();
        d["one"] = 1; d["two"] = 2; d["one"] = 11;
        Check(d.Count == 2 && d["one"] == 11, 1);
        Check(d.TryGetValue("two", out var v) && v == 2 && !d.TryGetValue("three", out v) && v == 0, 2);
        Check(d.ContainsKey("one") && d.ContainsValue(2) && !d.ContainsValue(1), 3);
        bool threw = false;
        try { d.Add("one", 5); } catch (ArgumentException) { threw = true; }
        Check(threw, 4);
        threw = false;
        try { var x = d["zzz"]; } catch (KeyNotFoundException) { threw = true; }
        Check(threw, 5);
        Check(d.Remove("one") && !d.Remove("one") && d.Count == 1, 6);
        Check(d.TryAdd("x", 1) && !d.TryAdd("x", 2) && d["x"] == 1, 7);
        Check(d.GetValueOrDefault("nope", -1) == -1, 8);
        var big = new Dictionary<int, int>();
        for (int i = 0; i < 20_000; i++) big[i * 7] = i;
        Check(big.Count == 20_000 && big[139_993] == 19_999 && !big.ContainsKey(1), 9);
        for (int i = 0; i < 20_000; i += 2) big.Remove(i * 7);
        Check(big.Count == 10_000 && big.ContainsKey(7) && !big.ContainsKey(14), 10);
        long ks = 0, vs = 0;
        foreach (var kv in big) { ks += kv.Key; vs += kv.Value; }
        Check(vs == 100_000_000L && ks == 7 * vs, 11);
        var custom = new Dictionary<Key, string> { [new Key { A = 1, B = "x" }] = "first" };
        Check(custom[new Key { A = 1, B = "x" }] == "first" && !custom.ContainsKey(new Key { A = 1, B = "y" }), 12);
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Hello"] = 5 };
        Check(ci["HELLO"] == 5 && ci.ContainsKey("hello"), 13);
        var keys = new List<string>(new Dictionary<string, int> { ["b"] = 1, ["a"] = 2 }.Keys);
        Check(keys.Count == 2 && keys[0] == "b", 14);
        threw = false;
        try { foreach (var k in d.Keys) d["new" + k] = 0; } catch (InvalidOperationException) { threw = true; }
        Check(threw, 15);
        var nullable = new Dictionary<int, string> { [1] = null };
        Check(nullable.ContainsKey(1) && nullable[1] == null, 16);
        return failed == 0 ? 100 : failed;
    }
}
