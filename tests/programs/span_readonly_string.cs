// ReadOnlySpan<char> over strings: AsSpan, slicing without allocation, Trim, StartsWith,
// EndsWith, Equals with StringComparison, IndexOf(Any), Split via manual loop, int.Parse of
// a span, MemoryExtensions helpers, and string creation from spans.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int CountWords(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (true)
        {
            text = text.TrimStart(' ');
            if (text.IsEmpty) return n;
            int sp = text.IndexOf(' ');
            n++;
            if (sp < 0) return n;
            text = text.Slice(sp);
        }
    }

    static int Main()
    {
        string s = "  Hello, World  ";
        ReadOnlySpan<char> span = s.AsSpan().Trim();
        Check(span.Length == 12 && span[0] == 'H' && span[11] == 'd', 1);
        Check(span.StartsWith("Hello") && span.EndsWith("World") && !span.StartsWith("hello"), 2);
        Check(span.StartsWith("hello", StringComparison.OrdinalIgnoreCase), 3);
        Check(span.Slice(7).SequenceEqual("World") && span[..5].ToString() == "Hello", 4);
        Check(span.IndexOf(',') == 5 && span.IndexOfAny('W', 'o') == 4 && span.LastIndexOf('o') == 8, 5);
        Check(CountWords("  the quick  brown fox ") == 4 && CountWords("") == 0 && CountWords("one") == 1, 6);
        Check(int.Parse("x1234y".AsSpan(1, 4)) == 1234, 7);
        Check(double.Parse("2.5".AsSpan(), provider: System.Globalization.CultureInfo.InvariantCulture) == 2.5, 8);
        Check(new string(span.Slice(0, 2)) == "He", 9);
        Check("abc".AsSpan().CompareTo("abd", StringComparison.Ordinal) < 0, 10);
        Check(MemoryExtensions.Equals("ABC".AsSpan(), "abc", StringComparison.OrdinalIgnoreCase), 11);
        Span<char> buf = stackalloc char[5];
        "hello".AsSpan().CopyTo(buf);
        buf[0] = char.ToUpperInvariant(buf[0]);
        Check(buf.ToString() == "Hello", 12);
        Check(42.TryFormat(buf, out int written) && written == 2 && buf[..2].SequenceEqual("42"), 13);
        Check(span.Contains("lo, W", StringComparison.Ordinal), 14);
        int commas = 0;
        foreach (char c in "a,b,,c".AsSpan()) if (c == ',') commas++;
        Check(commas == 3, 15);
        Check("a-b-c".AsSpan().Count('-') == 2, 16);
        return failed == 0 ? 100 : failed;
    }
}
