// DateTime arithmetic and calendar facts with fixed dates: AddDays/Months/Years across month
// ends and leap days, DayOfWeek/DayOfYear, DaysInMonth/IsLeapYear, subtraction to TimeSpan,
// Date/TimeOfDay, Kind handling (SpecifyKind, ToBinary/FromBinary), ticks and OADate.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.fff ddd", CultureInfo.InvariantCulture);

    static int Main()
    {
        var d = new DateTime(2024, 2, 29, 13, 45, 7, 123);
        Console.WriteLine(S(d) + " " + d.DayOfWeek + " " + d.DayOfYear + " " + d.Ticks + " " + d.Kind);
        Check(d.DayOfWeek == DayOfWeek.Thursday && d.DayOfYear == 60 && d.Ticks == 638448111071230000L, 1);
        Check(d.AddYears(1) == new DateTime(2025, 2, 28, 13, 45, 7, 123) && d.AddYears(4).Day == 29 && d.AddMonths(1).Day == 29 && d.AddMonths(-12).Day == 28, 2);
        var jan31 = new DateTime(2023, 1, 31);
        Check(jan31.AddMonths(1) == new DateTime(2023, 2, 28) && jan31.AddMonths(3) == new DateTime(2023, 4, 30) && jan31.AddMonths(-2) == new DateTime(2022, 11, 30), 3);
        Check(d.AddDays(1).Month == 3 && d.AddHours(11).Day == 1 && d.AddMinutes(-13 * 60 - 46).Day == 28 && d.AddMilliseconds(877).Second == 8, 4);
        Check(d.AddDays(0.5) == d.AddHours(12) && d.AddTicks(-1).Millisecond == 122 && d.AddMicroseconds(1500).Millisecond == 124, 5);
        for (int y = 1896; y <= 2104; y += 52) Console.Write(y + ":" + DateTime.IsLeapYear(y) + " ");
        Console.WriteLine();
        Check(DateTime.IsLeapYear(2000) && !DateTime.IsLeapYear(1900) && DateTime.IsLeapYear(2024) && !DateTime.IsLeapYear(2100), 6);
        Check(DateTime.DaysInMonth(2024, 2) == 29 && DateTime.DaysInMonth(2023, 2) == 28 && DateTime.DaysInMonth(2023, 12) == 31 && DateTime.DaysInMonth(2023, 4) == 30, 7);
        var span = new DateTime(2025, 1, 1) - new DateTime(2024, 1, 1);
        Check(span.Days == 366 && (new DateTime(2024, 3, 10, 3, 0, 0) - new DateTime(2024, 3, 9, 23, 30, 0)) == new TimeSpan(3, 30, 0), 8);
        Check(d.Date == new DateTime(2024, 2, 29) && d.TimeOfDay == new TimeSpan(0, 13, 45, 7, 123) && d.Date.TimeOfDay == TimeSpan.Zero, 9);
        var utc = DateTime.SpecifyKind(d, DateTimeKind.Utc);
        Check(utc.Kind == DateTimeKind.Utc && utc == d && utc.Ticks == d.Ticks, 10);
        long bin = utc.ToBinary();
        Console.WriteLine(bin.ToString("X16") + " " + DateTime.FromBinary(bin).Kind);
        Check(DateTime.FromBinary(bin) == utc && DateTime.FromBinary(bin).Kind == DateTimeKind.Utc && DateTime.FromBinary(d.ToBinary()).Kind == DateTimeKind.Unspecified, 11);
        Check(utc.ToUniversalTime() == utc && utc.ToUniversalTime().Kind == DateTimeKind.Utc, 12);
        double oa = d.ToOADate();
        Console.WriteLine(oa.ToString("R", CultureInfo.InvariantCulture) + " " + S(DateTime.FromOADate(45351.5)));
        Check(DateTime.FromOADate(0) == new DateTime(1899, 12, 30) && DateTime.FromOADate(45351.5) == new DateTime(2024, 2, 29, 12, 0, 0), 13);
        try { d.AddYears(8000); Check(false, 14); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AddYears out of range"); }
        try { DateTime.MaxValue.AddTicks(1); Check(false, 15); } catch (ArgumentOutOfRangeException) { Console.WriteLine("MaxValue + 1 tick"); }
        try { new DateTime(2023, 2, 29); Check(false, 16); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Feb 29 2023 invalid"); }
        try { var x = DateTime.MinValue - TimeSpan.FromDays(1); Check(false, 17); } catch (ArgumentOutOfRangeException) { Console.WriteLine("MinValue - 1 day"); }
        var first = new DateTime(2024, 1, 1);
        for (int m = 0; m < 12; m++) { var f = first.AddMonths(m); Console.Write(f.ToString("MMM", CultureInfo.InvariantCulture) + ":" + f.DayOfWeek.ToString().Substring(0, 2) + ":" + DateTime.DaysInMonth(2024, m + 1) + " "); }
        Console.WriteLine();
        var cal = CultureInfo.InvariantCulture.Calendar;
        Console.WriteLine(cal.GetType().Name + " " + cal.GetWeekOfYear(d, CalendarWeekRule.FirstFourDayWeek, DayOfWeek.Monday) + " " + ISOWeek.GetWeekOfYear(d) + " " + ISOWeek.GetYear(new DateTime(2024, 12, 30)) + " " + S(ISOWeek.ToDateTime(2025, 1, DayOfWeek.Monday)));
        Check(ISOWeek.GetWeekOfYear(d) == 9 && ISOWeek.GetYear(new DateTime(2024, 12, 30)) == 2025, 18);
        Check(d.CompareTo(d.AddTicks(1)) < 0 && DateTime.Compare(d, d) == 0 && d.Equals(new DateTime(d.Ticks)) && (d > DateTime.MinValue), 19);
        Check(new DateTime(2024, 2, 29).Subtract(new DateTime(2000, 1, 1)).TotalDays == 8825, 20);
        var unix = DateTime.UnixEpoch;
        Check(unix == new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc) && unix.Kind == DateTimeKind.Utc && (d - unix).TotalSeconds == 1709214307.123, 21);
        return failed == 0 ? 100 : failed;
    }
}
