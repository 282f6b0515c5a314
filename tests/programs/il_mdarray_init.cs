// Multi-dimensional array initializers (newobj T[,]::.ctor + RuntimeHelpers.InitializeArray):
// the data goes after the lengths and lower bounds, not over them.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int[,] Make() => new int[,] { { 1, 2, 3 }, { 4, 5, 6 } };

    static int Main()
    {
        int[,] a = Make();
        if (a.GetLength(0) != 2 || a.GetLength(1) != 3 || a.Length != 6) return 1;
        if (a[0, 0] != 1 || a[0, 2] != 3 || a[1, 0] != 4 || a[1, 2] != 6) return 2;
        long[,,] b = { { { 1L, 2L }, { 3L, 4L } }, { { 5L, 6L }, { 7L, long.MaxValue } } };
        if (b.Rank != 3 || b[1, 1, 1] != long.MaxValue || b[0, 1, 0] != 3) return 3;
        double[,] c = { { 0.5, 1.5 } };
        if (c.GetLength(0) != 1 || c[0, 1] != 1.5) return 4;
        int[] d = { 9, 8, 7, 6, 5 };
        if (d.Length != 5 || d[4] != 5) return 5;
        return 100;
    }
}
