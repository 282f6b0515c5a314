// Threads: start and join several threads, shared counters under lock and Interlocked,
// ThreadState before and after, IsBackground, Join with a timeout, Thread.CurrentThread and
// managed thread ids, a parameterized thread start, and Thread.Sleep.
using System;
using System.Threading;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static readonly object gate = new object();
    static int locked;
    static int interlocked;

    static void Work()
    {
        for (int i = 0; i < 10000; i++)
        {
            lock (gate) locked++;
            Interlocked.Increment(ref interlocked);
        }
    }

    static int Main()
    {
        int mainId = Thread.CurrentThread.ManagedThreadId;
        Check(mainId == Environment.CurrentManagedThreadId, 1);

        var workers = new Thread[4];
        for (int i = 0; i < workers.Length; i++) workers[i] = new Thread(Work);
        Check(workers[0].ThreadState == ThreadState.Unstarted && !workers[0].IsAlive, 2);
        foreach (var w in workers) w.Start();
        foreach (var w in workers) w.Join();
        Check(locked == 40000 && interlocked == 40000, 3);
        Check(workers[0].ThreadState == ThreadState.Stopped && !workers[0].IsAlive, 4);

        int seenId = 0;
        Thread seenThread = null;
        var t = new Thread(() => { seenId = Environment.CurrentManagedThreadId; seenThread = Thread.CurrentThread; });
        int declaredId = t.ManagedThreadId;
        t.Start();
        Check(t.Join(10000), 5);
        Check(seenId == declaredId && seenId != mainId && ReferenceEquals(seenThread, t), 6);

        object received = null;
        var p = new Thread(o => received = o);
        p.Start("payload");
        p.Join();
        Check((string)received == "payload", 7);

        var release = new ManualResetEventSlim(false);
        var slow = new Thread(() => release.Wait()) { IsBackground = true };
        Check(slow.IsBackground, 8);
        slow.Start();
        Check(!slow.Join(50), 9);
        release.Set();
        Check(slow.Join(10000), 10);

        var sw = System.Diagnostics.Stopwatch.StartNew();
        Thread.Sleep(20);
        Check(sw.ElapsedMilliseconds >= 15, 11);

        // A background thread that never ends does not keep the process alive.
        new Thread(() => { while (true) Thread.Sleep(1000); }) { IsBackground = true }.Start();
        return failed == 0 ? 100 : failed;
    }
}
