// finally blocks on every exit path: normal fall-through, return (value computed before the
// finally; finally mutations of a local do not change it), break and continue out of loops,
// goto out of a try, exceptions, nested finallys in order, and finally inside loops with
// both throw and return.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";

    static int ReturnValue()
    {
        int x = 1;
        try { return x; }
        finally { x = 2; log += "f"; }
    }
    static int ReturnFromFinallyNested()
    {
        try
        {
            try { log += "1"; return 10; }
            finally { log += "2"; }
        }
        finally { log += "3"; }
    }
    static int GotoOut()
    {
        int n = 0;
        try { n = 1; goto after; }
        finally { log += "g"; }
    after:
        return n + 1;
    }
    static int LoopPaths()
    {
        int fin = 0, body = 0;
        for (int i = 0; i < 10; i++)
        {
            try
            {
                if (i == 2) continue;
                if (i == 6) break;
                body++;
            }
            finally { fin++; }
        }
        return fin * 100 + body;
    }
    static int WhileReturn()
    {
        int i = 0;
        while (true)
        {
            try { if (++i == 5) return i; }
            finally { log += "w"; }
        }
    }
    static void Thrower()
    {
        try { throw new InvalidOperationException(); }
        finally { log += "t"; }
    }
    static int Switchy(int k)
    {
        switch (k)
        {
            case 0:
                try { return 1; } finally { log += "s0"; }
            case 1:
                try { break; } finally { log += "s1"; }
        }
        return 2;
    }

    static int Main()
    {
        log = "";
        Check(ReturnValue() == 1 && log == "f", 1);
        log = "";
        Check(ReturnFromFinallyNested() == 10 && log == "123", 2);
        log = "";
        Check(GotoOut() == 2 && log == "g", 3);
        Check(LoopPaths() == 705, 4);
        log = "";
        Check(WhileReturn() == 5 && log == "wwwww", 5);
        log = "";
        try { Thrower(); } catch (InvalidOperationException) { log += "c"; }
        Check(log == "tc", 6);
        log = "";
        Check(Switchy(0) == 1 && Switchy(1) == 2 && Switchy(2) == 2 && log == "s0s1", 7);
        log = "";
        foreach (var x in new[] { 1, 2, 3 })
        {
            try { if (x == 2) continue; log += x; }
            finally { log += "f"; }
        }
        Check(log == "1ff3f", 8);
        return failed == 0 ? 100 : failed;
    }
}
