// Wait handles across threads: AutoResetEvent and ManualResetEvent hand-offs, Semaphore
// counting (and SemaphoreFullException), Mutex ownership and recursion, WaitHandle.WaitAny and
// WaitAll, timeouts, SemaphoreSlim and CountdownEvent.
using System;
using System.Threading;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var ping = new AutoResetEvent(false);
        var pong = new AutoResetEvent(false);
        int rounds = 0;
        var t = new Thread(() => { for (int i = 0; i < 100; i++) { ping.WaitOne(); rounds++; pong.Set(); } });
        t.Start();
        for (int i = 0; i < 100; i++) { ping.Set(); pong.WaitOne(); }
        t.Join();
        Check(rounds == 100, 1);
        Check(!ping.WaitOne(10), 2);

        var gate = new ManualResetEvent(false);
        int passed = 0;
        var waiters = new Thread[3];
        for (int i = 0; i < 3; i++) { waiters[i] = new Thread(() => { gate.WaitOne(); Interlocked.Increment(ref passed); }); waiters[i].Start(); }
        Thread.Sleep(20);
        Check(passed == 0, 3);
        gate.Set();
        foreach (var w in waiters) w.Join();
        Check(passed == 3 && gate.WaitOne(0), 4);
        gate.Reset();
        Check(!gate.WaitOne(0), 5);

        var sem = new Semaphore(2, 3);
        Check(sem.WaitOne(0) && sem.WaitOne(0) && !sem.WaitOne(0), 6);
        Check(sem.Release(2) == 0, 7);
        sem.WaitOne();
        bool full = false;
        try { sem.Release(3); } catch (SemaphoreFullException) { full = true; }
        Check(full, 8);

        var mutex = new Mutex(false);
        Check(mutex.WaitOne(0) && mutex.WaitOne(0), 9);
        bool otherGot = true;
        var probe = new Thread(() => otherGot = mutex.WaitOne(0));
        probe.Start(); probe.Join();
        Check(!otherGot, 10);
        mutex.ReleaseMutex(); mutex.ReleaseMutex();
        bool notOwner = false;
        try { mutex.ReleaseMutex(); } catch (ApplicationException) { notOwner = true; }
        Check(notOwner, 11);

        var a = new ManualResetEvent(false);
        var b = new ManualResetEvent(false);
        Check(WaitHandle.WaitAny(new WaitHandle[] { a, b }, 10) == WaitHandle.WaitTimeout, 12);
        var setter = new Thread(() => { Thread.Sleep(10); b.Set(); });
        setter.Start();
        Check(WaitHandle.WaitAny(new WaitHandle[] { a, b }) == 1, 13);
        setter.Join();
        Check(!WaitHandle.WaitAll(new WaitHandle[] { a, b }, 10), 14);
        a.Set();
        Check(WaitHandle.WaitAll(new WaitHandle[] { a, b }, 1000), 15);

        var slim = new SemaphoreSlim(0);
        var countdown = new CountdownEvent(4);
        var workers = new Thread[4];
        for (int i = 0; i < 4; i++) { workers[i] = new Thread(() => { slim.Wait(); countdown.Signal(); }); workers[i].Start(); }
        slim.Release(4);
        Check(countdown.Wait(5000), 16);
        foreach (var w in workers) w.Join();
        Check(countdown.CurrentCount == 0 && slim.CurrentCount == 0, 17);

        foreach (var h in new WaitHandle[] { ping, pong, gate, sem, mutex, a, b }) h.Dispose();
        return failed == 0 ? 100 : failed;
    }
}
