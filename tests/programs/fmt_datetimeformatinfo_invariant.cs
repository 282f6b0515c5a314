// DateTimeFormatInfo of the invariant culture as text: every pattern property, month/day
// names (full, abbreviated, shortest, genitive), AM/PM designators, separators, first day of
// week, calendar rules, GetEra/GetAbbreviatedMonthName, GetAllDateTimePatterns per format char.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var f = DateTimeFormatInfo.InvariantInfo;
        Console.WriteLine($"ShortDate={f.ShortDatePattern} LongDate={f.LongDatePattern} ShortTime={f.ShortTimePattern} LongTime={f.LongTimePattern}");
        Console.WriteLine($"Full={f.FullDateTimePattern} MonthDay={f.MonthDayPattern} YearMonth={f.YearMonthPattern} RFC1123={f.RFC1123Pattern} Sortable={f.SortableDateTimePattern} Universal={f.UniversalSortableDateTimePattern}");
        Console.WriteLine($"AM={f.AMDesignator} PM={f.PMDesignator} DateSep={f.DateSeparator} TimeSep={f.TimeSeparator} FirstDay={f.FirstDayOfWeek} Rule={f.CalendarWeekRule} Calendar={f.Calendar.GetType().Name} NativeCal={f.NativeCalendarName}");
        Console.WriteLine(string.Join(",", f.MonthNames) + " | " + string.Join(",", f.AbbreviatedMonthNames) + " | " + string.Join(",", f.MonthGenitiveNames).TrimEnd(','));
        Console.WriteLine(string.Join(",", f.DayNames) + " | " + string.Join(",", f.AbbreviatedDayNames) + " | " + string.Join(",", f.ShortestDayNames));
        Check(f.ShortDatePattern == "MM/dd/yyyy" && f.LongDatePattern == "dddd, dd MMMM yyyy" && f.LongTimePattern == "HH:mm:ss" && f.ShortTimePattern == "HH:mm", 1);
        Check(f.FullDateTimePattern == "dddd, dd MMMM yyyy HH:mm:ss" && f.MonthDayPattern == "MMMM dd" && f.YearMonthPattern == "yyyy MMMM", 2);
        Check(f.AMDesignator == "AM" && f.PMDesignator == "PM" && f.FirstDayOfWeek == DayOfWeek.Sunday && f.MonthNames.Length == 13 && f.MonthNames[12] == "", 3);
        Check(f.GetMonthName(2) == "February" && f.GetAbbreviatedMonthName(9) == "Sep" && f.GetDayName(DayOfWeek.Wednesday) == "Wednesday" && f.GetAbbreviatedDayName(DayOfWeek.Saturday) == "Sat" && f.GetShortestDayName(DayOfWeek.Monday) == "Mo", 4);
        Check(f.GetEraName(1) == "A.D." && f.GetEra("AD") == 1 && f.GetAbbreviatedEraName(1) == "AD", 5);
        foreach (char c in "dDfFgGmMoOrRstTuUyY")
            Console.WriteLine(c + ": " + string.Join(" ; ", f.GetAllDateTimePatterns(c)));
        Check(f.IsReadOnly, 6);
        try { f.AMDesignator = "x"; Check(false, 7); } catch (InvalidOperationException) { Console.WriteLine("read-only"); }
        var copy = (DateTimeFormatInfo)f.Clone();
        copy.ShortDatePattern = "yyyy.MM.dd"; copy.DateSeparator = "-"; copy.AMDesignator = "vorm."; copy.PMDesignator = "nachm.";
        copy.MonthNames = new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "" };
        var d = new DateTime(2024, 2, 29, 13, 45, 7);
        Console.WriteLine(d.ToString("d", copy) + " " + d.ToString("MM/dd/yy hh tt", copy) + " " + d.ToString("MMMM", copy) + " " + d.ToString("g", copy));
        Check(d.ToString("d", copy) == "2024.02.29" && d.ToString("MM/dd", copy) == "02-29" && d.ToString("tt", copy) == "nachm.", 8);
        Check(DateTime.ParseExact("2024.02.29", "d", copy) == d.Date && DateTime.Parse("29 Feb 2024 1:45:07 nachm.", copy) == d, 9);
        var cal = f.Calendar;
        Check(cal.GetDaysInYear(2024) == 366 && cal.GetMonthsInYear(2024) == 12 && cal.IsLeapDay(2024, 2, 29) && cal.AddMonths(d, 1).Month == 3 && cal.MinSupportedDateTime == DateTime.MinValue, 10);
        Console.WriteLine(cal.GetDayOfWeek(d) + " " + cal.GetDayOfYear(d) + " " + cal.GetWeekOfYear(d, CalendarWeekRule.FirstDay, DayOfWeek.Sunday) + " " + cal.GetWeekOfYear(d, CalendarWeekRule.FirstFullWeek, DayOfWeek.Monday) + " " + cal.TwoDigitYearMax + " " + cal.ToFourDigitYear(29) + " " + cal.ToFourDigitYear(30));
        return failed == 0 ? 100 : failed;
    }
}
