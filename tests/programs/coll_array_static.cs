// Static System.Array helpers: Sort (whole, range, Comparison, IComparer), Sort(keys, items),
// BinarySearch with and without comparer, Reverse, IndexOf/LastIndexOf, Resize (grow/shrink),
// Fill, Copy (overlapping), ConstrainedCopy, Clear, Exists/Find/FindAll/TrueForAll, jagged arrays.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S<T>(T[] a) => "[" + string.Join(",", a) + "]";

    sealed class Desc : IComparer<int> { public int Compare(int a, int b) => b.CompareTo(a); }

    static int Main()
    {
        int[] a = { 9, 4, 7, 1, 8, 2 };
        Array.Sort(a, 1, 3);
        Console.WriteLine(S(a));
        Check(S(a) == "[9,1,4,7,8,2]", 1);
        Array.Sort(a);
        Console.WriteLine($"{S(a)} {Array.BinarySearch(a, 7)} {Array.BinarySearch(a, 5)} {Array.BinarySearch(a, 2, 3, 8)}");
        Check(Array.BinarySearch(a, 7) == 3 && Array.BinarySearch(a, 5) == ~3, 2);
        Array.Sort(a, new Desc());
        Console.WriteLine($"{S(a)} {Array.BinarySearch(a, 4, new Desc())}");
        Check(a[0] == 9 && Array.BinarySearch(a, 4, new Desc()) == 3, 3);
        string[] words = { "pear", "fig", "banana", "kiwi" };
        Array.Sort(words, (x, y) => x.Length != y.Length ? x.Length - y.Length : string.CompareOrdinal(x, y));
        Console.WriteLine(S(words));
        Check(S(words) == "[fig,kiwi,pear,banana]", 4);
        int[] keys = { 3, 1, 2, 5, 4 };
        string[] items = { "c", "a", "b", "e", "d" };
        Array.Sort(keys, items);
        Console.WriteLine($"{S(keys)} {S(items)}");
        Check(S(items) == "[a,b,c,d,e]", 5);
        double[] dk = { 2.5, -1, double.NaN, 0 };
        char[] di = { 'w', 'x', 'y', 'z' };
        Array.Sort(dk, di);
        Console.WriteLine($"{S(dk)} {new string(di)}");
        Check(new string(di) == "yxzw", 6);
        int[] r = { 1, 2, 3, 4, 5, 6 };
        Array.Reverse(r);
        Array.Reverse(r, 1, 3);
        Console.WriteLine(S(r));
        Check(S(r) == "[6,3,4,5,2,1]", 7);
        int[] dup = { 1, 2, 3, 2, 1 };
        Console.WriteLine($"{Array.IndexOf(dup, 2)} {Array.LastIndexOf(dup, 2)} {Array.IndexOf(dup, 2, 2)} {Array.IndexOf(dup, 9)}");
        Check(Array.IndexOf(dup, 2) == 1 && Array.LastIndexOf(dup, 2) == 3 && Array.IndexOf(dup, 2, 2) == 3, 8);
        Array.Resize(ref dup, 7);
        Console.Write(S(dup) + " ");
        Array.Resize(ref dup, 2);
        Console.WriteLine(S(dup));
        Check(dup.Length == 2 && dup[1] == 2, 9);
        int[] nul = null;
        Array.Resize(ref nul, 3);
        Check(nul.Length == 3, 10);
        var f = new string[5];
        Array.Fill(f, "x");
        Array.Fill(f, "y", 1, 2);
        Console.WriteLine(S(f));
        Check(S(f) == "[x,y,y,x,x]", 11);
        int[] ov = { 0, 1, 2, 3, 4, 5, 6, 7 };
        Array.Copy(ov, 0, ov, 2, 5);
        Console.Write(S(ov) + " ");
        Array.Copy(ov, 3, ov, 0, 4);
        Console.WriteLine(S(ov));
        Check(S(ov) == "[1,2,3,4,2,3,4,7]", 12);
        long[] dst = new long[4];
        Array.Copy(new int[] { 7, 8 }, dst, 2);
        int[] cc = new int[4];
        Array.ConstrainedCopy(new[] { 1, 2, 3 }, 1, cc, 2, 2);
        Console.WriteLine($"{S(dst)} {S(cc)}");
        Check(dst[1] == 8 && S(cc) == "[0,0,2,3]", 13);
        Array.Clear(ov, 2, 3);
        Console.WriteLine(S(ov));
        Check(S(ov) == "[1,2,0,0,0,3,4,7]", 14);
        Console.WriteLine($"{Array.Exists(ov, x => x > 5)} {Array.Find(ov, x => x > 2)} {S(Array.FindAll(ov, x => x == 0))} {Array.TrueForAll(ov, x => x >= 0)} {Array.FindLastIndex(ov, x => x == 0)}");
        Check(Array.Find(ov, x => x > 2) == 3 && Array.FindLastIndex(ov, x => x == 0) == 4, 15);
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.Length; i++) { jag[i] = new int[i + 1]; for (int j = 0; j <= i; j++) jag[i][j] = i * 10 + j; }
        Array.Reverse(jag);
        Array.Sort(jag, (x, y) => x.Length - y.Length);
        foreach (var row in jag) Console.Write(S(row));
        Console.WriteLine();
        Check(jag[3][3] == 33 && jag[0].Length == 1, 16);
        var conv = Array.ConvertAll(new[] { 1, 2, 3 }, x => x * 1.5);
        Console.WriteLine(S(conv));
        Check(conv[2] == 4.5, 17);
        return failed == 0 ? 100 : failed;
    }
}
