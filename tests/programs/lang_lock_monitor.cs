// lock statements and Monitor on a single thread (deterministic): re-entrant locking,
// Monitor.IsEntered, lock released when an exception leaves the block, TryEnter, the Lock
// type (System.Threading.Lock) with EnterScope, and Interlocked operations.
using System;
using System.Threading;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly object gate = new object();
    static int counter;

    static void Recursive(int n) { lock (gate) { counter++; if (n > 0) Recursive(n - 1); } }

    static int Main()
    {
        lock (gate) { Check(Monitor.IsEntered(gate), 1); }
        Check(!Monitor.IsEntered(gate), 2);
        Recursive(10);
        Check(counter == 11 && !Monitor.IsEntered(gate), 3);
        try { lock (gate) { throw new InvalidOperationException(); } } catch (InvalidOperationException) { }
        Check(!Monitor.IsEntered(gate), 4);
        bool taken = false;
        Monitor.TryEnter(gate, ref taken);
        Check(taken && Monitor.IsEntered(gate), 5);
        Monitor.Exit(gate);
        var l = new Lock();
        using (l.EnterScope()) { Check(l.IsHeldByCurrentThread, 6); }
        Check(!l.IsHeldByCurrentThread, 7);
        lock (l) { counter++; }
        Check(counter == 12, 8);
        int v = 5;
        Check(Interlocked.Increment(ref v) == 6 && Interlocked.Add(ref v, 10) == 16 && Interlocked.Exchange(ref v, 1) == 16, 9);
        Check(Interlocked.CompareExchange(ref v, 7, 1) == 1 && v == 7 && Interlocked.CompareExchange(ref v, 9, 1) == 7 && v == 7, 10);
        long lv = long.MaxValue;
        Check(Interlocked.Increment(ref lv) == long.MinValue, 11);
        object o = null;
        Check(Interlocked.CompareExchange(ref o, "set", null) == null && (string)o == "set", 12);
        bool threw = false;
        try { Monitor.Exit(new object()); } catch (SynchronizationLockException) { threw = true; }
        Check(threw, 13);
        return failed == 0 ? 100 : failed;
    }
}
