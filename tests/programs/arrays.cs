// Arrays: single-dimensional arrays of every element kind, jagged and multi-dimensional arrays
// (with non-zero lower bounds through Array.CreateInstance is left out), array initializers
// from static data, Length, IndexOutOfRangeException, covariance and ArrayTypeMismatchException,
// foreach, and arrays of structs holding references.
using System;
using System.Runtime.CompilerServices;

struct Item { public string Name; public int Count; }
class Animal { }
class Dog : Animal { }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Id(int x) => x;

    static int Main()
    {
        int[] a = new int[Id(5)];
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Check(a.Length == 5 && a[4] == 16 && a[0] == 0, 1);

        int[] init = { 3, 1, 4, 1, 5, 9, 2, 6 };
        int sum = 0;
        foreach (var x in init) sum += x;
        Check(sum == 31 && init.Length == 8, 2);

        long[] longs = { long.MaxValue, -1, 0 };
        double[] doubles = { 0.5, 1.5 };
        byte[] bytes = { 1, 2, 255 };
        char[] chars = { 'h', 'i' };
        bool[] bools = new bool[3];
        Check(longs[0] == long.MaxValue && doubles[1] == 1.5 && bytes[2] == 255 && chars[1] == 'i' && !bools[2], 3);

        string[] strs = { "a", "bb", null };
        Check(strs[1].Length == 2 && strs[2] == null, 4);

        bool thrown = false;
        try { a[Id(5)] = 1; }
        catch (IndexOutOfRangeException) { thrown = true; }
        Check(thrown, 5);
        thrown = false;
        try { int y = a[Id(-1)]; Check(y == 0, 6); }
        catch (IndexOutOfRangeException) { thrown = true; }
        Check(thrown, 7);

        int[][] jag = new int[3][];
        for (int i = 0; i < 3; i++) { jag[i] = new int[i + 1]; jag[i][i] = i + 10; }
        Check(jag[2].Length == 3 && jag[2][2] == 12 && jag[0][0] == 10, 8);

        int[,] grid = new int[Id(3), Id(4)];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r, c] = r * 10 + c;
        Check(grid[2, 3] == 23 && grid.Length == 12 && grid.Rank == 2 && grid.GetLength(1) == 4, 9);
        thrown = false;
        try { grid[Id(3), 0] = 1; }
        catch (IndexOutOfRangeException) { thrown = true; }
        Check(thrown, 10);

        var cube = new long[2, 2, 2];
        cube[1, 1, 1] = 7;
        cube[0, 1, 0] = 3;
        Check(cube[1, 1, 1] + cube[0, 1, 0] == 10, 11);

        string[,] sgrid = { { "a", "b" }, { "c", "d" } };
        Check(sgrid[1, 0] == "c", 12);

        Animal[] animals = new Dog[2];
        animals[0] = new Dog();
        thrown = false;
        try { animals[1] = new Animal(); }
        catch (ArrayTypeMismatchException) { thrown = true; }
        Check(thrown && animals[0] is Dog, 13);
        object[] objs = new string[1];
        thrown = false;
        try { objs[0] = 5; }
        catch (ArrayTypeMismatchException) { thrown = true; }
        Check(thrown, 14);
        objs[0] = "ok";
        Check((string)objs[0] == "ok", 15);

        var items = new Item[2];
        items[0].Name = "x";
        items[1] = new Item { Name = "yy", Count = 3 };
        Check(items[0].Name == "x" && items[1].Name.Length == 2 && items[1].Count == 3, 16);

        int[] empty = new int[0];
        Check(empty.Length == 0, 17);
        thrown = false;
        try { var neg = new int[Id(-1)]; Check(neg == null, 18); }
        catch (OverflowException) { thrown = true; }
        Check(thrown, 19);

        int[] copy = (int[])init.Clone();
        copy[0] = 100;
        Check(init[0] == 3 && copy[0] == 100 && copy.Length == 8, 20);

        Array.Copy(init, 2, a, 0, 3);
        Check(a[0] == 4 && a[1] == 1 && a[2] == 5 && a[3] == 9, 21);

        int[] nullArr = null;
        thrown = false;
        try { Check(nullArr.Length == 0, 22); }
        catch (NullReferenceException) { thrown = true; }
        Check(thrown, 23);

        ReadOnlySpan<byte> span = new byte[] { 10, 20, 30 };
        Check(span.Length == 3 && span[2] == 30, 24);
        ReadOnlySpan<int> data = new int[] { 7, 8, 9 };
        Check(data[1] == 8, 25);

        return failed == 0 ? 100 : failed;
    }
}
