// Multi-dimensional arrays: rank 2 and 3, GetLength/GetLowerBound/Rank/Length, element
// access and mutation, IndexOutOfRangeException per dimension, arrays of references and
// structs, non-zero lower bounds via Array.CreateInstance, foreach order, and Clone.
using System;

struct Cell { public int A; public string S; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var m = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i, j] = i * 10 + j;
        Check(m.Rank == 2 && m.Length == 12 && m.GetLength(0) == 3 && m.GetLength(1) == 4, 1);
        Check(m[2, 3] == 23 && m[1, 0] == 10, 2);
        m[1, 1] += 100;
        Check(m[1, 1] == 111, 3);
        bool threw = false;
        try { int k = 4; m[0, k] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 4);
        threw = false;
        try { int k = 3; var x = m[k, 0]; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 5);
        var cube = new long[2, 3, 4];
        long v = 0;
        for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) for (int c = 0; c < 4; c++) cube[a, b, c] = v++;
        Check(cube.Rank == 3 && cube.Length == 24 && cube[1, 2, 3] == 23 && cube.GetLength(2) == 4, 6);
        long sum = 0;
        foreach (long x in cube) sum += x;
        Check(sum == 276, 7);
        string order = "";
        foreach (int x in new int[,] { { 1, 2 }, { 3, 4 } }) order += x;
        Check(order == "1234", 8);
        var strs = new string[2, 2];
        strs[1, 0] = "x";
        GC.Collect();
        Check(strs[1, 0] == "x" && strs[0, 0] == null, 9);
        var cells = new Cell[2, 2];
        cells[1, 1].A = 5; cells[1, 1].S = "s";
        Check(cells[1, 1].A == 5 && cells[0, 1].S == null, 10);
        var lb = (int[,])Array.CreateInstance(typeof(int), new[] { 2, 3 }, new[] { 5, -1 });
        Check(lb.GetLowerBound(0) == 5 && lb.GetUpperBound(0) == 6 && lb.GetLowerBound(1) == -1, 11);
        lb[6, 1] = 42;
        Check(lb[6, 1] == 42, 12);
        threw = false;
        try { int k = 0; lb[k, 0] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 13);
        var clone = (int[,])m.Clone();
        clone[0, 0] = -5;
        Check(m[0, 0] == 0 && clone[2, 3] == 23, 14);
        var empty = new int[0, 5];
        Check(empty.Length == 0 && empty.GetLength(1) == 5, 15);
        Check(m.GetValue(2, 1) is int gv && gv == 21, 16);
        return failed == 0 ? 100 : failed;
    }
}
