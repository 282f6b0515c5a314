// async methods that complete synchronously: awaiting Task.FromResult, Task.CompletedTask,
// completed ValueTask<T>, async methods that never await, chains of async calls, exceptions
// stored in the returned Task and rethrown at await, and try/finally in async methods.
using System;
using System.Threading.Tasks;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";

    static async Task<int> Add(int a, int b) => await Task.FromResult(a) + await Task.FromResult(b);
    static async Task<int> NoAwait(int x) => x * 2;
    static async Task Touch() { await Task.CompletedTask; log += "t"; }
    static async ValueTask<long> VT(long v) => await new ValueTask<long>(v) + 1;
    static async Task<int> Chain(int n) => n == 0 ? 0 : await Chain(n - 1) + n;
    static async Task<int> Fails() { await Task.CompletedTask; throw new InvalidOperationException("async fail"); }
    static async Task<string> WithFinally()
    {
        try { log += "a"; return await Task.FromResult("r"); }
        finally { log += "f"; }
    }
    static async Task<int> Catches()
    {
        try { return await Fails(); }
        catch (InvalidOperationException e) when (e.Message == "async fail") { return -1; }
    }
    static async Task<int> Main()
    {
        Check(await Add(2, 3) == 5, 1);
        var t = NoAwait(21);
        Check(t.IsCompleted && t.Result == 42, 2);
        await Touch();
        Check(log == "t", 3);
        Check(await VT(9) == 10, 4);
        Check(await Chain(100) == 5050, 5);
        var ft = Fails();
        Check(ft.IsFaulted && ft.Exception.InnerException is InvalidOperationException, 6);
        try { await ft; Check(false, 7); } catch (InvalidOperationException e) { Check(e.Message == "async fail", 8); }
        log = "";
        Check(await WithFinally() == "r" && log == "af", 9);
        Check(await Catches() == -1, 10);
        var tasks = new Task<int>[5];
        for (int i = 0; i < 5; i++) tasks[i] = Add(i, i);
        int[] all = await Task.WhenAll(tasks);
        Check(all[4] == 8 && all.Length == 5, 11);
        Check(Add(1, 1).GetAwaiter().GetResult() == 2, 12);
        return failed == 0 ? 100 : failed;
    }
}
