// Lazy<T> in its thread-safety modes (None, PublicationOnly, ExecutionAndPublication): factory runs
// once, IsValueCreated transitions, exception caching (None/ExecutionAndPublication rethrow the same
// exception; PublicationOnly retries), value-type Lazy, preset values, LazyInitializer with factories.
using System;
using System.Threading;

sealed class Widget { public static int Created; public readonly int Id; public Widget() { Id = ++Created; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        foreach (var mode in new[] { LazyThreadSafetyMode.None, LazyThreadSafetyMode.PublicationOnly, LazyThreadSafetyMode.ExecutionAndPublication })
        {
            int calls = 0;
            var lazy = new Lazy<string>(() => { calls++; return "value-" + calls; }, mode);
            Console.Write($"{mode}: created={lazy.IsValueCreated} ");
            string v1 = lazy.Value, v2 = lazy.Value;
            Console.WriteLine($"{v1} {v2} calls={calls} created={lazy.IsValueCreated} {lazy}");
            Check(calls == 1 && ReferenceEquals(v1, v2), 1);
            int attempts = 0;
            var failing = new Lazy<int>(() => { attempts++; if (attempts < 2) throw new InvalidOperationException("attempt " + attempts); return attempts * 10; }, mode);
            Exception first = null, second = null; int got = -1;
            try { got = failing.Value; } catch (Exception e) { first = e; }
            try { got = failing.Value; } catch (Exception e) { second = e; }
            Console.WriteLine($"  first={first?.Message} second={second?.Message ?? "none"} same={ReferenceEquals(first, second)} got={got} attempts={attempts}");
            if (mode == LazyThreadSafetyMode.PublicationOnly) Check(second == null && got == 20, 2);
            else Check(ReferenceEquals(first, second) && attempts == 1, 3);
        }
        var unset = new Lazy<int>(() => 5);
        Console.WriteLine($"{unset} {unset.IsValueCreated}");
        Console.WriteLine($"{unset.Value} {unset}");
        var widgets = new Lazy<Widget>(() => new Widget(), true);
        Console.WriteLine($"before {Widget.Created}");
        Console.WriteLine($"id {widgets.Value.Id} after {Widget.Created} again {widgets.Value.Id}");
        Check(Widget.Created == 1, 4);
        var preset = new Lazy<string>("ready");
        Console.WriteLine($"{preset.IsValueCreated} {preset.Value}");
        Check(preset.IsValueCreated, 5);
        Widget target = null;
        Widget a = LazyInitializer.EnsureInitialized(ref target, () => new Widget());
        Widget b = LazyInitializer.EnsureInitialized(ref target, () => new Widget());
        Console.WriteLine($"{a.Id} {b.Id} {Widget.Created}");
        Check(ReferenceEquals(a, b) && Widget.Created == 2, 6);
        bool initialized = false; object syncLock = null; int counter = 0;
        int val = LazyInitializer.EnsureInitialized(ref counter, ref initialized, ref syncLock, () => 77);
        int val2 = LazyInitializer.EnsureInitialized(ref counter, ref initialized, ref syncLock, () => 88);
        Console.WriteLine($"{val} {val2} {initialized}");
        Check(val == 77 && val2 == 77, 7);
        var recursive = new Lazy<int>(() => 1, false);
        Console.WriteLine(recursive.Value);
        return failed == 0 ? 100 : failed;
    }
}
