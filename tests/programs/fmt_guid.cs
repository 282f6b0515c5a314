// Guid parsing and formatting with fixed values: Parse/TryParse/ParseExact of the N, D, B, P
// and X forms (upper/lower case, surrounding white space), ToString of every format, the byte
// layout of ToByteArray and the byte[] / int-short-bytes constructors, equality and ordering.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var g = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        foreach (var f in new[] { "N", "D", "B", "P", "X", "n", "d" }) Console.WriteLine($"{f}: {g.ToString(f)}");
        Console.WriteLine(g + " | " + Guid.Empty + " | " + $"{g:B}");
        Console.WriteLine(BitConverter.ToString(g.ToByteArray()));
        Console.WriteLine(BitConverter.ToString(g.ToByteArray(bigEndian: true)));

        Check(g.ToString() == "0f8fad5b-d9cb-469f-a165-70867728950e", 1);
        Check(Guid.Parse("0F8FAD5BD9CB469FA16570867728950E") == g, 2);
        Check(Guid.Parse("{0F8FAD5B-D9CB-469F-A165-70867728950E}") == g && Guid.Parse("(0f8fad5b-d9cb-469f-a165-70867728950e)") == g, 3);
        Check(Guid.Parse("  0f8fad5b-d9cb-469f-a165-70867728950e  ") == g, 4);
        Check(Guid.Parse("{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}") == g, 5);
        Check(Guid.ParseExact("0f8fad5bd9cb469fa16570867728950e", "N") == g, 6);
        Check(!Guid.TryParseExact("0f8fad5b-d9cb-469f-a165-70867728950e", "N", out _), 7);
        Check(!Guid.TryParse("0f8fad5b-d9cb-469f-a165-70867728950", out var bad) && bad == Guid.Empty, 8);
        Check(!Guid.TryParse("zf8fad5b-d9cb-469f-a165-70867728950e", out _) && !Guid.TryParse("", out _), 9);
        bool threw = false;
        try { Guid.Parse("not a guid"); } catch (FormatException) { threw = true; }
        Check(threw, 10);
        byte[] bytes = g.ToByteArray();
        Check(bytes[0] == 0x5b && bytes[3] == 0x0f && bytes[4] == 0xcb && bytes[6] == 0x9f && bytes[8] == 0xa1 && bytes[15] == 0x0e, 11);
        Check(new Guid(bytes) == g && new Guid(bytes.AsSpan()) == g, 12);
        var g2 = new Guid(0x0f8fad5b, unchecked((short)0xd9cb), 0x469f, 0xa1, 0x65, 0x70, 0x86, 0x77, 0x28, 0x95, 0x0e);
        Check(g2 == g && g2.Equals(g) && g2.Equals((object)g) && !g2.Equals((object)"x"), 13);
        Check(new Guid(0x0f8fad5bu, 0xd9cb, 0x469f, 0xa1, 0x65, 0x70, 0x86, 0x77, 0x28, 0x95, 0x0e) == g, 14);
        Check(Guid.Empty.ToString("N") == new string('0', 32) && new Guid() == Guid.Empty && default(Guid) == Guid.Empty, 15);
        Check(Guid.AllBitsSet.ToString() == "ffffffff-ffff-ffff-ffff-ffffffffffff", 16);
        var a = Guid.Parse("00000001-0000-0000-0000-000000000000");
        var b = Guid.Parse("00000000-0000-0000-0000-000000000001");
        Check(a.CompareTo(b) > 0 && b.CompareTo(a) < 0 && a.CompareTo(a) == 0 && g.CompareTo(null) > 0, 17);
        var list = new List<Guid> { g, a, Guid.AllBitsSet, b, Guid.Empty };
        list.Sort();
        foreach (var x in list) Console.WriteLine(x.ToString("N"));
        var set = new HashSet<Guid> { g, g2, Guid.Parse(g.ToString("B")) };
        Check(set.Count == 1, 18);
        Span<char> buf = stackalloc char[40];
        Check(g.TryFormat(buf, out int written, "N") && written == 32 && buf.Slice(0, 4).ToString() == "0f8f", 19);
        Check(!g.TryFormat(buf.Slice(0, 10), out _, "D"), 20);
        Check(g.Version == 4 && new Guid(g.ToByteArray(true), bigEndian: true) == g, 21);
        return failed == 0 ? 100 : failed;
    }
}
