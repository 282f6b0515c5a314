// Regex lookaround and backreferences: positive/negative lookahead and lookbehind, password
// style multiple lookaheads, \1 and \k<name> backreferences (doubled words, palindromes,
// quotes), atomic groups, lazy quantifiers with backtracking, and conditionals.
using System;
using System.Linq;
using System.Text.RegularExpressions;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(Regex.Match("price: $42, cost: €17", @"(?<=\$)\d+").Value == "42" && Regex.Match("price: $42, cost: €17", @"(?<!\$)\b\d+").Value == "17", 1);
        Check(Regex.Match("foobar foobaz", @"foo(?=baz)").Index == 7 && Regex.Match("foobar foobaz", @"foo(?!bar)").Index == 7, 2);
        var pw = new Regex(@"^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?!.*\s).{8,}$");
        string[] pws = { "Passw0rd", "password1", "PASSWORD1", "Pass w0rd", "Pa1", "LongEnough99" };
        foreach (var p in pws) Console.WriteLine(p + " -> " + pw.IsMatch(p));
        Check(pw.IsMatch("Passw0rd") && !pw.IsMatch("password1") && !pw.IsMatch("Pass w0rd") && pw.IsMatch("LongEnough99"), 3);
        var doubled = Regex.Matches("this is is a test test of the the code", @"\b(\w+)\s+\1\b").Select(m => m.Groups[1].Value).ToArray();
        Console.WriteLine(string.Join(",", doubled));
        Check(string.Join(",", doubled) == "is,test,the", 4);
        Check(Regex.IsMatch("abcba", @"^(.)(.).\2\1$") && !Regex.IsMatch("abcab", @"^(.)(.).\2\1$"), 5);
        var q = Regex.Matches("say \"hi\" and 'bye' but \"mixed'", @"(?<q>[""'])(?<body>.*?)\k<q>").Select(m => m.Groups["body"].Value).ToArray();
        Console.WriteLine(string.Join(",", q));
        Check(string.Join(",", q) == "hi,bye", 6);
        Check(Regex.IsMatch("AbcABC", @"^(abc)\1$", RegexOptions.IgnoreCase), 7);
        string num = "1234567890";
        string grouped = Regex.Replace(num, @"(?<=\d)(?=(\d{3})+$)", ",");
        Console.WriteLine(grouped);
        Check(grouped == "1,234,567,890", 8);
        Check(Regex.IsMatch("aaab", "a+b") && !Regex.IsMatch("aaab", "(?>a+)ab") && Regex.IsMatch("aaab", "(a+)ab"), 9);
        Check(Regex.Match("<<a>>", "<(.+?)>").Groups[1].Value == "<a" && Regex.Match("xaaay", "a+?").Value == "a" && Regex.Match("xaaay", "a*?y").Value == "aaay", 10);
        var cond = new Regex(@"^(\()?\d+(?(1)\))$");
        Check(cond.IsMatch("(123)") && cond.IsMatch("123") && !cond.IsMatch("(123") && !cond.IsMatch("123)"), 11);
        var named = new Regex(@"^(?<open><)?\w+(?(open)>)$");
        Check(named.IsMatch("<tag>") && named.IsMatch("tag") && !named.IsMatch("<tag"), 12);
        Check(Regex.Match("abc123def", @"(?<=[a-z])\d(?=\d)").Value == "1" && Regex.Matches("abc123def", @"(?<=\d)[a-z]").Count == 1, 13);
        Check(Regex.Matches("xAyBzC", "(?<=[a-z])[A-Z]").Count == 3 && Regex.Matches("AxByCz", "[A-Z](?![a-z])").Count == 0, 14);
        var bal = new Regex(@"^(?:[^()]|(?<o>\()|(?<-o>\)))*(?(o)(?!))$");
        string[] parens = { "(a(b)c)", "((x)", "())(", "", "(()())" };
        foreach (var s in parens) Console.Write(s + ":" + bal.IsMatch(s) + " ");
        Console.WriteLine();
        Check(bal.IsMatch("(a(b)c)") && !bal.IsMatch("((x)") && !bal.IsMatch("())(") && bal.IsMatch("(()())"), 15);
        Check(Regex.Match("aaa", @"(a)\1").Value == "aa" && Regex.Match("abab", @"(?<x>ab)\k<x>").Length == 4 && Regex.Match("abab", @"(?<x>ab)\k'x'").Success, 16);
        var csvq = Regex.Matches("a,\"b,c\",d", "(?:^|,)(\"[^\"]*\"|[^,]*)").Select(m => m.Groups[1].Value).ToArray();
        Console.WriteLine(string.Join("|", csvq));
        Check(csvq.Length == 3 && csvq[1] == "\"b,c\"", 17);
        Check(Regex.Match("ab", "(?<=^a)b").Success && !Regex.Match("cab", "(?<=^a)b").Success, 18);
        return failed == 0 ? 100 : failed;
    }
}
