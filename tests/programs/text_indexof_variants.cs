// String searching: IndexOf/LastIndexOf for chars and strings with start index and count,
// Ordinal and OrdinalIgnoreCase comparisons, IndexOfAny/LastIndexOfAny, empty needles,
// Contains/StartsWith/EndsWith overloads, and span-based IndexOf/LastIndexOf/IndexOfAnyExcept.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string s = "The quick brown fox jumps over the lazy dog; THE END";
        var O = StringComparison.Ordinal; var OI = StringComparison.OrdinalIgnoreCase;
        Console.WriteLine($"{s.IndexOf('o')} {s.IndexOf('o', 13)} {s.IndexOf('o', 13, 3)} {s.LastIndexOf('o')} {s.LastIndexOf('o', 20)} {s.LastIndexOf('o', 20, 5)}");
        Check(s.IndexOf('o') == 12 && s.IndexOf('o', 13) == 17 && s.IndexOf('o', 13, 3) == -1 && s.LastIndexOf('o') == 41, 1);
        Check(s.LastIndexOf('o', 20) == 17 && s.LastIndexOf('o', 20, 3) == -1, 2);
        Check(s.IndexOf("the", O) == 31 && s.IndexOf("the", OI) == 0 && s.IndexOf("THE", 1, OI) == 31 && s.LastIndexOf("the", OI) == 45, 3);
        Check(s.IndexOf("fox", 10, 10, O) == 16 && s.IndexOf("fox", 10, 8, O) == -1, 4);
        Check(s.IndexOf("") == 0 && s.IndexOf("", 5) == 5 && s.LastIndexOf("", O) == s.Length && "".IndexOf("", O) == 0, 5);
        Check(s.IndexOfAny(new[] { 'z', 'q' }) == 4 && s.LastIndexOfAny(new[] { 'z', 'q' }) == 37 && s.IndexOfAny(new[] { '!' }) == -1, 6);
        Check(s.IndexOfAny(new[] { 'T', 'E' }, 1) == 45 && s.LastIndexOfAny(new[] { 'o', 'e' }, 30, 5) == 28, 7);
        Check(s.Contains("LAZY", OI) && !s.Contains("LAZY") && s.Contains('j') && s.Contains('J', OI), 8);
        Check(s.StartsWith("the ", OI) && !s.StartsWith("the ") && s.EndsWith("END") && s.EndsWith('D') && s.StartsWith('T'), 9);
        Check(!"".StartsWith('a') && "".StartsWith("") && "abc".EndsWith(""), 10);
        string u = "straße STRASSE Ǆ ǅ ǆ İi";
        Console.WriteLine($"{u.IndexOf("STRASSE", OI)} {u.IndexOf("ǆ", OI)} {u.IndexOf("i", OI)} {u.IndexOf("ß", OI)}");
        Check(u.IndexOf("STRASSE", OI) == 7 && u.IndexOf("ǆ", OI) == 15, 11);
        ReadOnlySpan<char> sp = s.AsSpan();
        Check(sp.IndexOf("brown".AsSpan()) == 10 && sp.LastIndexOf('e') == 33 && sp.IndexOf("DOG".AsSpan(), OI) == 40, 12);
        Check(sp.IndexOfAny('x', 'y') == 18 && sp.IndexOfAny("yz".AsSpan()) == 37 && sp.LastIndexOfAny('T', 'h') == 45, 13);
        Check("   abc".AsSpan().IndexOfAnyExcept(' ') == 3 && "aaab".AsSpan().LastIndexOfAnyExcept('b') == 2 && "aaa".AsSpan().IndexOfAnyExcept('a') == -1, 14);
        Check("hello".AsSpan().IndexOfAnyInRange('k', 'm') == 2 && "hello".AsSpan().IndexOfAnyExceptInRange('a', 'h') == 2, 15);
        Check("a,b;c".AsSpan().Count(',') == 1 && "aXbXc".AsSpan().Count("X".AsSpan()) == 2, 16);
        Check("abcabc".AsSpan().ContainsAny('z', 'c') && !"abc".AsSpan().ContainsAny('x', 'y'), 17);
        int count = 0, pos = -1;
        while ((pos = s.IndexOf('o', pos + 1)) >= 0) count++;
        Console.WriteLine("o count " + count);
        Check(count == 4, 18);
        foreach (var needle in new[] { "T", "t", "e", "E", " ", "dog", "DOG", "xyz" })
            Console.Write($"{needle}:{s.IndexOf(needle, O)},{s.IndexOf(needle, OI)},{s.LastIndexOf(needle, O)},{s.LastIndexOf(needle, OI)} ");
        Console.WriteLine();
        try { s.IndexOf('a', 100); Check(false, 19); } catch (ArgumentOutOfRangeException) { Console.WriteLine("start out of range"); }
        try { s.IndexOf("a", 0, 100, O); Check(false, 20); } catch (ArgumentOutOfRangeException) { Console.WriteLine("count out of range"); }
        try { s.IndexOf((string)null!); Check(false, 21); } catch (ArgumentNullException e) { Console.WriteLine("null needle " + e.ParamName); }
        return failed == 0 ? 100 : failed;
    }
}
