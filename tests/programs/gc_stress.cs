// Garbage collection under load: many short-lived objects, long-lived trees and arrays that
// must survive collections (references only in locals, fields, statics, arrays, boxed values and
// strings), explicit GC.Collect, and weak references to collected garbage.
using System;
using System.Collections.Generic;

class Tree
{
    public Tree Left, Right;
    public int Value;
    public static Tree Build(int depth, int value)
    {
        if (depth == 0) return new Tree { Value = value };
        return new Tree { Left = Build(depth - 1, value * 2), Right = Build(depth - 1, value * 2 + 1), Value = value };
    }
    public long Sum() => Value + (Left?.Sum() ?? 0) + (Right?.Sum() ?? 0);
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static Tree keep;
    static object[] boxes = new object[1000];

    static int Main()
    {
        keep = Tree.Build(14, 1);
        long expected = keep.Sum();
        var local = Tree.Build(12, 5);
        long localSum = local.Sum();
        for (int i = 0; i < boxes.Length; i++) boxes[i] = i * 3L;

        long garbage = 0;
        for (int round = 0; round < 200; round++)
        {
            var tmp = new int[1000];
            tmp[round] = round;
            garbage += tmp[round];
            var s = "x" + round.ToString();
            garbage += s.Length;
            var t = Tree.Build(6, round);
            garbage += t.Value;
        }
        GC.Collect();
        Check(keep.Sum() == expected && local.Sum() == localSum, 1);
        for (int i = 0; i < boxes.Length; i++) if ((long)boxes[i] != i * 3L) { Check(false, 2); break; }

        var list = new List<string>();
        for (int i = 0; i < 5000; i++) list.Add(i.ToString());
        GC.Collect();
        int total = 0;
        foreach (var s in list) total += s.Length;
        Check(total == 10 + 90 * 2 + 900 * 3 + 4000 * 4, 3);

        var bigs = new List<byte[]>();
        for (int i = 0; i < 50; i++) { var b = new byte[100_000]; b[99_999] = (byte)i; bigs.Add(b); }
        GC.Collect();
        for (int i = 0; i < 50; i++) if (bigs[i][99_999] != (byte)i) { Check(false, 4); break; }
        Check(garbage > 0, 5);
        return failed == 0 ? 100 : failed;
    }
}
