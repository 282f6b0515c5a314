// Regex.Escape and Unescape of metacharacters, matching escaped literal user input, Unicode
// categories (\p{Lu}, \p{L}, \P{N}, \p{IsGreek}), character class subtraction, \u and \x
// escapes, RegexOptions.NonBacktracking absent, Match timeouts API shape, and caching.
using System;
using System.Linq;
using System.Text.RegularExpressions;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string meta = @"a.b*c+d?e(f)g[h]i{j}k|l^m$n\o p#q";
        string esc = Regex.Escape(meta);
        Console.WriteLine(esc);
        Check(esc == @"a\.b\*c\+d\?e\(f\)g\[h]i\{j}k\|l\^m\$n\\o\ p\#q", 1);
        Check(Regex.IsMatch("xx" + meta + "yy", Regex.Escape(meta)) && Regex.Unescape(esc) == meta, 2);
        Check(Regex.Escape("tab\there\nnl") == @"tab\there\nnl" && Regex.Unescape(@"\t\n\x41\u0042\\") == "\t\nAB\\", 3);
        Check(Regex.Escape("") == "" && Regex.Escape("plain") == "plain", 4);
        string user = "1+1=2?";
        Check(Regex.Replace("is 1+1=2? yes", Regex.Escape(user), "[math]") == "is [math] yes", 5);
        var upper = Regex.Matches("Hello Wörld ÄÖÜ abc Σ", @"\p{Lu}").Select(m => m.Value).ToArray();
        Console.WriteLine(string.Join("", upper));
        Check(string.Join("", upper) == "HWÄÖÜΣ", 6);
        Check(Regex.Match("abc123def", @"\P{L}+").Value == "123" && Regex.Match("x١٢٣y", @"\p{Nd}+").Value == "١٢٣", 7);
        Check(Regex.Match("abc αβγ def", @"\p{IsGreek}+").Value == "αβγ" && Regex.IsMatch("€", @"\p{Sc}") && Regex.IsMatch("-", @"\p{Pd}"), 8);
        Check(Regex.Match("abcdef", "[a-z-[aeiou]]+").Value == "bcd" && !Regex.IsMatch("e", "^[a-z-[aeiou]]$"), 9);
        Check(Regex.IsMatch("A", @"\u0041") && Regex.IsMatch("A", @"\x41") && Regex.IsMatch("A", @"\101") && Regex.IsMatch("\u001b", @"\e") && Regex.IsMatch("\u0001", @"\cA"), 10);
        Check(Regex.Matches("a\tb c\u00a0d", @"\s").Count == 3 && Regex.Matches("a\tb c\u00a0d", @"\s", RegexOptions.ECMAScript).Count == 2, 11);
        var r = new Regex("a+", RegexOptions.None, TimeSpan.FromSeconds(5));
        Console.WriteLine(r.MatchTimeout.TotalSeconds + " " + (Regex.InfiniteMatchTimeout == System.Threading.Timeout.InfiniteTimeSpan));
        Check(r.MatchTimeout == TimeSpan.FromSeconds(5) && r.IsMatch("caaat"), 12);
        Regex.CacheSize = 3;
        for (int i = 0; i < 10; i++) Check(Regex.IsMatch("n" + i, "^n" + i + "$"), 13);
        Check(Regex.CacheSize == 3, 14);
        try { Console.WriteLine("Unescape: [" + Regex.Unescape(@"a\") + "]"); } catch (Exception e) { Console.WriteLine("Unescape: " + e.GetType().Name); }
        try { new Regex(@"\p{NotACategory}"); Check(false, 16); } catch (RegexParseException e) { Console.WriteLine("category: " + e.Error); }
        try { new Regex(@"\k<missing>"); Check(false, 17); } catch (RegexParseException e) { Console.WriteLine("backref: " + e.Error); }
        var vm = Regex.EnumerateMatches("ab12cd345", @"\d+");
        int count = 0, totalLen = 0;
        foreach (var v in vm) { count++; totalLen += v.Length; Console.Write(v.Index + ":" + v.Length + " "); }
        Console.WriteLine();
        Check(count == 2 && totalLen == 5, 18);
        Check(Regex.IsMatch("ab12".AsSpan(), @"\d") && !Regex.IsMatch("abcd".AsSpan(), @"\d"), 19);
        var ws = Regex.Matches("one  two\tthree", @"\S+").Select(m => m.Value.Length).Sum();
        Check(ws == 11, 20);
        return failed == 0 ? 100 : failed;
    }
}
