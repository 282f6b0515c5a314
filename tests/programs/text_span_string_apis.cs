// Span-based string APIs: string.Create with state, MemoryExtensions (SequenceEqual, Equals and
// StartsWith with comparisons, Reverse, CopyTo, Split into Range spans, EnumerateLines,
// EnumerateRunes), string.Concat/Join of spans, and new string(ReadOnlySpan<char>).
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string made = string.Create(10, 'A', (span, start) => { for (int i = 0; i < span.Length; i++) span[i] = (char)(start + i); });
        Console.WriteLine(made);
        Check(made == "ABCDEFGHIJ", 1);
        string hex = string.Create(8, 0xDEADBEEFu, (span, v) => { for (int i = 7; i >= 0; i--) { span[i] = "0123456789ABCDEF"[(int)(v & 0xF)]; v >>= 4; } });
        Check(hex == "DEADBEEF", 2);
        ReadOnlySpan<char> a = "Hello World".AsSpan();
        Check(a.Slice(6).SequenceEqual("World") && a.Equals("HELLO WORLD", StringComparison.OrdinalIgnoreCase) && a.StartsWith("hello", StringComparison.OrdinalIgnoreCase), 3);
        Check(a.EndsWith("World") && !a.EndsWith("world") && a.SequenceCompareTo("Hello") > 0 && "abc".AsSpan().SequenceCompareTo("abd") < 0, 4);
        char[] buf = "abcdef".ToCharArray();
        buf.AsSpan(1, 4).Reverse();
        Check(new string(buf) == "aedcbf", 5);
        Span<char> tgt = stackalloc char[6];
        "xyz".AsSpan().CopyTo(tgt.Slice(3));
        tgt.Slice(0, 3).Fill('-');
        Console.WriteLine(tgt.ToString());
        Check(tgt.ToString() == "---xyz" && !"toolong".AsSpan().TryCopyTo(tgt), 6);
        ReadOnlySpan<char> csv = "one,two,,three,four";
        Span<Range> ranges = stackalloc Range[10];
        int n = csv.Split(ranges, ',');
        var parts = new StringBuilder();
        for (int i = 0; i < n; i++) parts.Append('<').Append(csv[ranges[i]]).Append('>');
        Console.WriteLine(n + " " + parts);
        Check(n == 5 && parts.ToString() == "<one><two><><three><four>", 7);
        Span<Range> two = stackalloc Range[2];
        int m = csv.Split(two, ',', StringSplitOptions.None);
        Console.WriteLine(m + " " + csv[two[0]].ToString() + " | " + csv[two[1]].ToString());
        Check(m == 2 && csv[two[1]].ToString() == "two,,three,four", 8);
        int k = " a ; b ;; c ".AsSpan().Split(ranges, ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Check(k == 3, 9);
        int lines = 0; var lsb = new StringBuilder();
        foreach (var line in "first\nsecond\r\nthird\rfourth\n".AsSpan().EnumerateLines()) { lines++; lsb.Append('[').Append(line).Append(']'); }
        Console.WriteLine(lines + " " + lsb);
        Check(lines == 5 && lsb.ToString() == "[first][second][third][fourth][]", 10);
        int runes = 0, astral = 0;
        foreach (Rune r in "a\U0001F600b\u00e9".AsSpan().EnumerateRunes()) { runes++; if (r.IsBmp == false) astral++; Console.Write(r.Value.ToString("X") + " "); }
        Console.WriteLine();
        Check(runes == 4 && astral == 1, 11);
        string cc = string.Concat("ab".AsSpan(), "cd".AsSpan(), "ef".AsSpan());
        Check(cc == "abcdef" && string.Concat("x".AsSpan(), "".AsSpan()) == "x", 12);
        string joined = string.Join('/', new[] { "usr", "local", "bin" }) + string.Join(", ", new object?[] { 1, null, 'c', 2.5 });
        Console.WriteLine(joined);
        Check(joined == "usr/local/bin1, , c, 2.5", 13);
        Check(new string("abcdef".AsSpan(2, 3)) == "cde" && new string(ReadOnlySpan<char>.Empty) == "", 14);
        var trimmed = "xxabcxx".AsSpan().Trim('x');
        Check(trimmed.ToString() == "abc" && trimmed.Contains('b') && trimmed.IndexOf("bc") == 1, 15);
        Span<char> up = stackalloc char[5];
        int w = "MiXeD".AsSpan().ToUpperInvariant(up);
        Check(w == 5 && up.ToString() == "MIXED", 16);
        w = "MiXeD".AsSpan().ToLowerInvariant(up);
        Check(up.ToString() == "mixed", 17);
        Check("abc".AsSpan().CompareTo("ABD", StringComparison.OrdinalIgnoreCase) < 0, 18);
        Check(MemoryExtensions.Equals("ß".AsSpan(), "SS".AsSpan(), StringComparison.OrdinalIgnoreCase) == false, 19);
        return failed == 0 ? 100 : failed;
    }
}
