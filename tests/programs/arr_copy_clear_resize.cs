// Array helpers: Array.Copy (overlapping, ranges, between primitive widths), Clear, Resize
// (grow and shrink), Fill, Reverse, IndexOf/LastIndexOf, Exists/Find/FindIndex, ConstrainedCopy,
// Clone, CopyTo, Array.Empty and argument exceptions.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] a = { 1, 2, 3, 4, 5, 6 };
        Array.Copy(a, 0, a, 2, 4);
        Check(a[0] == 1 && a[2] == 1 && a[5] == 4, 1);
        int[] b = { 1, 2, 3, 4, 5, 6 };
        Array.Copy(b, 2, b, 0, 4);
        Check(b[0] == 3 && b[3] == 6 && b[5] == 6, 2);
        long[] wide = new long[3];
        Array.Copy(new int[] { -1, 2, 3 }, wide, 3);
        Check(wide[0] == -1L && wide[2] == 3L, 3);
        Array.Clear(b, 1, 2);
        Check(b[0] == 3 && b[1] == 0 && b[2] == 0 && b[3] == 6, 4);
        Array.Clear(b);
        Check(Array.TrueForAll(b, x => x == 0), 5);
        int[] r = { 1, 2, 3 };
        Array.Resize(ref r, 5);
        Check(r.Length == 5 && r[2] == 3 && r[4] == 0, 6);
        Array.Resize(ref r, 2);
        Check(r.Length == 2 && r[1] == 2, 7);
        int[] nul = null;
        Array.Resize(ref nul, 3);
        Check(nul.Length == 3, 8);
        var f = new string[4];
        Array.Fill(f, "z");
        Check(f[3] == "z", 9);
        int[] rev = { 1, 2, 3, 4 };
        Array.Reverse(rev);
        Check(rev[0] == 4 && rev[3] == 1, 10);
        Array.Reverse(rev, 1, 2);
        Check(rev[1] == 2 && rev[2] == 3, 11);
        int[] s = { 5, 7, 5, 9 };
        Check(Array.IndexOf(s, 5) == 0 && Array.LastIndexOf(s, 5) == 2 && Array.IndexOf(s, 8) == -1, 12);
        Check(Array.Exists(s, x => x > 8) && Array.Find(s, x => x > 5) == 7 && Array.FindIndex(s, x => x == 9) == 3, 13);
        Check(Array.FindAll(s, x => x == 5).Length == 2 && Array.FindLast(s, x => x < 9) == 5, 14);
        var cl = (int[])s.Clone();
        cl[0] = 0;
        Check(s[0] == 5, 15);
        var dst = new int[6];
        s.CopyTo(dst, 2);
        Check(dst[2] == 5 && dst[5] == 9, 16);
        Check(Array.Empty<int>().Length == 0 && ReferenceEquals(Array.Empty<string>(), Array.Empty<string>()), 17);
        bool threw = false;
        try { Array.Copy(s, 0, dst, 4, 4); } catch (ArgumentException) { threw = true; }
        Check(threw, 18);
        object[] objs = new object[3];
        Array.ConstrainedCopy(new object[] { "a", "b" }, 0, objs, 1, 2);
        Check((string)objs[2] == "b", 19);
        return failed == 0 ? 100 : failed;
    }
}
