// ConcurrentDictionary value updates from one thread: AddOrUpdate (add and update paths, with a
// factory argument), TryUpdate with matching and stale comparison values, indexer overwrite of an
// existing key, GetOrAdd leaving existing values alone, for int, string and struct values.
using System;
using System.Collections.Concurrent;
using System.Linq;

struct Pt { public int X, Y; public override string ToString() => $"({X},{Y})"; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var cd = new ConcurrentDictionary<string, int>();
        cd["a"] = 1;
        int u1 = cd.AddOrUpdate("a", 100, (k, old) => old + 1);
        int u2 = cd.AddOrUpdate("z", 100, (k, old) => old + 1);
        int u3 = cd.AddOrUpdate("y", k => k.Length, (k, old) => old * 2);
        int u4 = cd.AddOrUpdate("y", (k, arg) => arg, (k, old, arg) => old + arg, 40);
        Console.WriteLine($"{u1} {u2} {u3} {u4}");
        Check(u1 == 2 && u2 == 100 && u3 == 1 && u4 == 41, 1);
        Check(cd.TryUpdate("a", 50, 2) && !cd.TryUpdate("a", 60, 2) && cd["a"] == 50, 2);
        Check(!cd.TryUpdate("missing", 1, 0), 3);
        cd["a"] = 7;
        Console.WriteLine($"{cd["a"]} {cd.GetOrAdd("a", 99)}");
        Check(cd["a"] == 7, 4);
        for (int i = 0; i < 100; i++) cd.AddOrUpdate("counter", 1, (k, v) => v + 1);
        Console.WriteLine(cd["counter"]);
        Check(cd["counter"] == 100, 5);
        var names = new ConcurrentDictionary<int, string>();
        names[1] = "one";
        names[1] = "uno";
        Check(names.TryUpdate(1, "eins", "uno") && names[1] == "eins", 6);
        var pts = new ConcurrentDictionary<int, Pt>();
        pts[0] = new Pt { X = 1 };
        pts.AddOrUpdate(0, new Pt(), (k, p) => new Pt { X = p.X + 1, Y = 9 });
        Console.WriteLine(pts[0]);
        Check(pts[0].X == 2 && pts[0].Y == 9, 7);
        var longs = new ConcurrentDictionary<string, long>();
        longs["x"] = 1; longs["x"] = long.MaxValue;
        var decs = new ConcurrentDictionary<string, decimal>();
        decs["d"] = 1.5m; decs.AddOrUpdate("d", 0m, (k, v) => v * 2);
        Console.WriteLine($"{longs["x"]} {decs["d"]}");
        Check(decs["d"] == 3m, 8);
        Console.WriteLine(string.Join(",", cd.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));
        return failed == 0 ? 100 : failed;
    }
}
