// DateTime custom format specifiers under the invariant culture: d/dd/ddd/dddd, M..MMMM,
// y..yyyyy, h/hh/H/HH, m, s, f..fffffff, F..FFFFFFF, t/tt, K and z with each DateTimeKind,
// g, quoted literals, escapes, single-character formats with %, and ':' '/' separators.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var dt = new DateTime(2024, 2, 29, 13, 45, 7, 123).AddTicks(4567);
        string[] fmts = { "d", "%d", "dd", "ddd", "dddd", "%M", "MM", "MMM", "MMMM", "%y", "yy", "yyy", "yyyy", "yyyyy",
            "%h", "hh", "%H", "HH", "%m", "mm", "%s", "ss", "%f", "ff", "fff", "ffff", "fffff", "ffffff", "fffffff",
            "%F", "FF", "FFF", "FFFF", "FFFFFFF", "%t", "tt", "%K", "%g", "gg", "yyyy'-'MM", "'It''s' HH\\h", "\\d\\a\\y d", "hh:mm tt", "dd/MM/yyyy", "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'" };
        foreach (var f in fmts) Console.WriteLine(f.PadRight(14) + "=> " + dt.ToString(f, inv));
        Check(dt.ToString("%d", inv) == "29" && dt.ToString("ddd", inv) == "Thu" && dt.ToString("dddd", inv) == "Thursday", 1);
        Check(dt.ToString("MMM", inv) == "Feb" && dt.ToString("MMMM", inv) == "February" && dt.ToString("%M", inv) == "2", 2);
        Check(dt.ToString("%y", inv) == "24" && dt.ToString("yyy", inv) == "2024" && dt.ToString("yyyyy", inv) == "02024", 3);
        Check(dt.ToString("%h", inv) == "1" && dt.ToString("HH", inv) == "13" && dt.ToString("tt", inv) == "PM" && dt.ToString("%t", inv) == "P", 4);
        Check(dt.ToString("fffffff", inv) == "1234567" && dt.ToString("FFFFFFF", inv) == "1234567" && dt.ToString("ff", inv) == "12", 5);
        var whole = new DateTime(2001, 1, 1, 0, 0, 0, 500);
        Check(whole.ToString("FFF", inv) == "5" && whole.ToString("fff", inv) == "500" && new DateTime(2001, 1, 1).ToString("%F", inv) == "", 6);
        Check(new DateTime(2001, 1, 1).ToString("HH:mm:ss.FFF", inv) == "00:00:00", 7);
        Check(new DateTime(2001, 1, 1, 0, 5, 0).ToString("hh tt", inv) == "12 AM", 8);
        Check(dt.ToString("'It''s' HH\\h", inv) == "Its 13h", 9);
        Check(dt.ToString("%K", inv) == "" && DateTime.SpecifyKind(dt, DateTimeKind.Utc).ToString("%K", inv) == "Z", 10);
        Check(dt.ToString("%g", inv) == "A.D." , 11);
        var dto = new DateTimeOffset(2024, 2, 29, 13, 45, 7, new TimeSpan(5, 30, 0));
        Console.WriteLine(dto.ToString("%z", inv) + " " + dto.ToString("zz", inv) + " " + dto.ToString("zzz", inv) + " " + dto.ToString("%K", inv));
        Check(dto.ToString("zzz", inv) == "+05:30" && dto.ToString("%z", inv) == "+5" && dto.ToString("zz", inv) == "+05" && dto.ToString("%K", inv) == "+05:30", 12);
        var neg = new DateTimeOffset(2024, 2, 29, 1, 2, 3, TimeSpan.FromHours(-8));
        Check(neg.ToString("yyyy-MM-ddTHH:mm:sszzz", inv) == "2024-02-29T01:02:03-08:00", 13);
        var early = new DateTime(5, 3, 4, 7, 8, 9);
        Console.WriteLine(early.ToString("y yy yyy yyyy yyyyy d/M/y h:m:s", inv));
        Check(early.ToString("y yy yyy yyyy", inv) == "5 05 005 0005", 14);
        Check(DateTime.MaxValue.ToString("yyyy-MM-dd HH:mm:ss.fffffff", inv) == "9999-12-31 23:59:59.9999999", 15);
        Check(DateTime.MinValue.ToString("dddd d MMMM yyyy", inv) == "Monday 1 January 0001", 16);
        for (int mo = 1; mo <= 12; mo++) Console.Write(new DateTime(2023, mo, 1).ToString("MMM ddd|", inv));
        Console.WriteLine();
        try { dt.ToString("%", inv); Check(false, 17); } catch (FormatException) { Console.WriteLine("bare % rejected"); }
        try { dt.ToString("dddd'unterminated", inv); Check(false, 18); } catch (FormatException) { Console.WriteLine("unterminated quote rejected"); }
        return failed == 0 ? 100 : failed;
    }
}
