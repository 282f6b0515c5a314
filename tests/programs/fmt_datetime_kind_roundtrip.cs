// DateTime round-trip formats by Kind: "o"/"O", "r"/"R", "s", "u" for Utc and Unspecified values
// (no Local), fractional-second trimming in "o" vs custom F specifiers, the 7-digit tick
// fraction, years < 1000, ParseExact("o") keeping the kind, and DateTime.ToString(null).
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var baseTicks = new DateTime(2024, 2, 29, 13, 45, 7).Ticks;
        long[] extra = { 0, 1, 10, 1230000, 1234567, 9999999, 5000000 };
        foreach (var kind in new[] { DateTimeKind.Unspecified, DateTimeKind.Utc })
            foreach (var e in extra)
            {
                var d = new DateTime(baseTicks + e, kind);
                Console.WriteLine($"{kind,-11} {d.ToString("o", inv)} | {d.ToString("r", inv)} | {d.ToString("s", inv)} | {d.ToString("u", inv)} | {d.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFK", inv)} | {d.ToString(inv)} | {d.ToString((string?)null, inv)}");
            }
        var u = new DateTime(2024, 2, 29, 13, 45, 7, DateTimeKind.Utc).AddTicks(1234567);
        Check(u.ToString("o", inv) == "2024-02-29T13:45:07.1234567Z" && u.ToString("u", inv) == "2024-02-29 13:45:07Z" && u.ToString("r", inv) == "Thu, 29 Feb 2024 13:45:07 GMT", 1);
        var un = DateTime.SpecifyKind(u, DateTimeKind.Unspecified);
        Check(un.ToString("o", inv) == "2024-02-29T13:45:07.1234567" && un.ToString("s", inv) == "2024-02-29T13:45:07", 2);
        Check(new DateTime(2024, 2, 29, 13, 45, 7, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFK", inv) == "2024-02-29T13:45:07Z", 3);
        var early = new DateTime(999, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        Console.WriteLine(early.ToString("o", inv) + " " + early.ToString("r", inv) + " " + early.ToString("u", inv) + " " + new DateTime(1, 1, 1).ToString("o", inv));
        Check(early.ToString("o", inv) == "0999-01-02T03:04:05.0000000Z", 4);
        foreach (var s in new[] { "2024-02-29T13:45:07.1234567Z", "2024-02-29T13:45:07.1234567", "2024-02-29T13:45:07.0000000Z" })
        {
            var p = DateTime.ParseExact(s, "o", inv, DateTimeStyles.RoundtripKind);
            Console.WriteLine(s + " -> " + p.Kind + " " + p.Ticks + " " + p.ToString("o", inv));
            Check(p.ToString("o", inv) == s, 5);
        }
        Check(DateTime.ParseExact("Thu, 29 Feb 2024 13:45:07 GMT", "r", inv) == new DateTime(2024, 2, 29, 13, 45, 7), 6);
        Check(DateTime.ParseExact("2024-02-29 13:45:07Z", "u", inv) == new DateTime(2024, 2, 29, 13, 45, 7), 7);
        Check(!DateTime.TryParseExact("2024-02-29T13:45:07.123Z", "o", inv, DateTimeStyles.RoundtripKind, out _), 8);
        var dto = new DateTimeOffset(u.Ticks, TimeSpan.FromMinutes(-90));
        Console.WriteLine(dto.ToString("o", inv) + " | " + dto.ToString("r", inv) + " | " + dto.ToString("u", inv) + " | " + dto.ToString("s", inv));
        Check(dto.ToString("o", inv) == "2024-02-29T13:45:07.1234567-01:30" && dto.ToString("u", inv) == "2024-02-29 15:15:07Z", 9);
        return failed == 0 ? 100 : failed;
    }
}
