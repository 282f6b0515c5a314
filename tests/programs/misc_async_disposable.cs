// IAsyncDisposable with synchronously completing ValueTasks: await using (declaration and block),
// disposal order, DisposeAsync after exceptions, a class implementing both IDisposable and
// IAsyncDisposable (await using prefers DisposeAsync), async iterators with await foreach and
// early break running finally, ConfigureAwait(false) on the disposable, all without real waiting.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class AsyncRes : IAsyncDisposable
{
    public static readonly List<string> Log = new();
    readonly string name;
    public AsyncRes(string n) { name = n; Log.Add("open " + n); }
    public ValueTask DisposeAsync() { Log.Add("async close " + name); return ValueTask.CompletedTask; }
}

sealed class Both : IDisposable, IAsyncDisposable
{
    public void Dispose() => AsyncRes.Log.Add("sync dispose");
    public ValueTask DisposeAsync() { AsyncRes.Log.Add("async dispose"); return default; }
}

static class Program
{
    static async IAsyncEnumerable<int> Numbers()
    {
        try
        {
            for (int i = 0; i < 10; i++) { await Task.CompletedTask; yield return i; }
        }
        finally { AsyncRes.Log.Add("iterator finally"); }
    }

    static async Task<int> Work()
    {
        await using (var a = new AsyncRes("a"))
        {
            await using var b = new AsyncRes("b");
            AsyncRes.Log.Add("body");
        }
        try
        {
            await using var c = new AsyncRes("c");
            throw new InvalidOperationException("fail");
        }
        catch (InvalidOperationException e) { AsyncRes.Log.Add("caught " + e.Message); }
        await using (new Both()) { AsyncRes.Log.Add("both body"); }
        using (new Both()) { AsyncRes.Log.Add("sync using"); }
        int sum = 0;
        await foreach (var n in Numbers())
        {
            if (n == 3) break;
            sum += n;
        }
        AsyncRes.Log.Add("sum " + sum);
        var d = new AsyncRes("d");
        await using (d.ConfigureAwait(false)) { AsyncRes.Log.Add("configured"); }
        return sum;
    }

    static int Main()
    {
        Task<int> t = Work();
        Console.WriteLine($"completed synchronously: {t.IsCompleted}");
        int sum = t.GetAwaiter().GetResult();
        foreach (var line in AsyncRes.Log) Console.WriteLine(line);
        string all = string.Join(",", AsyncRes.Log);
        bool ok = all == "open a,open b,body,async close b,async close a,open c,async close c,caught fail,both body,async dispose,sync using,sync dispose,iterator finally,sum 3,open d,configured,async close d";
        return ok && sum == 3 ? 100 : 1;
    }
}
