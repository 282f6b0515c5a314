// DateTime and DateTimeOffset formatting with fixed values under the invariant culture: every
// standard format (d D f F g G M O R s t T u U Y), custom specifiers (fractions, 12-hour clock,
// day/month names, era-free literals), and Parse/ParseExact/TryParseExact round trips.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int Main()
    {
        var dt = new DateTime(2024, 2, 29, 14, 5, 9, 123, DateTimeKind.Utc).AddTicks(4567);
        var local = new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Unspecified);
        var morning = new DateTime(2001, 1, 2, 3, 4, 5, 60, DateTimeKind.Unspecified);
        foreach (var f in new[] { "d", "D", "f", "F", "g", "G", "M", "O", "R", "s", "t", "T", "u", "Y" })
            Console.WriteLine($"{f}: {dt.ToString(f, Inv)} | {local.ToString(f, Inv)} | {morning.ToString(f, Inv)}");
        Console.WriteLine("U: " + dt.ToString("U", Inv));
        foreach (var f in new[] { "yyyy-MM-dd'T'HH:mm:ss.fffffff", "dddd, MMMM d, yyyy", "ddd MMM dd yy", "h:mm tt", "hh:mm:ss t",
                                  "H:m:s.FFF", "yyyyMMddHHmmss", "%d", "MM/dd/yyyy", "yyyy \"year\" \\d\\a\\y d" })
            Console.WriteLine($"{f}: {dt.ToString(f, Inv)} | {morning.ToString(f, Inv)}");
        Console.WriteLine(dt.ToString(Inv) + " | " + DateTime.MinValue.ToString(Inv) + " | " + DateTime.MaxValue.ToString("O", Inv));

        var dto = new DateTimeOffset(2020, 6, 15, 8, 30, 0, TimeSpan.FromHours(-5.5));
        Console.WriteLine(dto.ToString("O", Inv) + " | " + dto.ToString("u", Inv) + " | " + dto.ToString("R", Inv) + " | " + dto.ToString(Inv));
        Console.WriteLine(dto.ToString("yyyy-MM-dd HH:mm zzz | zz | z", Inv) + " | " + dto.UtcDateTime.ToString("s", Inv));
        Console.WriteLine(new DateOnly(2023, 3, 7).ToString("D", Inv) + " | " + new TimeOnly(17, 4, 3).ToString("T", Inv) + " | " + new DateOnly(2023, 3, 7).ToString("o", Inv));

        Check(dt.ToString("O", Inv) == "2024-02-29T14:05:09.1234567Z", 1);
        Check(local.ToString("O", Inv) == "1999-12-31T23:59:59.0000000", 2);
        Check(dt.ToString("s", Inv) == "2024-02-29T14:05:09" && dt.ToString("u", Inv) == "2024-02-29 14:05:09Z", 3);
        Check(dt.ToString("R", Inv) == "Thu, 29 Feb 2024 14:05:09 GMT", 4);
        Check(morning.ToString("h:mm tt", Inv) == "3:04 AM" && dt.ToString("h:mm tt", Inv) == "2:05 PM", 5);
        Check(DateTime.ParseExact("2024-02-29T14:05:09.1234567Z", "O", Inv, DateTimeStyles.RoundtripKind) == dt, 6);
        Check(DateTime.ParseExact("2024-02-29T14:05:09.1234567Z", "O", Inv, DateTimeStyles.RoundtripKind).Kind == DateTimeKind.Utc, 7);
        Check(DateTime.ParseExact("31/12/1999 23:59:59", "dd/MM/yyyy HH:mm:ss", Inv) == local, 8);
        Check(DateTime.Parse("1999-12-31 23:59:59", Inv) == local && DateTime.Parse("12/31/1999 11:59:59 PM", Inv) == local, 9);
        Check(!DateTime.TryParseExact("2023-02-29", "yyyy-MM-dd", Inv, DateTimeStyles.None, out _), 10);
        Check(DateTime.TryParseExact("20240229", new[] { "yyyy-MM-dd", "yyyyMMdd" }, Inv, DateTimeStyles.None, out var p) && p.Day == 29, 11);
        Check(DateTimeOffset.Parse("2020-06-15T08:30:00-05:30", Inv) == dto && DateTimeOffset.Parse("2020-06-15T08:30:00-05:30", Inv).Offset.TotalMinutes == -330, 12);
        bool threw = false;
        try { DateTime.ParseExact("2024-13-01", "yyyy-MM-dd", Inv); } catch (FormatException) { threw = true; }
        Check(threw, 13);
        Check(DateTime.Parse(dt.ToString("O", Inv), Inv, DateTimeStyles.RoundtripKind).Ticks == dt.Ticks, 14);
        Check(morning.ToString("fff FFF ff F", Inv) == "060 06 06 ", 15);
        return failed == 0 ? 100 : failed;
    }
}
