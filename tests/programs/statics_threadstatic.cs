// [ThreadStatic] fields: default values per thread, independent values on a second thread
// (joined, no races), thread statics of reference and value types, in generic classes, and
// ThreadLocal<T> with a factory.
using System;
using System.Threading;

class PerThread
{
    [ThreadStatic] public static int Counter;
    [ThreadStatic] public static string Name;
    [ThreadStatic] static long[] buffer;
    public static long[] Buffer => buffer ??= new long[4];
}

class GenericTS<T> { [ThreadStatic] public static T Value; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(PerThread.Counter == 0 && PerThread.Name == null, 1);
        PerThread.Counter = 5;
        PerThread.Name = "main";
        PerThread.Buffer[0] = 11;
        GenericTS<int>.Value = 3;
        GenericTS<string>.Value = "g";
        int otherCounter = -1; string otherName = "unset"; long otherBuf = -1; int otherGen = -1; string otherGenS = "unset";
        var t = new Thread(() =>
        {
            otherCounter = PerThread.Counter;
            otherName = PerThread.Name;
            otherBuf = PerThread.Buffer[0];
            otherGen = GenericTS<int>.Value;
            otherGenS = GenericTS<string>.Value;
            PerThread.Counter = 99;
            PerThread.Name = "worker";
            PerThread.Buffer[0] = 77;
        });
        t.Start();
        t.Join();
        Check(otherCounter == 0 && otherName == null && otherBuf == 0, 2);
        Check(otherGen == 0 && otherGenS == null, 3);
        Check(PerThread.Counter == 5 && PerThread.Name == "main" && PerThread.Buffer[0] == 11, 4);
        Check(GenericTS<int>.Value == 3 && GenericTS<string>.Value == "g", 5);
        for (int i = 0; i < 1000; i++) PerThread.Counter++;
        Check(PerThread.Counter == 1005, 6);
        int created = 0;
        var local = new ThreadLocal<int>(() => Interlocked.Increment(ref created) * 10);
        int mainVal = local.Value;
        int otherVal = 0;
        var t2 = new Thread(() => otherVal = local.Value);
        t2.Start();
        t2.Join();
        Check(mainVal == 10 && otherVal == 20 && local.Value == 10 && created == 2, 7);
        local.Dispose();
        return failed == 0 ? 100 : failed;
    }
}
