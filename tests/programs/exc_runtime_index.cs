// IndexOutOfRangeException from the runtime: negative and too-large indices on arrays of
// every element kind, index == Length, ldelema, multi-dimensional arrays, strings (indexer),
// the exception type and message, and the array left unmodified after a failed store.
using System;
using System.Runtime.CompilerServices;

struct Big { public long A, B; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    static bool Ioor(Action a) { try { a(); return false; } catch (IndexOutOfRangeException) { return true; } }
    static void Inc(ref int x) => x++;

    static int Main()
    {
        var ints = new int[5];
        Check(Ioor(() => ints[I(5)] = 1) && Ioor(() => ints[I(-1)] = 1), 1);
        Check(!Ioor(() => ints[I(4)] = 1) && ints[4] == 1, 2);
        Check(Ioor(() => { var x = (new byte[3])[I(3)]; }), 3);
        Check(Ioor(() => { var x = (new string[2])[I(int.MaxValue)]; }), 4);
        Check(Ioor(() => { var x = (new double[0])[I(0)]; }), 5);
        Check(Ioor(() => { var x = (new Big[2])[I(2)].A; }), 6);
        Check(Ioor(() => Inc(ref ints[I(7)])), 7);
        Check(Ioor(() => { var x = (new int[2, 3])[I(1), I(3)]; }), 8);
        Check(Ioor(() => { var c = "abc"[I(3)]; }), 9);
        Check(Ioor(() => { var c = "abc"[I(-1)]; }), 10);
        Check(Ioor(() => { var x = (new long[1])[I(int.MinValue)]; }), 11);
        var arr = new[] { 1, 2, 3 };
        try { arr[I(3)] = 99; } catch (IndexOutOfRangeException) { }
        Check(arr[0] == 1 && arr[2] == 3, 12);
        string msg = null;
        try { arr[I(10)]++; } catch (IndexOutOfRangeException e) { msg = e.Message; }
        Check(msg == "Index was outside the bounds of the array.", 13);
        int sum = 0;
        for (int i = 0; ; i++) { try { sum += arr[i]; } catch (IndexOutOfRangeException) { break; } }
        Check(sum == 6, 14);
        return failed == 0 ? 100 : failed;
    }
}
