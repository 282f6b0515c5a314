// Trimming, padding and slicing: Trim/TrimStart/TrimEnd with default white space (including
// Unicode spaces), single chars and char sets; PadLeft/PadRight widths and fill chars;
// Substring/Remove/Insert/range slicing with boundaries, and their argument errors.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Q(string s) => "[" + s.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\u00a0", "<nbsp>").Replace("\u2003", "<em>") + "]";

    static int Main()
    {
        string ws = " \t\n\u00a0\u2003 text here \u2003\r\n\v\f ";
        Console.WriteLine(Q(ws.Trim()) + Q(ws.TrimStart()) + Q(ws.TrimEnd()));
        Check(ws.Trim() == "text here", 1);
        Check("\u200Bzero\u200B".Trim() == "\u200Bzero\u200B", 2);
        Check("xxhixx".Trim('x') == "hi" && "xxhixx".TrimStart('x') == "hixx" && "xxhixx".TrimEnd('x') == "xxhi", 3);
        Check("-=+hi+=-".Trim('-', '=', '+') == "hi" && "-=+hi+=-".TrimStart("-=".ToCharArray()) == "+hi+=-", 4);
        Check("abc".Trim(Array.Empty<char>()) == "abc" && "  abc  ".Trim(null) == "abc", 5);
        Check("xxxx".Trim('x') == "" && "".Trim() == "" && "a".TrimEnd('a') == "", 6);
        Check("123abc".TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') == "abc", 7);
        string p = "42";
        Console.WriteLine(Q(p.PadLeft(6)) + Q(p.PadRight(6)) + Q(p.PadLeft(6, '0')) + Q(p.PadRight(6, '.')) + Q(p.PadLeft(1)) + Q(p.PadLeft(0, '*')));
        Check(p.PadLeft(6, '0') == "000042" && p.PadRight(5, '.') == "42..." && p.PadLeft(2) == "42" && ReferenceEquals(p.PadLeft(1), p), 8);
        try { p.PadLeft(-1); Check(false, 9); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("PadLeft " + e.ParamName); }
        string t = "Hello, World!";
        Check(t.Substring(7) == "World!" && t.Substring(0, 5) == "Hello" && t.Substring(13) == "" && t.Substring(5, 0) == "", 10);
        Check(t[7..12] == "World" && t[^6..] == "World!" && t[..^8] == "Hello" && t[^1] == '!', 11);
        Check(t.Remove(5) == "Hello" && t.Remove(5, 2) == "HelloWorld!" && t.Insert(5, "!!!") == "Hello!!!, World!", 12);
        foreach (var (start, len) in new[] { (-1, 1), (14, 0), (5, 20), (0, -1) })
        {
            try { Console.WriteLine(t.Substring(start, len)); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine($"Substring({start},{len}) -> {e.ParamName}"); }
        }
        try { _ = t[5..2]; Check(false, 13); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad range"); }
        try { t.Remove(20); Check(false, 14); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad remove"); }
        try { t.Insert(-1, "x"); Check(false, 15); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad insert"); }
        var span = "  padded  ".AsSpan();
        Check(span.Trim().ToString() == "padded" && span.TrimStart().Length == 8 && span.TrimEnd().Length == 8, 16);
        Check("**x**".AsSpan().Trim('*').ToString() == "x" && "ab-ba".AsSpan().Trim("ab".AsSpan()).ToString() == "-", 17);
        string[] cells = { "a", "bbb", "cc", "", "dddddd" };
        foreach (var c in cells) Console.WriteLine("|" + c.PadRight(6) + "|" + c.PadLeft(6, '_') + "|");
        string table = string.Join("", Array.ConvertAll(cells, c => c.PadLeft(4, '.')));
        Console.WriteLine(table);
        Check(table == "...a.bbb..cc....dddddd", 18);
        return failed == 0 ? 100 : failed;
    }
}
