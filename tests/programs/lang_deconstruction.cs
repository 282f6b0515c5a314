// Deconstruction: tuples into new and existing variables, discards, user Deconstruct methods
// (instance and extension, overloaded by arity), nested deconstruction, deconstruction in
// foreach over dictionaries (KeyValuePair.Deconstruct) and mixed declarations.
using System;
using System.Collections.Generic;

class Rgb
{
    public byte R, G, B;
    public void Deconstruct(out byte r, out byte g, out byte b) { r = R; g = G; b = B; }
    public void Deconstruct(out int sum, out bool dark) { sum = R + G + B; dark = sum < 100; }
}
static class Ext { public static void Deconstruct(this DateTime d, out int y, out int m, out int day) { y = d.Year; m = d.Month; day = d.Day; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var (a, b) = (1, "x");
        Check(a == 1 && b == "x", 1);
        int p; string q;
        (p, q) = (2, "y");
        Check(p == 2 && q == "y", 2);
        var (_, second, _) = (1, 2, 3);
        Check(second == 2, 3);
        var (r, g, bl) = new Rgb { R = 10, G = 20, B = 30 };
        Check(r == 10 && g == 20 && bl == 30, 4);
        var (sum, dark) = new Rgb { R = 10, G = 20, B = 30 };
        Check(sum == 60 && dark, 5);
        var (y, m, d) = new DateTime(2024, 2, 29);
        Check(y == 2024 && m == 2 && d == 29, 6);
        var ((x1, y1), (x2, y2)) = ((1, 2), (3, 4));
        Check(x1 + y1 + x2 + y2 == 10, 7);
        var dict = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        int total = 0; string keys = "";
        foreach (var (k, v) in dict) { total += v; keys += k; }
        Check(total == 3 && keys.Length == 2, 8);
        int existing = 0;
        (existing, var fresh) = (5, 6);
        Check(existing == 5 && fresh == 6, 9);
        var arr = new[] { (1, 'a'), (2, 'b') };
        int s = 0;
        foreach (var (n, c) in arr) s += n * c;
        Check(s == 97 + 196, 10);
        (int, int) pt = (7, 8);
        var (px, py) = pt;
        Check(px == 7 && py == 8, 11);
        return failed == 0 ? 100 : failed;
    }
}
