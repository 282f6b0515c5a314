// Regex options: IgnoreCase (ASCII and non-ASCII), Multiline ^/$ per line, Singleline dot
// matching newlines, IgnorePatternWhitespace with comments, inline (?i) (?m) (?s) (?x) and
// scoped (?i:...) modifiers, RightToLeft matching order, and the Options property.
using System;
using System.Linq;
using System.Text.RegularExpressions;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(Regex.IsMatch("HELLO", "hello", RegexOptions.IgnoreCase) && !Regex.IsMatch("HELLO", "hello"), 1);
        Check(Regex.IsMatch("ÉCOLE", "école", RegexOptions.IgnoreCase) && Regex.IsMatch("ΣΊΣΥΦΟΣ", "σίσυφοσ", RegexOptions.IgnoreCase), 2);
        Check(Regex.IsMatch("Q", "[a-z]", RegexOptions.IgnoreCase) && Regex.IsMatch("k", "[K]", RegexOptions.IgnoreCase), 3);
        string text = "first line\nsecond line\nthird";
        var starts = Regex.Matches(text, @"^\w+", RegexOptions.Multiline).Select(m => m.Value).ToArray();
        var ends = Regex.Matches(text, @"\w+$", RegexOptions.Multiline).Select(m => m.Value).ToArray();
        Console.WriteLine(string.Join(",", starts) + " / " + string.Join(",", ends));
        Check(string.Join(",", starts) == "first,second,third" && string.Join(",", ends) == "line,line,third", 4);
        Check(Regex.Matches(text, @"^\w+").Count == 1 && Regex.Matches(text, @"\w+$").Count == 1, 5);
        Check(!Regex.IsMatch("a\nb", "a.b") && Regex.IsMatch("a\nb", "a.b", RegexOptions.Singleline), 6);
        string block = "<p>one\ntwo</p>";
        Check(Regex.Match(block, "<p>(.*)</p>", RegexOptions.Singleline).Groups[1].Value == "one\ntwo" && !Regex.Match(block, "<p>(.*)</p>").Success, 7);
        var x = new Regex(@"
            (?<area>\d{3})   # area code
            [-.\s]?          # optional separator
            (?<num>\d{4})    # number
        ", RegexOptions.IgnorePatternWhitespace);
        var m = x.Match("call 555-1234 now");
        Console.WriteLine(m.Value + " " + m.Groups["area"] + " " + m.Groups["num"]);
        Check(m.Value == "555-1234", 8);
        Check(Regex.IsMatch("ABC", "(?i)abc") && Regex.IsMatch("ABc", "(?i:ab)c") && !Regex.IsMatch("ABC", "(?i:ab)c"), 9);
        Check(Regex.Matches(text, @"(?m)^t\w+").Count == 1 && Regex.IsMatch("a\nb", "(?s)a.b") && Regex.IsMatch("ab", "(?x) a  b # comment"), 10);
        Check(Regex.IsMatch("Abc", "(?i)a(?-i)bc") && !Regex.IsMatch("ABC", "(?i)a(?-i)bc"), 11);
        var rtl = Regex.Matches("one two three", @"\w+", RegexOptions.RightToLeft).Select(q => q.Value).ToArray();
        Console.WriteLine(string.Join(",", rtl));
        Check(string.Join(",", rtl) == "three,two,one", 12);
        var lastNum = Regex.Match("a1 b22 c333", @"\d+", RegexOptions.RightToLeft);
        Check(lastNum.Value == "333" && lastNum.Index == 8, 13);
        var r = new Regex("x", RegexOptions.IgnoreCase | RegexOptions.Multiline);
        Console.WriteLine(r.Options + " " + r.RightToLeft + " " + r + " " + r.MatchTimeout);
        Check(r.Options == (RegexOptions.IgnoreCase | RegexOptions.Multiline) && r.ToString() == "x" && !r.RightToLeft, 14);
        Check(Regex.IsMatch("a\r\nb", "a$", RegexOptions.Multiline) == false && Regex.IsMatch("a\r\nb", "a\r$", RegexOptions.Multiline), 15);
        Check(Regex.Match("ab\nab", "b$").Index == 4 && Regex.Match("ab\nab", "b$", RegexOptions.Multiline).Index == 1, 16);
        Check(Regex.IsMatch("I", "i", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) && Regex.IsMatch("\u212A", "k", RegexOptions.IgnoreCase), 17);
        try { new Regex("(unclosed"); Check(false, 18); } catch (RegexParseException e) { Console.WriteLine("parse error: " + e.Error + " at " + e.Offset); }
        try { new Regex("a{2,1}"); Check(false, 19); } catch (ArgumentException e) { Console.WriteLine("ArgumentException " + e.GetType().Name); }
        try { new Regex("[z-a]"); Check(false, 20); } catch (RegexParseException e) { Console.WriteLine("parse error: " + e.Error); }
        try { Regex.IsMatch("x", "x", (RegexOptions)0x40000); Check(false, 21); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad options rejected"); }
        return failed == 0 ? 100 : failed;
    }
}
