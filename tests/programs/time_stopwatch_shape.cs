// Stopwatch and clock API shape without printing real times: Frequency/IsHighResolution
// invariants, Start/Stop/Reset/Restart state, monotonic GetTimestamp and GetElapsedTime,
// Elapsed vs ElapsedTicks consistency, DateTime.UtcNow kind/ordering, Environment.TickCount64.
using System;
using System.Diagnostics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Console.WriteLine("frequency positive: " + (Stopwatch.Frequency > 0) + ", high resolution: " + Stopwatch.IsHighResolution);
        Check(Stopwatch.Frequency > 0, 1);
        var sw = new Stopwatch();
        Console.WriteLine($"new: running={sw.IsRunning} ticks={sw.ElapsedTicks} ms={sw.ElapsedMilliseconds} elapsed={sw.Elapsed}");
        Check(!sw.IsRunning && sw.ElapsedTicks == 0 && sw.Elapsed == TimeSpan.Zero, 2);
        sw.Start();
        long work = 0;
        for (int i = 0; i < 200000; i++) work += i % 7;
        sw.Stop();
        long t1 = sw.ElapsedTicks;
        TimeSpan e1 = sw.Elapsed;
        Console.WriteLine("after stop: running=" + sw.IsRunning + " nonnegative=" + (t1 >= 0) + " work=" + work);
        Check(!sw.IsRunning && t1 >= 0 && e1 >= TimeSpan.Zero, 3);
        Check(sw.ElapsedTicks == t1 && sw.Elapsed == e1, 4);
        sw.Start();
        Check(sw.IsRunning, 5);
        sw.Stop();
        Check(sw.ElapsedTicks >= t1, 6);
        sw.Reset();
        Check(!sw.IsRunning && sw.ElapsedTicks == 0, 7);
        sw.Restart();
        Check(sw.IsRunning, 8);
        sw.Stop();
        var started = Stopwatch.StartNew();
        Check(started.IsRunning, 9);
        long a = Stopwatch.GetTimestamp();
        long b = Stopwatch.GetTimestamp();
        Check(b >= a, 10);
        TimeSpan el = Stopwatch.GetElapsedTime(a, b);
        Check(el >= TimeSpan.Zero && Stopwatch.GetElapsedTime(b, a) <= TimeSpan.Zero, 11);
        Check(Stopwatch.GetElapsedTime(0, Stopwatch.Frequency) == TimeSpan.FromSeconds(1), 12);
        var now1 = DateTime.UtcNow; var now2 = DateTime.UtcNow;
        Check(now1.Kind == DateTimeKind.Utc && now2 >= now1 && now1.Year >= 2020, 13);
        var local = DateTime.Now;
        Check(local.Kind == DateTimeKind.Local, 14);
        var off = DateTimeOffset.UtcNow;
        Check(off.Offset == TimeSpan.Zero, 15);
        long tc1 = Environment.TickCount64, tc2 = Environment.TickCount64;
        Check(tc2 >= tc1 && tc1 > 0, 16);
        Check(DateTime.Today.TimeOfDay == TimeSpan.Zero && DateTime.Today.Kind == DateTimeKind.Local, 17);
        Console.WriteLine("str nonempty: " + (sw.ToString().Length > 0) + " " + started.Elapsed.GetType().Name);
        Check(TimeProvider.System.GetUtcNow().Offset == TimeSpan.Zero && TimeProvider.System.TimestampFrequency == Stopwatch.Frequency, 18);
        return failed == 0 ? 100 : failed;
    }
}
