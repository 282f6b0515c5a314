// TimeSpan.ParseExact / TryParseExact with custom formats (d\.hh\:mm, %m, ss\.fff, h'h'mm'm'),
// TimeSpanStyles.AssumeNegative, the c/g/G standard formats on input, multiple formats,
// out-of-range components (hours 24, minutes 60), overflow, and Parse of assorted strings.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Check(TimeSpan.ParseExact("3.04:05", @"d\.hh\:mm", inv) == new TimeSpan(3, 4, 5, 0), 1);
        Check(TimeSpan.ParseExact("7", "%m", inv) == TimeSpan.FromMinutes(7) && TimeSpan.ParseExact("12.345", @"ss\.fff", inv) == new TimeSpan(0, 0, 0, 12, 345), 2);
        Check(TimeSpan.ParseExact("5h07m", @"h\hmm\m", inv) == new TimeSpan(5, 7, 0) && TimeSpan.ParseExact("1:02:03", "g", inv) == new TimeSpan(1, 2, 3), 3);
        Check(TimeSpan.ParseExact("01:30", @"hh\:mm", inv, TimeSpanStyles.AssumeNegative) == new TimeSpan(-1, -30, 0), 4);
        Check(TimeSpan.ParseExact("-1.02:03:04.5", "c", inv) == -new TimeSpan(1, 2, 3, 4, 500) && TimeSpan.ParseExact("1:02:03:04.5", "G", inv) == new TimeSpan(1, 2, 3, 4, 500), 5);
        string[] fmts = { @"hh\:mm\:ss", @"mm\:ss", "%s" };
        foreach (var s in new[] { "01:02:03", "02:03", "45", "1:2:3", "99:00" })
        {
            bool ok = TimeSpan.TryParseExact(s, fmts, inv, out var r);
            Console.WriteLine($"TryParseExact('{s}') = {ok} {r}");
        }
        foreach (var s in new[] { "1", "1:2", "1:2:3", "1.2:3", "1.2:3:4", "1:2:3.4567", "-0:0:1", " 10:00 ", "23:59:59.9999999", "24:00", "0:60", "0:0:60", "10675199.02:48:05.4775807", "10675199.02:48:05.4775808", "1.2.3", ":", "abc", "1:2:3:4:5" })
        {
            bool ok = TimeSpan.TryParse(s, inv, out var r);
            string msg;
            try { TimeSpan.Parse(s, inv); msg = "ok"; } catch (Exception e) { msg = e.GetType().Name; }
            Console.WriteLine($"Parse('{s}') = {ok} {r} {msg}");
        }
        Check(TimeSpan.Parse("1.2:3", inv) == new TimeSpan(1, 2, 3, 0) && TimeSpan.Parse("1:2:3.4567", inv) == new TimeSpan(0, 1, 2, 3).Add(TimeSpan.FromTicks(4567000)), 6);
        Check(!TimeSpan.TryParse("24:00", inv, out _) && !TimeSpan.TryParse("0:60", inv, out _), 7);
        Check(TimeSpan.Parse("10675199.02:48:05.4775807", inv) == TimeSpan.MaxValue, 8);
        try { TimeSpan.Parse("10675199.02:48:05.4775808", inv); Check(false, 9); } catch (OverflowException) { Console.WriteLine("overflow"); }
        try { TimeSpan.ParseExact("1:00", @"hh\:mm", inv); Check(false, 10); } catch (FormatException) { Console.WriteLine("hh needs two digits"); }
        try { TimeSpan.ParseExact("10:00", "hh:mm", inv); Check(false, 11); } catch (FormatException) { Console.WriteLine("unescaped colon rejected"); }
        var round = new TimeSpan(2, 3, 4, 5, 678).Add(TimeSpan.FromTicks(9));
        foreach (var f in new[] { "c", "g", "G", @"d\:hh\:mm\:ss\.fffffff", @"%d", @"hh", @"FFFFFFF" })
        {
            string text = round.ToString(f, inv);
            bool ok = TimeSpan.TryParseExact(text, f, inv, out var back);
            Console.WriteLine($"{f} -> {text} -> {ok} {back}");
        }
        Check(TimeSpan.ParseExact(round.ToString("c", inv), "c", inv) == round, 12);
        return failed == 0 ? 100 : failed;
    }
}
