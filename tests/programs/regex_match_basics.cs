// Regex basics through the interpreter: IsMatch, Match/NextMatch, Matches with Index/Length/
// Value, anchors (^ $ \A \z \b), character classes ([a-z], \d, \w, \s, negated), alternation,
// and static vs instance APIs with start positions.
using System;
using System.Text.RegularExpressions;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(Regex.IsMatch("hello123", @"\d+") && !Regex.IsMatch("hello", @"\d") && Regex.IsMatch("", "^$"), 1);
        Check(Regex.IsMatch("abc", "^abc$") && !Regex.IsMatch("abcd", "^abc$") && Regex.IsMatch("x\nabc", "abc$"), 2);
        var m = Regex.Match("The year 1999 and 2024 and 42", @"\b\d{4}\b");
        Console.WriteLine($"{m.Success} {m.Value} {m.Index} {m.Length}");
        Check(m.Success && m.Value == "1999" && m.Index == 9, 3);
        m = m.NextMatch();
        Check(m.Value == "2024" && m.Index == 18, 4);
        m = m.NextMatch();
        Check(!m.Success && m.Value == "" && m.Index == 0, 5);
        var ms = Regex.Matches("a1 b22 c333 d4444", @"[a-z](\d+)");
        Console.WriteLine("count " + ms.Count);
        foreach (Match x in ms) Console.WriteLine($"  {x.Value}@{x.Index}+{x.Length} digits={x.Groups[1].Value}");
        Check(ms.Count == 4 && ms[2].Value == "c333" && ms[3].Groups[1].Length == 4, 6);
        Check(Regex.Matches("aaa", "a*").Count == 2 && Regex.Matches("abc", "").Count == 4, 7);
        var words = Regex.Matches("It's a well-known fact, isn't it?", @"\w+");
        Console.WriteLine(string.Join("|", System.Linq.Enumerable.Select(words, w => w.Value)));
        Check(words.Count == 9, 8);
        Check(Regex.IsMatch("cat", "^(cat|dog|bird)$") && Regex.IsMatch("bird", "^(cat|dog|bird)$") && !Regex.IsMatch("cow", "^(cat|dog|bird)$"), 9);
        Check(Regex.IsMatch("x", "[^abc]") && !Regex.IsMatch("b", "^[^abc]$") && Regex.IsMatch("-", "[a\\-z]") && Regex.IsMatch("]", @"[\]]"), 10);
        Check(Regex.Match("tab\there", @"\s").Index == 3 && Regex.Match("a_b", @"\W").Success == false && Regex.Match("a b", @"\S+\s\S+").Value == "a b", 11);
        var r = new Regex(@"\d+");
        var m2 = r.Match("12 345 6789", 3);
        Check(m2.Value == "345" && r.Match("12 345 6789", 4).Value == "45", 12);
        var m3 = r.Match("12 345 6789", 3, 2);
        Check(m3.Value == "34", 13);
        Check(Regex.IsMatch("line1\nline2", @"\Aline1") && !Regex.IsMatch("line1\nline2", @"\Aline2") && Regex.IsMatch("end\n", @"end\Z") && !Regex.IsMatch("end\n", @"end\z"), 14);
        Check(Regex.Match("foo.bar", @"\.").Index == 3 && Regex.Match("a+b", @"a\+b").Success && Regex.IsMatch("a.c", "^a.c$") && Regex.IsMatch("abc", "^a.c$"), 15);
        string[] emails = { "john@example.com", "bad@", "x.y+z@sub.domain.org", "@nouser.com", "a@b.c" };
        var emailRx = new Regex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$");
        foreach (var e in emails) Console.WriteLine(e + " -> " + emailRx.IsMatch(e));
        Check(emailRx.IsMatch(emails[0]) && !emailRx.IsMatch(emails[1]) && emailRx.IsMatch(emails[2]) && !emailRx.IsMatch(emails[3]), 16);
        var hex = Regex.Matches("0x1F, 0XAB, 0xZZ, 0x, 0x0", @"0[xX][0-9a-fA-F]+");
        Check(hex.Count == 3, 17);
        Check(Regex.Match("aaa", "a{2}").Value == "aa" && Regex.Match("aaaaa", "a{2,3}").Value == "aaa" && Regex.Match("aaaaa", "a{2,}").Value == "aaaaa" && Regex.Match("aaaaa", "a{2,3}?").Value == "aa", 18);
        Check(Regex.Match("<b>bold</b><i>it</i>", "<.+>").Value == "<b>bold</b><i>it</i>" && Regex.Match("<b>bold</b><i>it</i>", "<.+?>").Value == "<b>", 19);
        Check(Regex.Match("x", "y?").Success && Regex.Match("x", "y?").Length == 0, 20);
        Check(Regex.IsMatch("résumé", @"^\w+$") && Regex.IsMatch("٣", @"^\d$") && !Regex.IsMatch("٣", @"^\d$", RegexOptions.ECMAScript), 21);
        Check(Regex.Count("banana", "an") == 2 && Regex.Count("banana", "a") == 3, 22);
        return failed == 0 ? 100 : failed;
    }
}
