// DateTimeOffset with fixed values: construction with offsets, UtcDateTime/DateTime/Offset,
// ToOffset conversion, equality across offsets vs EqualsExact, arithmetic, Unix time seconds
// and milliseconds both ways, ToString formats, and Parse/ParseExact/TryParse with offsets.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var a = new DateTimeOffset(2024, 2, 29, 13, 45, 7, 123, TimeSpan.FromHours(2));
        var b = new DateTimeOffset(2024, 2, 29, 11, 45, 7, 123, TimeSpan.Zero);
        var c = new DateTimeOffset(2024, 2, 29, 6, 15, 7, 123, new TimeSpan(-5, -30, 0));
        foreach (var x in new[] { a, b, c })
            Console.WriteLine($"{x.ToString(inv)} | {x.ToString("O", inv)} | {x.ToString("u", inv)} | {x.ToString("R", inv)} | {x.UtcDateTime.ToString("s", inv)} {x.UtcDateTime.Kind} | {x.DateTime.Kind} | {x.Offset} | {x.UtcTicks}");
        Check(a == b && b == c && a.Equals(c) && !a.EqualsExact(b) && a.EqualsExact(new DateTimeOffset(a.DateTime, a.Offset)), 1);
        Check(a.UtcDateTime == new DateTime(2024, 2, 29, 11, 45, 7, 123) && a.DateTime == new DateTime(2024, 2, 29, 13, 45, 7, 123), 2);
        var d = a.ToOffset(TimeSpan.FromHours(-8));
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss zzz", inv));
        Check(d.Hour == 3 && d.Offset == TimeSpan.FromHours(-8) && d == a, 3);
        Check(a.ToUniversalTime().Offset == TimeSpan.Zero && a.ToUniversalTime().Hour == 11, 4);
        Check((a.AddHours(5) - b) == TimeSpan.FromHours(5) && a.AddDays(1).Day == 1 && a.AddMonths(12).Month == 2 && a.AddYears(1).Day == 28, 5);
        Check(DateTimeOffset.Compare(a, c) == 0 && a.CompareTo(a.AddTicks(1)) < 0, 6);
        long unixS = a.ToUnixTimeSeconds(), unixMs = a.ToUnixTimeMilliseconds();
        Console.WriteLine(unixS + " " + unixMs);
        Check(unixS == 1709207107 && unixMs == 1709207107123, 7);
        var fromS = DateTimeOffset.FromUnixTimeSeconds(0);
        var fromMs = DateTimeOffset.FromUnixTimeMilliseconds(-1);
        Console.WriteLine(fromS.ToString("O", inv) + " " + fromMs.ToString("O", inv));
        Check(fromS == DateTimeOffset.UnixEpoch && fromMs.Year == 1969 && fromMs.Millisecond == 999, 8);
        try { new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)); Check(false, 9); } catch (ArgumentException e) { Console.WriteLine("offset 15h: " + e.GetType().Name); }
        try { new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30)); Check(false, 10); } catch (ArgumentException) { Console.WriteLine("offset with seconds rejected"); }
        var p1 = DateTimeOffset.Parse("2024-02-29T13:45:07.123+02:00", inv);
        Check(p1 == a && p1.Offset == TimeSpan.FromHours(2), 11);
        var p2 = DateTimeOffset.ParseExact("29/02/2024 13:45 -0330", "dd/MM/yyyy HH:mm zzz", inv);
        Console.WriteLine(p2.ToString("O", inv));
        Check(p2.Offset == new TimeSpan(-3, -30, 0) && p2.UtcDateTime.Hour == 17, 12);
        var p3 = DateTimeOffset.Parse("2024-02-29 10:00", inv, DateTimeStyles.AssumeUniversal);
        Check(p3.Offset == TimeSpan.Zero && p3.Hour == 10, 13);
        Check(!DateTimeOffset.TryParse("2024-02-29T10:00+15:00", inv, DateTimeStyles.None, out _) && !DateTimeOffset.TryParse("garbage", out _), 14);
        var p4 = DateTimeOffset.ParseExact(a.ToString("O", inv), "O", inv);
        Check(p4.EqualsExact(a), 15);
        var p5 = DateTimeOffset.Parse("Thu, 29 Feb 2024 11:45:07 GMT", inv);
        Check(p5.Offset == TimeSpan.Zero && p5 == new DateTimeOffset(2024, 2, 29, 11, 45, 7, TimeSpan.Zero), 16);
        Console.WriteLine(DateTimeOffset.MinValue.ToString("O", inv) + " " + DateTimeOffset.MaxValue.ToString("O", inv));
        var withMicro = new DateTimeOffset(2024, 2, 29, 0, 0, 0, 0, 456, TimeSpan.FromHours(9));
        Check(withMicro.Microsecond == 456 && withMicro.ToString("ffffff", inv) == "000456", 17);
        Check(a.Date == new DateTime(2024, 2, 29) && a.TimeOfDay == new TimeSpan(0, 13, 45, 7, 123) && a.DayOfWeek == DayOfWeek.Thursday && a.DayOfYear == 60, 18);
        var list = new[] { a.AddMinutes(1), c, a.AddMinutes(-1) };
        Array.Sort(list);
        Console.WriteLine(string.Join(" ", Array.ConvertAll(list, x => x.ToString("HH:mm zzz", inv))));
        Check(list[0] == a.AddMinutes(-1) && list[2] == a.AddMinutes(1), 19);
        return failed == 0 ? 100 : failed;
    }
}
