// Array instances: Clone is shallow (shared element objects, independent slots), CopyTo with
// offsets, Array.Empty identity, covariance reads, rank-2 and rank-3 arrays (Rank, GetLength,
// GetUpperBound, Length, element enumeration order, Clone), jagged vs rectangular, and Array.IndexOf
// on object arrays with nulls.
using System;
using System.Collections.Generic;

sealed class Box { public int V; public override string ToString() => "B" + V; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var boxes = new[] { new Box { V = 1 }, new Box { V = 2 } };
        var clone = (Box[])boxes.Clone();
        clone[0].V = 10;
        clone[1] = new Box { V = 20 };
        Console.WriteLine($"{string.Join(",", (object[])boxes)} {string.Join(",", (object[])clone)} {ReferenceEquals(boxes[0], clone[0])}");
        Check(boxes[0].V == 10 && boxes[1].V == 2, 1);
        int[] src = { 1, 2, 3 }, dst = new int[6];
        src.CopyTo(dst, 2);
        Console.WriteLine(string.Join(",", dst));
        Check(dst[2] == 1 && dst[4] == 3, 2);
        Console.WriteLine($"{ReferenceEquals(Array.Empty<int>(), Array.Empty<int>())} {Array.Empty<string>().Length}");
        object[] cov = new string[] { "a", "b" };
        Console.WriteLine($"{cov[1]} {cov.GetType().Name} {cov.Length}");
        int[,] grid = new int[3, 4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r, c] = r * 10 + c;
        Console.WriteLine($"rank {grid.Rank} len {grid.Length} dims {grid.GetLength(0)}x{grid.GetLength(1)} ub {grid.GetUpperBound(1)} lb {grid.GetLowerBound(0)}");
        Check(grid.Rank == 2 && grid.Length == 12 && grid.GetUpperBound(1) == 3, 3);
        var flat = new List<int>();
        foreach (int v in grid) flat.Add(v);
        Console.WriteLine(string.Join(",", flat));
        Check(flat[4] == 10 && flat[11] == 23, 4);
        var g2 = (int[,])grid.Clone();
        g2[0, 0] = 99;
        Console.WriteLine($"{grid[0, 0]} {g2[0, 0]} {g2[2, 3]}");
        Check(grid[0, 0] == 0 && g2[2, 3] == 23, 5);
        var cube = new string[2, 2, 2];
        cube[1, 1, 1] = "corner";
        Console.WriteLine($"rank {cube.Rank} len {cube.Length} {cube[1, 1, 1]} {cube[0, 0, 0] ?? "null"}");
        Check(cube.Rank == 3 && cube.Length == 8, 6);
        int[,] init = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        int sum = 0; foreach (var v in init) sum += v;
        Console.WriteLine($"{init.GetLength(0)} {init.GetLength(1)} {sum} {init[2, 1]}");
        Check(sum == 21, 7);
        int[][] jag = { new[] { 1 }, new[] { 2, 3 }, new int[0] };
        Console.WriteLine($"{jag.Length} {jag[1].Length} {jag.Rank} {jag[2].Length}");
        try { Console.WriteLine(grid[3, 0]); Check(false, 8); }
        catch (IndexOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        object[] withNull = { "x", null, 3, null };
        Console.WriteLine($"{Array.IndexOf(withNull, null)} {Array.LastIndexOf(withNull, null)} {Array.IndexOf(withNull, 3)}");
        Check(Array.IndexOf(withNull, null) == 1 && Array.IndexOf(withNull, 3) == 2, 9);
        Array.Clear(grid);
        int nonzero = 0; foreach (int v in grid) if (v != 0) nonzero++;
        Console.WriteLine(nonzero);
        Check(nonzero == 0, 10);
        long[] longs = new long[3];
        Array.Fill(longs, long.MinValue);
        Console.WriteLine(string.Join(",", longs));
        return failed == 0 ? 100 : failed;
    }
}
