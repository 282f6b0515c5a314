// Dictionary<TKey,TValue> less common members: Remove(key, out value), TryAdd, EnsureCapacity and
// TrimExcess, Keys/Values views staying live, CopyTo of pairs, enumeration order after removals
// then re-adds (int keys), struct keys, enum keys, null values, and the comparer property.
using System;
using System.Collections.Generic;
using System.Linq;

enum Suit { Clubs, Diamonds, Hearts, Spades }
struct Cell : IEquatable<Cell>
{
    public int R, C;
    public bool Equals(Cell o) => R == o.R && C == o.C;
    public override bool Equals(object o) => o is Cell c && Equals(c);
    public override int GetHashCode() => HashCode.Combine(R, C);
    public override string ToString() => $"({R},{C})";
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var d = new Dictionary<int, string>();
        for (int i = 0; i < 8; i++) d[i * 10] = "v" + i;
        Check(d.Remove(30, out var removed) && removed == "v3" && !d.Remove(30, out removed) && removed == null, 1);
        d.Remove(50);
        d[99] = "new1"; d[77] = "new2";
        Console.WriteLine(string.Join(" ", d.Select(kv => kv.Key)));
        var keys = d.Keys; var values = d.Values;
        d[1000] = "late";
        Console.WriteLine($"{keys.Count} {values.Count} {keys.Contains(1000)} {values.Last()}");
        Check(keys.Count == 9 && keys.Contains(1000), 2);
        var pairs = new KeyValuePair<int, string>[d.Count + 1];
        ((ICollection<KeyValuePair<int, string>>)d).CopyTo(pairs, 1);
        Console.WriteLine($"{pairs[0].Value ?? "null"} {pairs[1]} {pairs[^1]}");
        int cap = d.EnsureCapacity(1000);
        Console.WriteLine($"cap>=1000 {cap >= 1000}");
        d.TrimExcess();
        Console.WriteLine($"count after trim {d.Count} lookup {d[70]}");
        Check(d[70] == "v7", 3);
        var cells = new Dictionary<Cell, int>();
        for (int r = 0; r < 10; r++) for (int c = 0; c < 10; c++) cells[new Cell { R = r, C = c }] = r * c;
        Console.WriteLine($"{cells.Count} {cells[new Cell { R = 7, C = 8 }]} {cells.ContainsKey(new Cell { R = 10, C = 0 })}");
        Check(cells[new Cell { R = 7, C = 8 }] == 56, 4);
        var suits = new Dictionary<Suit, int> { [Suit.Spades] = 4, [Suit.Clubs] = 1 };
        suits[Suit.Hearts] = 3;
        Console.WriteLine(string.Join(" ", suits.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{kv.Value}")));
        Check(suits[Suit.Hearts] == 3 && !suits.ContainsKey(Suit.Diamonds), 5);
        var withNull = new Dictionary<string, object> { ["a"] = null };
        Console.WriteLine($"{withNull.ContainsKey("a")} {withNull.ContainsValue(null)} {withNull.TryGetValue("a", out var nv)} {nv == null}");
        Check(withNull.ContainsValue(null), 6);
        Console.WriteLine($"{d.Comparer == EqualityComparer<int>.Default} {new Dictionary<string, int>(StringComparer.Ordinal).Comparer == StringComparer.Ordinal}");
        var copy = new Dictionary<int, string>(d);
        copy.Clear();
        Console.WriteLine($"{copy.Count} {d.Count}");
        Check(copy.Count == 0 && d.Count == 9, 7);
        var fromPairs = new Dictionary<string, int>(new[] { KeyValuePair.Create("x", 1), KeyValuePair.Create("y", 2) });
        Console.WriteLine(string.Join(",", fromPairs));
        var order = new Dictionary<int, int>();
        for (int i = 0; i < 5; i++) order[i] = i;
        order.Remove(1); order.Remove(3);
        order[10] = 10; order[11] = 11; order[12] = 12;
        Console.WriteLine(string.Join(",", order.Keys));
        Check(order.Count == 6, 8);
        var big = new Dictionary<long, int>();
        for (long i = 0; i < 50000; i++) big.Add(i * 1_000_003L, (int)i);
        long s = 0; foreach (var v in big.Values) s += v;
        Console.WriteLine($"{big.Count} {s} {big[49999L * 1_000_003L]}");
        Check(s == 49999L * 50000 / 2, 9);
        return failed == 0 ? 100 : failed;
    }
}
