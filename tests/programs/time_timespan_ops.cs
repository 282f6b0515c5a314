// TimeSpan arithmetic and construction: From* factories (including fractional and large values),
// Ticks/Total* properties, Add/Subtract/Multiply/Divide/Negate/Duration, comparisons,
// MaxValue/MinValue overflow, rounding to ticks, and formatting of the results.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var a = new TimeSpan(1, 2, 3, 4, 5);
        Console.WriteLine($"{a} {a.Ticks} {a.Days} {a.Hours} {a.Minutes} {a.Seconds} {a.Milliseconds} {a.TotalDays.ToString("R", inv)} {a.TotalHours.ToString("R", inv)} {a.TotalMinutes.ToString("R", inv)} {a.TotalSeconds.ToString("R", inv)} {a.TotalMilliseconds.ToString("R", inv)}");
        Check(a.Ticks == 937840050000L && a.TotalSeconds == 93784.005, 1);
        Check(TimeSpan.FromSeconds(1.5) == new TimeSpan(0, 0, 0, 1, 500) && TimeSpan.FromMinutes(0.5).TotalSeconds == 30 && TimeSpan.FromHours(-1.25).ToString() == "-01:15:00", 2);
        Check(TimeSpan.FromMilliseconds(1.23456).Ticks == 12346 || TimeSpan.FromMilliseconds(1.23456).Ticks == 12345, 3);
        Console.WriteLine(TimeSpan.FromMilliseconds(1.23456).Ticks + " " + TimeSpan.FromDays(1.0 / 3).ToString() + " " + TimeSpan.FromSeconds(0.00000005).Ticks + " " + TimeSpan.FromSeconds(0.00000015).Ticks);
        Check(TimeSpan.FromDays(2, 3, 4, 5) == new TimeSpan(2, 3, 4, 5) && TimeSpan.FromMinutes(90, 30) == new TimeSpan(1, 30, 30) && TimeSpan.FromMicroseconds(1500).Ticks == 15000, 4);
        var b = TimeSpan.FromMinutes(45);
        Check(a + b == new TimeSpan(1, 2, 48, 4, 5) && a - b == new TimeSpan(1, 1, 18, 4, 5) && (b - a).Duration() == a - b && -a == a.Negate(), 5);
        Check(b * 2.5 == new TimeSpan(1, 52, 30) && b / 2 == TimeSpan.FromSeconds(1350) && a / b == 93784.005 / 2700 && 3 * b == TimeSpan.FromMinutes(135), 6);
        Check(TimeSpan.Compare(a, b) == 1 && a.CompareTo(b) > 0 && b < a && TimeSpan.Zero.Equals(new TimeSpan(0)) && a.Equals((object)new TimeSpan(a.Ticks)), 7);
        Console.WriteLine(TimeSpan.MaxValue + " " + TimeSpan.MinValue + " " + TimeSpan.MaxValue.TotalDays.ToString("R", inv) + " " + new TimeSpan(-1).ToString() + " " + new TimeSpan(1).ToString());
        try { var x = TimeSpan.MaxValue + new TimeSpan(1); Check(false, 8); } catch (OverflowException e) { Console.WriteLine("add: " + e.Message); }
        try { var x = TimeSpan.MinValue.Duration(); Check(false, 9); } catch (OverflowException) { Console.WriteLine("duration overflow"); }
        try { var x = -TimeSpan.MinValue; Check(false, 10); } catch (OverflowException) { Console.WriteLine("negate overflow"); }
        try { var x = TimeSpan.FromDays(1e9); Check(false, 11); } catch (OverflowException) { Console.WriteLine("FromDays overflow"); }
        try { var x = TimeSpan.FromSeconds(double.NaN); Check(false, 12); } catch (ArgumentException) { Console.WriteLine("NaN rejected"); }
        try { var x = b / 0.0; Check(false, 13); } catch (OverflowException) { Console.WriteLine("divide by zero overflow"); }
        Check(double.IsNaN(TimeSpan.Zero / TimeSpan.Zero) && b / TimeSpan.Zero == double.PositiveInfinity, 14);
        Check(new TimeSpan(0, 0, 90) == new TimeSpan(0, 1, 30) && new TimeSpan(0, 25, 0, 0) == new TimeSpan(1, 1, 0, 0) && new TimeSpan(0, -1, 30) == TimeSpan.FromSeconds(-30), 15);
        var parts = new[] { TimeSpan.FromMilliseconds(999), TimeSpan.FromMilliseconds(-1), new TimeSpan(0, 0, 0, 0, 0, 7), new TimeSpan(10, 0, 0, 0), new TimeSpan(-3, -4, -5, -6) };
        foreach (var p in parts) Console.Write(p + " [" + p.ToString("c", inv) + "] [" + p.ToString("g", inv) + "] [" + p.ToString("G", inv) + "] " + p.Microseconds + " " + p.Nanoseconds + "; ");
        Console.WriteLine();
        TimeSpan total = TimeSpan.Zero;
        for (int i = 1; i <= 100; i++) total += TimeSpan.FromSeconds(i * 37.5);
        Console.WriteLine(total + " " + total.TotalHours.ToString("F4", inv));
        Check(total == TimeSpan.FromSeconds(5050 * 37.5), 16);
        Check(TimeSpan.TicksPerDay == 864000000000L && TimeSpan.TicksPerMillisecond == 10000 && TimeSpan.TicksPerMicrosecond == 10 && TimeSpan.NanosecondsPerTick == 100, 17);
        return failed == 0 ? 100 : failed;
    }
}
