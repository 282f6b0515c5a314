// Properties and indexers: auto-properties with initializers, computed properties, private
// setters, init-only, static properties, indexers with multiple parameters and overloads
// (int and string), indexers on structs, expression-bodied members, and required members.
using System;
using System.Collections.Generic;

class Grid
{
    private readonly int[] cells;
    public int Width { get; }
    public int Height { get; }
    public int Area => Width * Height;
    public int Writes { get; private set; }
    public Grid(int w, int h) { Width = w; Height = h; cells = new int[w * h]; }
    public int this[int x, int y] { get => cells[y * Width + x]; set { cells[y * Width + x] = value; Writes++; } }
    public int this[string name] => name == "sum" ? Sum() : -1;
    int Sum() { int s = 0; foreach (var c in cells) s += c; return s; }
}

class Config
{
    public required string Name { get; init; }
    public int Retries { get; init; } = 3;
    public List<string> Tags { get; } = new();
    public static int Instances { get; private set; }
    public Config() => Instances++;
}

struct Bits
{
    private uint raw;
    public bool this[int bit] { get => (raw & (1u << bit)) != 0; set => raw = value ? raw | (1u << bit) : raw & ~(1u << bit); }
    public uint Raw => raw;
}

class Lazy2
{
    private string cached;
    public int Computes;
    public string Value => cached ??= Compute();
    string Compute() { Computes++; return "computed"; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var g = new Grid(4, 3);
        g[1, 2] = 5; g[3, 0] = 7; g[1, 2] += 1;
        Check(g[1, 2] == 6 && g[3, 0] == 7 && g.Writes == 3, 1);
        Check(g.Area == 12 && g["sum"] == 13 && g["x"] == -1, 2);
        var c = new Config { Name = "svc" };
        c.Tags.Add("a");
        Check(c.Name == "svc" && c.Retries == 3 && c.Tags.Count == 1, 3);
        var c2 = new Config { Name = "other", Retries = 5 };
        Check(c2.Retries == 5 && Config.Instances == 2, 4);
        var b = new Bits();
        b[0] = true; b[5] = true; b[31] = true;
        Check(b[5] && !b[4] && b.Raw == 0x80000021u, 5);
        b[5] = false;
        Check(b.Raw == 0x80000001u, 6);
        var l = new Lazy2();
        Check(l.Value == "computed" && l.Value == "computed" && l.Computes == 1, 7);
        return failed == 0 ? 100 : failed;
    }
}
