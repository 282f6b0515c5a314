// TimeSpan formatting and parsing under the invariant culture: ToString() and the "c", "g",
// "G" standard formats for positive, negative, zero, sub-second and multi-day values, custom
// formats (dd\.hh\:mm\:ss, %h, fffffff), Parse/ParseExact/TryParse, and overflow/format errors.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int Main()
    {
        TimeSpan[] spans =
        {
            TimeSpan.Zero, new TimeSpan(1, 2, 3), new TimeSpan(3, 4, 5, 6, 789), TimeSpan.FromTicks(1),
            TimeSpan.FromMilliseconds(-1500), new TimeSpan(-2, -3, -4, -5), TimeSpan.FromHours(25.5),
            TimeSpan.MaxValue, TimeSpan.MinValue, TimeSpan.FromTicks(123456789), new TimeSpan(0, 0, 0, 0, 10),
        };
        foreach (var t in spans)
            Console.WriteLine($"{t} | {t.ToString("c", Inv)} | {t.ToString("g", Inv)} | {t.ToString("G", Inv)}");
        var ts = new TimeSpan(12, 3, 4, 5, 67).Add(TimeSpan.FromTicks(8));
        foreach (var f in new[] { @"dd\.hh\:mm\:ss", @"%d", @"%h", @"hh\:mm", @"mm\:ss\.fff", @"fffffff", @"FFFFFFF", @"d\d\ h\h", @"ss\.ff" })
            Console.WriteLine($"{f}: [{ts.ToString(f, Inv)}] [{(-ts).ToString(f, Inv)}]");
        Console.WriteLine($"{ts.TotalDays:F6} {ts.TotalHours:F4} {ts.TotalMinutes:F2} {ts.TotalSeconds:F3} {ts.TotalMilliseconds} {ts.Ticks}");
        Console.WriteLine($"[{ts,20}] [{ts,-20:c}] [{TimeSpan.FromMinutes(90):hh\\:mm}]");

        Check(new TimeSpan(1, 2, 3).ToString() == "01:02:03", 1);
        Check(new TimeSpan(3, 4, 5, 6, 789).ToString("c", Inv) == "3.04:05:06.7890000", 2);
        Check(TimeSpan.FromMilliseconds(-1500).ToString("g", Inv) == "-0:00:01.5", 3);
        Check(TimeSpan.Zero.ToString("G", Inv) == "0:00:00:00.0000000", 4);
        Check(TimeSpan.Parse("1.02:03:04.5", Inv) == new TimeSpan(1, 2, 3, 4, 500), 5);
        Check(TimeSpan.Parse("-00:00:30", Inv) == TimeSpan.FromSeconds(-30) && TimeSpan.Parse("5", Inv) == TimeSpan.FromDays(5), 6);
        Check(TimeSpan.Parse("10:20", Inv) == new TimeSpan(10, 20, 0), 7);
        Check(TimeSpan.ParseExact("03:15", @"mm\:ss", Inv) == new TimeSpan(0, 3, 15), 8);
        Check(TimeSpan.ParseExact("2d 4h", @"d\d\ h\h", Inv) == new TimeSpan(2, 4, 0, 0), 9);
        Check(TimeSpan.Parse("25:00:00", Inv) == TimeSpan.FromDays(25) && !TimeSpan.TryParse("24:00", Inv, out _) && !TimeSpan.TryParse("abc", Inv, out _), 10);
        bool threw = false;
        try { TimeSpan.Parse("1:60", Inv); } catch (OverflowException) { threw = true; }
        Check(threw, 11);
        threw = false;
        try { TimeSpan.FromDays(1e10); } catch (OverflowException) { threw = true; }
        Check(threw, 12);
        threw = false;
        try { var x = TimeSpan.MaxValue + TimeSpan.FromTicks(1); } catch (OverflowException) { threw = true; }
        Check(threw, 13);
        foreach (var t in spans)
            if (TimeSpan.Parse(t.ToString("c", Inv), Inv) != t || TimeSpan.ParseExact(t.ToString("G", Inv), "G", Inv) != t) Check(false, 14);
        Check(TimeSpan.FromSeconds(1.0000001).Ticks == 10000001 && TimeSpan.FromMilliseconds(0.5).Ticks == 5000, 15);
        Check((new TimeSpan(1, 0, 0) / 4).ToString() == "00:15:00" && (TimeSpan.FromHours(3) / TimeSpan.FromMinutes(45)) == 4.0, 16);
        Check(TimeSpan.FromHours(-1).Duration() == TimeSpan.FromHours(1) && TimeSpan.FromHours(1).Negate().Hours == -1, 17);
        return failed == 0 ? 100 : failed;
    }
}
