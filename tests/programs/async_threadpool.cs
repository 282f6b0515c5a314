// The thread pool: Task.Run and Wait/Result, Task.WhenAll/WhenAny, async methods that really
// suspend (Task.Delay, Task.Yield) and resume on pool threads, ContinueWith,
// ThreadPool.QueueUserWorkItem, Parallel.For, and exceptions surfacing through await and Wait.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static async Task<int> SlowSquare(int x)
    {
        await Task.Delay(5);
        await Task.Yield();
        return x * x;
    }

    static async Task<int> Throws()
    {
        await Task.Delay(1);
        throw new InvalidOperationException("async failure");
    }

    static async Task<int> Run()
    {
        int sum = 0;
        for (int i = 1; i <= 5; i++) sum += await SlowSquare(i);
        Check(sum == 55, 1);
        var all = await Task.WhenAll(SlowSquare(2), SlowSquare(3), Task.Run(() => 7));
        Check(all[0] + all[1] + all[2] == 20, 2);
        try { await Throws(); Check(false, 3); }
        catch (InvalidOperationException e) { Check(e.Message == "async failure", 4); }
        var first = await Task.WhenAny(Task.Delay(2000), Task.FromResult(1));
        Check(first.IsCompleted, 5);
        return sum;
    }

    static int Main()
    {
        Check(Task.Run(() => 21 * 2).Result == 42, 10);
        Check(Run().GetAwaiter().GetResult() == 55, 11);

        var continued = Task.Run(() => 5).ContinueWith(t => t.Result + 1);
        Check(continued.Wait(5000) && continued.Result == 6, 12);

        var done = new ManualResetEventSlim(false);
        int fromPool = 0;
        ThreadPool.QueueUserWorkItem(_ => { fromPool = Thread.CurrentThread.IsThreadPoolThread ? 1 : 2; done.Set(); });
        Check(done.Wait(5000) && fromPool == 1, 13);

        long total = 0;
        Parallel.For(0, 1000, i => Interlocked.Add(ref total, i));
        Check(total == 499500, 14);

        var faulted = Task.Run(() => { throw new ArgumentException("bad"); });
        try { faulted.Wait(); Check(false, 15); }
        catch (AggregateException ae) { Check(ae.InnerException is ArgumentException, 16); }
        return failed == 0 ? 100 : failed;
    }
}
