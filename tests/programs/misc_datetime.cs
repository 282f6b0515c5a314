// DateTime, TimeSpan and DateOnly arithmetic from fixed dates (no clock access): adding days,
// months across year ends and leap years, differences as TimeSpan, DayOfWeek, DayOfYear,
// comparisons, ticks, TimeSpan arithmetic and components, and invariant formatting.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var d = new DateTime(2024, 2, 28, 13, 45, 30, DateTimeKind.Utc);
        Check(d.AddDays(1).Day == 29 && d.AddDays(2).Month == 3, 1);
        Check(new DateTime(2023, 2, 28).AddDays(1).Month == 3, 2);
        Check(DateTime.IsLeapYear(2024) && !DateTime.IsLeapYear(1900) && DateTime.IsLeapYear(2000), 3);
        Check(new DateTime(2024, 1, 31).AddMonths(1) == new DateTime(2024, 2, 29), 4);
        Check(new DateTime(2023, 12, 15).AddMonths(2).Year == 2024, 5);
        Check(new DateTime(2000, 1, 1).DayOfWeek == DayOfWeek.Saturday && new DateTime(2024, 12, 31).DayOfYear == 366, 6);
        TimeSpan span = new DateTime(2024, 3, 1) - new DateTime(2024, 1, 1);
        Check(span.TotalDays == 60 && span.Days == 60, 7);
        var ts = TimeSpan.FromMinutes(135.5);
        Check(ts.Hours == 2 && ts.Minutes == 15 && ts.Seconds == 30 && ts.TotalSeconds == 8130, 8);
        Check((ts + TimeSpan.FromHours(22)).Days == 1 && (-ts).Ticks == -ts.Ticks, 9);
        Check(d.Ticks == 638447247300000000L, 10);
        Check(d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) == "2024-02-28 13:45:30", 11);
        Check(DateTime.ParseExact("2021-07-04", "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek == DayOfWeek.Sunday, 12);
        Check(new DateTime(2020, 1, 1) < new DateTime(2020, 1, 2) && d.Date == new DateTime(2024, 2, 28), 13);
        var dateOnly = new DateOnly(2024, 2, 29);
        Check(dateOnly.AddYears(1) == new DateOnly(2025, 2, 28) && dateOnly.DayNumber - new DateOnly(2024, 1, 1).DayNumber == 59, 14);
        var t = new TimeOnly(23, 30);
        Check(t.AddHours(1) == new TimeOnly(0, 30), 15);
        Check(TimeSpan.Parse("1.02:03:04", CultureInfo.InvariantCulture).TotalSeconds == 93784, 16);
        var dto = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.FromHours(2));
        Check(dto.UtcDateTime.Hour == 10, 17);
        return failed == 0 ? 100 : failed;
    }
}
