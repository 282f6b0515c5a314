// fixed statements: pinning arrays, strings, fields of heap objects and array elements,
// writing through the pinned pointer, empty and null arrays in fixed (null pointer), and
// pinned data surviving a GC.
using System;

class Holder { public int Value; public long[] Data = new long[4]; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] arr = { 1, 2, 3, 4, 5 };
        fixed (int* p = arr)
        {
            for (int i = 0; i < arr.Length; i++) p[i] *= 10;
            Check(*(p + 4) == 50, 1);
        }
        Check(arr[0] == 10 && arr[4] == 50, 2);
        string s = "hello";
        fixed (char* c = s)
        {
            Check(c[0] == 'h' && c[4] == 'o' && c[5] == '\0', 3);
            int len = 0;
            while (c[len] != 0) len++;
            Check(len == 5, 4);
        }
        var h = new Holder();
        fixed (int* v = &h.Value) { *v = 42; }
        Check(h.Value == 42, 5);
        fixed (long* d = &h.Data[2]) { d[0] = 7; d[1] = 8; }
        Check(h.Data[2] == 7 && h.Data[3] == 8, 6);
        int[] empty = new int[0];
        fixed (int* e = empty) { Check(e == null, 7); }
        int[] nul = null;
        fixed (int* e = nul) { Check(e == null, 8); }
        byte[] buf = new byte[1000];
        fixed (byte* b = buf)
        {
            for (int i = 0; i < 100; i++) { var junk = new byte[1000]; junk[0] = 1; }
            GC.Collect();
            for (int i = 0; i < buf.Length; i++) b[i] = (byte)i;
        }
        Check(buf[999] == unchecked((byte)999), 9);
        int[,] grid = new int[3, 3];
        fixed (int* g = grid)
        {
            for (int i = 0; i < 9; i++) g[i] = i;
        }
        Check(grid[1, 0] == 3 && grid[2, 2] == 8, 10);
        fixed (int* a = arr, b2 = &arr[1])
        {
            Check(b2 - a == 1, 11);
        }
        char[] chars = { 'a', 'b' };
        fixed (char* cp = chars) { cp[1] = 'z'; }
        Check(chars[1] == 'z', 12);
        return failed == 0 ? 100 : failed;
    }
}
