// DateTime parsing under the invariant culture: Parse of ISO 8601, RFC1123 and culture formats,
// ParseExact with single and multiple formats, DateTimeStyles (AdjustToUniversal,
// AssumeUniversal, AllowWhiteSpaces, RoundtripKind), TryParse failures, and kinds.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Show(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + " " + d.Kind;

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var a = DateTime.Parse("2024-02-29T13:45:07.1234567", inv);
        Console.WriteLine(Show(a));
        Check(a == new DateTime(2024, 2, 29, 13, 45, 7).AddTicks(1234567) && a.Kind == DateTimeKind.Unspecified, 1);
        var b = DateTime.Parse("2024-02-29T13:45:07Z", inv, DateTimeStyles.RoundtripKind);
        Console.WriteLine(Show(b));
        Check(b.Kind == DateTimeKind.Utc && b.Hour == 13, 2);
        var c = DateTime.Parse("02/29/2024 13:45", inv);
        Check(c == new DateTime(2024, 2, 29, 13, 45, 0), 3);
        var d = DateTime.Parse("Thu, 29 Feb 2024 13:45:07 GMT", inv, DateTimeStyles.AdjustToUniversal);
        Console.WriteLine(Show(d));
        Check(d == new DateTime(2024, 2, 29, 13, 45, 7) && d.Kind == DateTimeKind.Utc, 4);
        var e = DateTime.Parse("2024-02-29T13:45:07+02:00", inv, DateTimeStyles.AdjustToUniversal);
        Console.WriteLine(Show(e));
        Check(e.Hour == 11 && e.Kind == DateTimeKind.Utc, 5);
        var f = DateTime.ParseExact("29.02.2024 01:45:07 PM", "dd.MM.yyyy hh:mm:ss tt", inv);
        Check(f == new DateTime(2024, 2, 29, 13, 45, 7), 6);
        string[] fmts = { "yyyyMMdd", "yyyy-MM-dd", "dd MMM yyyy", "MMMM d, yyyy" };
        foreach (var s in new[] { "20240229", "2024-02-29", "29 Feb 2024", "February 29, 2024", "2024/02/29" })
        {
            bool ok = DateTime.TryParseExact(s, fmts, inv, DateTimeStyles.None, out var r);
            Console.WriteLine(s + " -> " + ok + " " + (ok ? Show(r) : "-"));
            Check(ok == (s != "2024/02/29"), 7);
        }
        var g = DateTime.ParseExact("  2024-02-29  ", "yyyy-MM-dd", inv, DateTimeStyles.AllowWhiteSpaces);
        Check(g == new DateTime(2024, 2, 29), 8);
        Check(!DateTime.TryParseExact("  2024-02-29", "yyyy-MM-dd", inv, DateTimeStyles.None, out _), 9);
        var h = DateTime.ParseExact("2024-02-29 10:00", "yyyy-MM-dd HH:mm", inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        Check(h.Kind == DateTimeKind.Utc && h.Hour == 10, 10);
        foreach (var bad in new[] { "2023-02-29", "2024-13-01", "2024-02-30T00:00", "not a date", "", "2024-02-29T24:00:01", "31/12/2024" })
        {
            bool ok = DateTime.TryParse(bad, inv, DateTimeStyles.None, out var r);
            Console.WriteLine("TryParse('" + bad + "') = " + ok + " " + (ok ? Show(r) : Show(r)));
            Check(!ok && r == default, 11);
        }
        try { DateTime.ParseExact("2024-02-29", "dd/MM/yyyy", inv); Check(false, 12); }
        catch (FormatException ex) { Console.WriteLine("FormatException " + ex.Message); }
        var rt = new DateTime(2024, 2, 29, 13, 45, 7, DateTimeKind.Utc).AddTicks(89);
        string o = rt.ToString("O", inv);
        var back = DateTime.ParseExact(o, "O", inv, DateTimeStyles.RoundtripKind);
        Console.WriteLine(o + " " + Show(back));
        Check(back == rt && back.Kind == DateTimeKind.Utc, 13);
        var r2 = DateTime.Parse(rt.ToString("R", inv), inv);
        Check(r2 == new DateTime(2024, 2, 29, 13, 45, 7), 14);
        var s2 = DateTime.ParseExact(rt.ToString("s", inv), "s", inv);
        Check(s2 == new DateTime(2024, 2, 29, 13, 45, 7), 15);
        Console.WriteLine(DateTime.TryParseExact("7/4/2024 9:05:01 AM", "M/d/yyyy h:mm:ss tt", inv, DateTimeStyles.None, out var jul) + " " + Show(jul));
        Check(jul == new DateTime(2024, 7, 4, 9, 5, 1), 16);
        return failed == 0 ? 100 : failed;
    }
}
