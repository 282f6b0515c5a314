// Regex groups: numbered and named groups, Groups by name and number, GetGroupNames/Numbers,
// optional groups that do not participate, Captures of repeated groups, non-capturing and
// nested groups, balancing-free backtracking, and Match.Result substitutions.
using System;
using System.Text;
using System.Text.RegularExpressions;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var rx = new Regex(@"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(T(?<hour>\d{2}):(\d{2}))?");
        var m = rx.Match("on 2024-02-29T13:45 and 1999-12-31");
        Console.WriteLine($"{m.Value} y={m.Groups["year"].Value} mo={m.Groups["month"].Value} d={m.Groups["day"].Value} h={m.Groups["hour"].Value} g1={m.Groups[1].Value} g2={m.Groups[2].Value}");
        Check(m.Groups["year"].Value == "2024" && m.Groups["hour"].Value == "13" && m.Groups[1].Value == "T13:45" && m.Groups[2].Value == "45", 1);
        Console.WriteLine(string.Join(",", rx.GetGroupNames()) + " / " + string.Join(",", rx.GetGroupNumbers()));
        Check(string.Join(",", rx.GetGroupNames()) == "0,1,2,year,month,day,hour", 2);
        Check(rx.GroupNumberFromName("month") == 4 && rx.GroupNameFromNumber(6) == "hour" && rx.GroupNumberFromName("nope") == -1, 3);
        var m2 = m.NextMatch();
        Check(m2.Value == "1999-12-31" && !m2.Groups["hour"].Success && m2.Groups["hour"].Value == "" && m2.Groups[1].Index == 0, 4);
        var rep = Regex.Match("a1b2c3", @"(?:([a-z])(\d))+");
        Console.WriteLine($"{rep.Groups[1].Value} {rep.Groups[1].Captures.Count} {rep.Groups[2].Value}");
        var caps = new StringBuilder();
        foreach (Capture c in rep.Groups[1].Captures) caps.Append(c.Value).Append('@').Append(c.Index).Append(' ');
        Console.WriteLine(caps);
        Check(rep.Groups[1].Value == "c" && rep.Groups[1].Captures.Count == 3 && caps.ToString() == "a@0 b@2 c@4 ", 5);
        var nested = Regex.Match("abcd", "((a)(b(c)))(d)");
        for (int i = 0; i < nested.Groups.Count; i++) Console.Write(i + "=" + nested.Groups[i].Value + " ");
        Console.WriteLine();
        Check(nested.Groups.Count == 6 && nested.Groups[3].Value == "bc" && nested.Groups[4].Value == "c" && nested.Groups[5].Value == "d", 6);
        var m3 = Regex.Match("John Smith", @"(?<first>\w+)\s(?<last>\w+)");
        Check(m3.Result("${last}, ${first}") == "Smith, John" && m3.Result("$2 $1 [$0] $$") == "Smith John [John Smith] $", 7);
        Check(m3.Result("$`|$'|$+|$_") == "||Smith|John Smith", 8);
        var kv = new Regex(@"(?<key>\w+)=(?<val>[^;]*)");
        foreach (Match p in kv.Matches("a=1;bb=two;empty=;c=3"))
            Console.Write($"[{p.Groups["key"]}:{p.Groups["val"]}:{p.Groups["val"].Success}]");
        Console.WriteLine();
        Check(kv.Matches("a=1;bb=two;empty=;c=3").Count == 4, 9);
        var alt = Regex.Match("xyz", "(a)|(x)(y)");
        Check(!alt.Groups[1].Success && alt.Groups[2].Value == "x" && alt.Groups[3].Value == "y", 10);
        var dup = Regex.Match("ab", "(?<n>a)(?<n>b)");
        Check(dup.Groups["n"].Value == "b" && dup.Groups["n"].Captures.Count == 2, 11);
        var explicitCap = Regex.Match("ab", "(a)(?<x>b)", RegexOptions.ExplicitCapture);
        Check(explicitCap.Groups.Count == 2 && explicitCap.Groups["x"].Value == "b", 12);
        var numbered = Regex.Match("abc", "(?<2>a)(b)(c)");
        Console.WriteLine(numbered.Groups.Count + " " + numbered.Groups[1].Value + " " + numbered.Groups[2].Value + " " + numbered.Groups[3].Value);
        Check(numbered.Groups.TryGetValue("year", out _) == false && m.Groups.ContainsKey("day"), 13);
        int total = 0;
        foreach (Group g in m.Groups) { total += g.Length; Console.Write(g.Name + ":" + g.Length + " "); }
        Console.WriteLine();
        Check(total == 16 + 6 + 2 + 4 + 2 + 2 + 2, 14);
        return failed == 0 ? 100 : failed;
    }
}
