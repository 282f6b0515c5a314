// LINQ over strings and chars: counting letters with GroupBy/CountBy, Distinct and Order of chars,
// string.Concat/Join of LINQ results, Reverse, palindromes via SequenceEqual, word statistics with
// Split + Select + Aggregate, char classification filters, and SelectMany over words.
using System;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        string text = "The quick brown fox jumps over the lazy dog; the DOG sleeps.";
        var letters = text.Where(char.IsLetter).Select(char.ToLowerInvariant);
        var freq = letters.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5).Select(g => $"{g.Key}{g.Count()}");
        Console.WriteLine(string.Join(" ", freq));
        Check(freq.First() == "e6", 1);
        var distinct = new string(letters.Distinct().Order().ToArray());
        Console.WriteLine(distinct + " " + distinct.Length);
        Check(distinct.Length == 26, 2);
        string reversed = string.Concat(text.Reverse());
        Console.WriteLine(reversed);
        Check(reversed[0] == '.' && reversed[^1] == 'T', 3);
        string[] candidates = { "level", "Racecar", "hello", "A man a plan a canal Panama", "" };
        foreach (var c in candidates)
        {
            var norm = c.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
            Console.WriteLine($"'{c}' palindrome={norm.SequenceEqual(norm.Reverse())}");
        }
        Check(candidates.Count(c => { var n = c.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray(); return n.SequenceEqual(n.Reverse()); }) == 4, 4);
        var words = text.Split(new[] { ' ', ';', '.' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"{words.Length} words, longest {words.MaxBy(w => w.Length)}, shortest {words.MinBy(w => w.Length)}, avg {words.Average(w => w.Length):F3}");
        Check(words.Length == 12, 5);
        var caps = words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        Console.WriteLine(string.Join(" ", caps));
        var acronym = words.Aggregate("", (acc, w) => acc + char.ToUpperInvariant(w[0]));
        Console.WriteLine(acronym);
        Check(acronym == "TQBFJOTLDTDS", 6);
        var theCount = words.Count(w => w.Equals("the", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine($"the x{theCount}");
        Check(theCount == 3, 7);
        var vowelsPerWord = words.Select(w => (w, v: w.Count(ch => "aeiouAEIOU".Contains(ch)))).Where(t => t.v >= 2).Select(t => t.w + ":" + t.v);
        Console.WriteLine(string.Join(",", vowelsPerWord));
        var allChars = words.SelectMany(w => w.ToUpperInvariant()).Distinct().Count();
        Console.WriteLine(allChars);
        var digits = "a1b22c333".Where(char.IsDigit).Select(ch => ch - '0').Sum();
        Console.WriteLine(digits);
        Check(digits == 14, 8);
        var runs = "aaabccddddde".Aggregate("", (acc, ch) => acc.Length > 0 && acc[^1] == ch ? acc : acc + ch);
        Console.WriteLine(runs);
        Check(runs == "abcde", 9);
        var joined = string.Join("-", Enumerable.Range('a', 5).Select(i => (char)i));
        Console.WriteLine(joined);
        Check(joined == "a-b-c-d-e", 10);
        var byLength = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:[{string.Join(",", g.Distinct(StringComparer.OrdinalIgnoreCase))}]");
        Console.WriteLine(string.Join(" ", byLength));
        return failed == 0 ? 100 : failed;
    }
}
