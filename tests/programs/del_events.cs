// Events: field-like events with add/remove, custom event accessors, EventHandler<T> with
// custom EventArgs, unsubscribing inside a handler (the current invocation still runs the
// snapshot), static events, and raising with no subscribers.
using System;
using System.Collections.Generic;

class TickArgs : EventArgs { public int Tick; }

class Clock
{
    public event EventHandler<TickArgs> Ticked;
    public event Action Stopped;
    private readonly List<Action<int>> custom = new();
    public event Action<int> Custom { add => custom.Add(value); remove => custom.Remove(value); }
    public static event Func<int, int> Transform;
    public void Tick(int n) => Ticked?.Invoke(this, new TickArgs { Tick = n });
    public void Stop() => Stopped?.Invoke();
    public void FireCustom(int v) { foreach (var h in custom.ToArray()) h(v); }
    public int CustomCount => custom.Count;
    public static int Apply(int v) => Transform?.Invoke(v) ?? v;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var clock = new Clock();
        int sum = 0; object sender = null;
        EventHandler<TickArgs> h1 = (s, e) => { sum += e.Tick; sender = s; };
        clock.Ticked += h1;
        clock.Tick(3);
        Check(sum == 3 && ReferenceEquals(sender, clock), 1);
        EventHandler<TickArgs> h2 = (s, e) => sum += e.Tick * 100;
        clock.Ticked += h2;
        clock.Tick(1);
        Check(sum == 104, 2);
        clock.Ticked -= h1;
        clock.Tick(1);
        Check(sum == 204, 3);
        clock.Stop();
        int stops = 0;
        Action selfRemoving = null;
        selfRemoving = () => { stops++; clock.Stopped -= selfRemoving; };
        clock.Stopped += selfRemoving;
        clock.Stopped += () => stops += 10;
        clock.Stop();
        Check(stops == 11, 4);
        clock.Stop();
        Check(stops == 21, 5);
        int cv = 0;
        Action<int> c1 = v => cv += v;
        clock.Custom += c1;
        clock.Custom += c1;
        clock.FireCustom(5);
        Check(cv == 10 && clock.CustomCount == 2, 6);
        clock.Custom -= c1;
        Check(clock.CustomCount == 1, 7);
        Check(Clock.Apply(4) == 4, 8);
        Clock.Transform += v => v * v;
        Check(Clock.Apply(4) == 16, 9);
        return failed == 0 ? 100 : failed;
    }
}
