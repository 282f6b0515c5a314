// Guid construction and text with fixed values: constructors from (int, short, short, bytes)
// and from spans, ToString in N/D/B/P/X forms (upper and lower input), TryParseExact per
// format, rejection of malformed strings, CompareTo ordering, Empty, and TryFormat into spans.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var g = new Guid(0x00112233, 0x4455, 0x6677, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF);
        foreach (var f in new[] { "N", "D", "B", "P", "X", "n", "d" }) Console.WriteLine(f + ": " + g.ToString(f));
        Check(g.ToString() == "00112233-4455-6677-8899-aabbccddeeff" && g.ToString("N") == "00112233445566778899aabbccddeeff", 1);
        Check(g.ToString("X") == "{0x00112233,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}}", 2);
        Check(g.ToString("P") == "(00112233-4455-6677-8899-aabbccddeeff)" && g.ToString("B") == "{00112233-4455-6677-8899-aabbccddeeff}", 3);
        byte[] bytes = g.ToByteArray();
        Console.WriteLine(BitConverter.ToString(bytes) + " | " + BitConverter.ToString(g.ToByteArray(bigEndian: true)));
        Check(bytes[0] == 0x33 && bytes[3] == 0x00 && bytes[4] == 0x55 && bytes[6] == 0x77 && bytes[8] == 0x88 && bytes[15] == 0xFF, 4);
        Check(new Guid(bytes) == g && new Guid(bytes.AsSpan()) == g && new Guid(g.ToByteArray(true), bigEndian: true) == g, 5);
        Check(Guid.Parse("00112233-4455-6677-8899-AABBCCDDEEFF") == g && Guid.Parse("{00112233445566778899aabbccddeeff}".Replace("{", "").Replace("}", "")) == g, 6);
        Check(Guid.Parse(" (00112233-4455-6677-8899-aabbccddeeff) ") == g && Guid.Parse("{0x00112233,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}}") == g, 7);
        Check(Guid.TryParseExact("00112233445566778899aabbccddeeff", "N", out var n1) && n1 == g && !Guid.TryParseExact("00112233445566778899aabbccddeeff", "D", out _), 8);
        Check(Guid.ParseExact("{00112233-4455-6677-8899-aabbccddeeff}", "B") == g && !Guid.TryParseExact("00112233-4455-6677-8899-aabbccddeeff", "B", out _), 9);
        string[] bad = { "", "0011223344556677889", "00112233-4455-6677-8899-aabbccddeefg", "{00112233-4455-6677-8899-aabbccddeeff", "00112233-4455-6677-8899aabbccddeeff", "00112233+4455-6677-8899-aabbccddeeff", "(00112233-4455-6677-8899-aabbccddeeff}" };
        foreach (var s in bad)
        {
            bool ok = Guid.TryParse(s, out var r);
            Console.WriteLine($"TryParse(\"{s}\") = {ok} {r}");
            Check(!ok && r == Guid.Empty, 10);
        }
        try { Guid.Parse("nope"); Check(false, 11); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        try { g.ToString("Q"); Check(false, 12); } catch (FormatException) { Console.WriteLine("format Q rejected"); }
        Check(Guid.Empty.ToString() == "00000000-0000-0000-0000-000000000000" && new Guid() == Guid.Empty && Guid.Empty.ToString("N").Length == 32, 13);
        var lo = new Guid("00000000-0000-0000-0000-000000000001");
        var hi = new Guid("01000000-0000-0000-0000-000000000000");
        var mid = new Guid("00000000-0000-0001-0000-000000000000");
        Console.WriteLine(lo.CompareTo(hi) + " " + hi.CompareTo(mid) + " " + mid.CompareTo(lo) + " " + g.CompareTo(g) + " " + g.CompareTo(null));
        var arr = new[] { hi, g, lo, mid, Guid.Empty };
        Array.Sort(arr);
        foreach (var x in arr) Console.Write(x.ToString("N").Substring(0, 8) + ".." + x.ToString("N").Substring(24) + " ");
        Console.WriteLine();
        Check(arr[0] == Guid.Empty, 14);
        Span<char> buf = stackalloc char[40];
        Check(g.TryFormat(buf, out int w, "B") && w == 38 && buf.Slice(0, w).ToString() == g.ToString("B"), 15);
        Check(!g.TryFormat(buf.Slice(0, 10), out w, "D") && w == 0, 16);
        Check(g.Equals((object)new Guid(g.ToString())) && g != lo && !g.Equals("string"), 17);
        var allF = new Guid("ffffffff-ffff-ffff-ffff-ffffffffffff");
        Console.WriteLine(allF + " " + allF.Variant + " " + allF.Version + " " + g.Variant + " " + g.Version);
        Check(allF == Guid.AllBitsSet, 18);
        return failed == 0 ? 100 : failed;
    }
}
