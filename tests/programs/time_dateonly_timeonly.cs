// DateOnly and TimeOnly with fixed values: construction, DayNumber, AddDays/Months/Years,
// FromDateTime/ToDateTime, comparisons, TimeOnly wrap-around with Add and wrappedDays,
// IsBetween, ToString formats (o, r, d, t, custom), and Parse/ParseExact/TryParse.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateOnly(2024, 2, 29);
        Console.WriteLine($"{d.ToString(inv)} {d.ToString("o", inv)} {d.ToString("R", inv)} {d.ToString("D", inv)} {d.ToString("M", inv)} {d.ToString("Y", inv)} {d.DayNumber} {d.DayOfWeek} {d.DayOfYear}");
        Check(d.ToString("o", inv) == "2024-02-29" && d.DayNumber == 738944 && d.DayOfWeek == DayOfWeek.Thursday, 1);
        Check(d.AddDays(1) == new DateOnly(2024, 3, 1) && d.AddYears(1) == new DateOnly(2025, 2, 28) && d.AddMonths(-1) == new DateOnly(2024, 1, 29), 2);
        Check(DateOnly.FromDayNumber(0) == DateOnly.MinValue && DateOnly.FromDayNumber(d.DayNumber) == d && DateOnly.MaxValue.ToString("o", inv) == "9999-12-31", 3);
        var dt = new DateTime(2024, 2, 29, 13, 45, 7, 123);
        Check(DateOnly.FromDateTime(dt) == d && TimeOnly.FromDateTime(dt) == new TimeOnly(13, 45, 7, 123), 4);
        Check(d.ToDateTime(new TimeOnly(13, 45, 7, 123)) == dt && d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Kind == DateTimeKind.Utc, 5);
        var t = new TimeOnly(23, 30, 15, 250);
        Console.WriteLine($"{t.ToString(inv)} {t.ToString("o", inv)} {t.ToString("R", inv)} {t.ToString("T", inv)} {t.ToString("HH:mm:ss.fff", inv)} {t.ToString("h:mm tt", inv)} {t.Ticks} {t.Hour} {t.Minute} {t.Second} {t.Millisecond}");
        Check(t.ToString("o", inv) == "23:30:15.2500000" && t.ToString("HH:mm", inv) == "23:30", 6);
        var w = t.Add(TimeSpan.FromHours(1), out int days);
        Check(w == new TimeOnly(0, 30, 15, 250) && days == 1, 7);
        var w2 = t.AddHours(-48.5, out int days2);
        Console.WriteLine(w2.ToString("o", inv) + " " + days2);
        Check(w2 == new TimeOnly(23, 0, 15, 250) && days2 == -2, 8);
        Check(t.AddMinutes(45) == new TimeOnly(0, 15, 15, 250) && (t - new TimeOnly(22, 0)) == new TimeSpan(0, 1, 30, 15, 250), 9);
        Check((new TimeOnly(1, 0) - new TimeOnly(23, 0)) == TimeSpan.FromHours(2), 10);
        Check(new TimeOnly(12, 0).IsBetween(new TimeOnly(9, 0), new TimeOnly(17, 0)) && new TimeOnly(1, 0).IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0)) && !new TimeOnly(17, 0).IsBetween(new TimeOnly(9, 0), new TimeOnly(17, 0)), 11);
        Check(TimeOnly.MaxValue.Ticks == TimeSpan.TicksPerDay - 1 && TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(90)) == new TimeOnly(1, 30) && new TimeOnly(6, 0).ToTimeSpan() == TimeSpan.FromHours(6), 12);
        try { TimeOnly.FromTimeSpan(TimeSpan.FromHours(24)); Check(false, 13); } catch (ArgumentOutOfRangeException) { Console.WriteLine("24h rejected"); }
        try { new DateOnly(2023, 2, 29); Check(false, 14); } catch (ArgumentOutOfRangeException) { Console.WriteLine("2023-02-29 rejected"); }
        Check(DateOnly.Parse("2024-02-29", inv) == d && DateOnly.ParseExact("29.02.2024", "dd.MM.yyyy", inv) == d && DateOnly.Parse("02/29/2024", inv) == d, 15);
        Check(TimeOnly.Parse("23:30:15.25", inv) == t && TimeOnly.ParseExact("11:30 PM", "hh:mm tt", inv) == new TimeOnly(23, 30), 16);
        Check(!DateOnly.TryParse("2024-02-29 10:00", inv, DateTimeStyles.None, out _) && !TimeOnly.TryParse("2024-02-29 10:00", inv, DateTimeStyles.None, out _), 17);
        Check(!DateOnly.TryParseExact("2024/02/29", "yyyy-MM-dd", inv, DateTimeStyles.None, out var bad) && bad == default, 18);
        var dates = new[] { new DateOnly(2024, 12, 25), d, new DateOnly(2000, 1, 1) };
        Array.Sort(dates);
        Console.WriteLine(string.Join(", ", Array.ConvertAll(dates, x => x.ToString("ddd dd MMM yyyy", inv))));
        Check(dates[0].Year == 2000 && dates[2].Month == 12 && d.CompareTo(dates[2]) < 0, 19);
        d.Deconstruct(out int y, out int m, out int dd);
        Check(y == 2024 && m == 2 && dd == 29, 20);
        return failed == 0 ? 100 : failed;
    }
}
