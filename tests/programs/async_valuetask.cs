// ValueTask and ValueTask<T> completing synchronously: default ValueTask, IsCompletedSuccessfully,
// AsTask, generic async helpers, async local functions and lambdas returning Task<T>, await in
// loops, and an async method awaiting a custom awaitable that is already complete.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

struct ReadyAwaitable
{
    public int Value;
    public ReadyAwaiter GetAwaiter() => new ReadyAwaiter { Value = Value };
}
struct ReadyAwaiter : INotifyCompletion
{
    public int Value;
    public bool IsCompleted => true;
    public int GetResult() => Value;
    public void OnCompleted(Action continuation) => throw new InvalidOperationException("must not be called");
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static async ValueTask<T> Echo<T>(T v) { await default(ValueTask); return v; }
    static async ValueTask Nothing() { }
    static async Task<int> SumLoop(int n) { int s = 0; for (int i = 0; i < n; i++) s += await Echo(i); return s; }
    static async Task<int> Custom() => await new ReadyAwaitable { Value = 5 } + await new ReadyAwaitable { Value = 6 };

    static int Main()
    {
        var v = Echo("x");
        Check(v.IsCompletedSuccessfully && v.Result == "x", 1);
        ValueTask nt = Nothing();
        Check(nt.IsCompleted, 2);
        Check(default(ValueTask<int>).IsCompleted && default(ValueTask<int>).Result == 0, 3);
        Task<string> asTask = Echo("t").AsTask();
        Check(asTask.Result == "t", 4);
        Check(SumLoop(10).Result == 45, 5);
        Check(Custom().Result == 11, 6);
        async Task<int> Local(int x) => await Echo(x) * 3;
        Check(Local(7).Result == 21, 7);
        Func<int, Task<int>> lambda = async x => await Local(x) + 1;
        Check(lambda(1).GetAwaiter().GetResult() == 4, 8);
        var vt = new ValueTask<int>(Task.FromResult(99));
        Check(vt.Result == 99, 9);
        return failed == 0 ? 100 : failed;
    }
}
