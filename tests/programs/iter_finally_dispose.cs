// try/finally inside iterators: breaking out of foreach disposes the enumerator and runs the
// pending finally blocks (innermost first), finally runs on normal completion exactly once,
// an exception thrown by the consumer disposes, Dispose before MoveNext runs nothing, and
// using statements inside iterators.
using System;
using System.Collections.Generic;

class Res : IDisposable
{
    public static string Log = "";
    readonly string name;
    public Res(string n) { name = n; Log += "+" + n; }
    public void Dispose() => Log += "-" + name;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static IEnumerable<int> Guarded(int n)
    {
        try
        {
            Res.Log += "[";
            for (int i = 0; i < n; i++)
            {
                try { yield return i; }
                finally { Res.Log += "f" + i; }
            }
        }
        finally { Res.Log += "]"; }
    }
    static IEnumerable<int> WithUsing()
    {
        using (new Res("a"))
        {
            yield return 1;
            using (new Res("b")) { yield return 2; yield return 3; }
            yield return 4;
        }
    }

    static int Main()
    {
        Res.Log = "";
        foreach (var x in Guarded(5)) if (x == 2) break;
        Check(Res.Log == "[f0f1f2]", 1);
        Res.Log = "";
        foreach (var x in Guarded(2)) { }
        Check(Res.Log == "[f0f1]", 2);
        Res.Log = "";
        try { foreach (var x in Guarded(3)) if (x == 1) throw new InvalidOperationException(); }
        catch (InvalidOperationException) { Res.Log += "c"; }
        Check(Res.Log == "[f0f1]c", 3);
        Res.Log = "";
        var e = Guarded(3).GetEnumerator();
        e.Dispose();
        Check(Res.Log == "", 4);
        Res.Log = "";
        e = Guarded(3).GetEnumerator();
        e.MoveNext();
        e.Dispose();
        e.Dispose();
        Check(Res.Log == "[f0]", 5);
        Check(!e.MoveNext(), 6);
        Res.Log = "";
        foreach (var x in WithUsing()) if (x == 2) break;
        Check(Res.Log == "+a+b-b-a", 7);
        Res.Log = "";
        int s = 0;
        foreach (var x in WithUsing()) s += x;
        Check(s == 10 && Res.Log == "+a+b-b-a", 8);
        Res.Log = "";
        using (var en = WithUsing().GetEnumerator())
        {
            en.MoveNext(); en.MoveNext(); en.MoveNext(); en.MoveNext();
            Check(en.Current == 4 && Res.Log == "+a+b-b", 9);
        }
        Check(Res.Log == "+a+b-b-a", 10);
        return failed == 0 ? 100 : failed;
    }
}
