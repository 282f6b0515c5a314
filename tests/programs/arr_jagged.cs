// Jagged arrays: rows of different lengths, null rows, arrays of arrays of arrays, replacing
// rows, jagged arrays of structs and strings, Length of each level, and building Pascal's
// triangle.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[][] tri = new int[10][];
        for (int i = 0; i < tri.Length; i++)
        {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        Check(tri[9][4] == 126 && tri[9].Length == 10 && tri[0].Length == 1, 1);
        int total = 0;
        foreach (var row in tri) foreach (var v in row) total += v;
        Check(total == 1023, 2);
        var holes = new string[3][];
        holes[1] = new[] { "a", "b" };
        Check(holes[0] == null && holes[1][1] == "b", 3);
        bool threw = false;
        try { var x = holes[0][0]; } catch (NullReferenceException) { threw = true; }
        Check(threw, 4);
        var deep = new int[2][][];
        deep[1] = new int[3][];
        deep[1][2] = new[] { 7, 8, 9 };
        Check(deep[1][2][1] == 8 && deep[1].Length == 3, 5);
        int[] old = tri[2];
        tri[2] = new[] { 5 };
        Check(old.Length == 3 && tri[2][0] == 5, 6);
        var pts = new (int, int)[2][];
        pts[0] = new[] { (1, 2), (3, 4) };
        pts[0][1].Item1 = 30;
        Check(pts[0][1].Item1 == 30, 7);
        int[][] lit = { new[] { 1 }, new[] { 2, 3 }, new int[0] };
        Check(lit[2].Length == 0 && lit[1][1] == 3, 8);
        threw = false;
        try { var x = lit[2][0]; } catch (IndexOutOfRangeException) { threw = true; }
        Check(threw, 9);
        var big = new byte[100][];
        for (int i = 0; i < 100; i++) big[i] = new byte[1000];
        GC.Collect();
        big[99][999] = 1;
        Check(big[99][999] == 1, 10);
        return failed == 0 ? 100 : failed;
    }
}
