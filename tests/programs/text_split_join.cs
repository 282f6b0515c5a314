// String.Split and String.Join in depth: single char, char arrays, string and string-array
// separators, maximum counts, RemoveEmptyEntries and TrimEntries, empty inputs, Join over
// arrays, IEnumerable<T>, objects with nulls and ranges, and string.Concat overloads.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Show(string[] parts) => parts.Length + ":[" + string.Join("|", parts) + "]";

    static int Main()
    {
        Check(Show("a,b,,c".Split(',')) == "4:[a|b||c]", 1);
        Check(Show("a,b;c d".Split(',', ';', ' ')) == "4:[a|b|c|d]", 2);
        Check(Show("a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries)) == "3:[a|b|c]", 3);
        Check(Show(" a , b ,  , c ".Split(',', StringSplitOptions.TrimEntries)) == "4:[a|b||c]", 4);
        Check(Show(" a , b ,  , c ".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) == "3:[a|b|c]", 5);
        Check(Show("a,b,c,d".Split(',', 2)) == "2:[a|b,c,d]", 6);
        Check(Show("a,,b,c".Split(',', 2, StringSplitOptions.RemoveEmptyEntries)) == "2:[a|b,c]", 7);
        Check(Show("one::two::::three".Split("::")) == "4:[one|two||three]", 8);
        Check(Show("1<>2--3<>-4".Split(new[] { "<>", "--" }, StringSplitOptions.None)) == "4:[1|2|3|-4]", 9);
        Check(Show("abc".Split("")) == "1:[abc]" && Show("abc".Split((string)null)) == "1:[abc]", 10);
        Check(Show("".Split(',')) == "1:[]" && Show("".Split(',', StringSplitOptions.RemoveEmptyEntries)) == "0:[]", 11);
        Check(Show("a b\tc\nd".Split()) == "4:[a|b|c|d]" && Show("a  b".Split((char[])null)) == "3:[a||b]", 12);
        Check(Show(",,,".Split(',')) == "4:[|||]" && Show("abc".Split(',')) == "1:[abc]", 13);
        Check(Show("a,b,c".Split(',', 1)) == "1:[a,b,c]" && Show("a,b".Split(',', 0)) == "0:[]", 14);
        Check(Show("x--y".Split("-", StringSplitOptions.None)) == "3:[x||y]", 15);

        Check(string.Join(", ", new[] { "a", "b", "c" }) == "a, b, c", 16);
        Check(string.Join('/', "usr", "local", "bin") == "usr/local/bin", 17);
        Check(string.Join("-", new List<int> { 1, 2, 3 }) == "1-2-3", 18);
        Check(string.Join(",", new object[] { 1, null, "x", 2.5, true }) == "1,,x,2.5,True", 19);
        Check(string.Join(",", new string[] { null, "", null }) == ",,", 20);
        Check(string.Join("::", new[] { "a", "b", "c", "d" }, 1, 2) == "b::c", 21);
        Check(string.Join(",", Array.Empty<string>()) == "" && string.Join(null, "a", "b") == "ab", 22);
        Check(string.Join("|", Enumerable.Range(1, 4).Select(i => i * i)) == "1|4|9|16", 23);
        Check(string.Join(", ", new[] { 'x', 'y' }.Select(c => c)) == "x, y", 24);
        Check(string.Concat("a", "b", "c", "d") == "abcd" && string.Concat(1, 'x', 2.5) == "1x2.5", 25);
        Check(string.Concat(new List<string> { "p", null, "q" }) == "pq" && string.Concat(Enumerable.Repeat(7, 3)) == "777", 26);
        Check(string.Concat((string)null, null) == "" && string.Concat("ab".AsSpan(), "cd".AsSpan()) == "abcd", 27);
        bool threw = false;
        try { string.Join(",", new[] { "a" }, 1, 1); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 28);

        string csv = "name, qty ,price\nwidget,3, 4.25\n\ngadget , 12,0.5\n";
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cols = line.Split(',', StringSplitOptions.TrimEntries);
            Console.WriteLine(string.Join(" | ", cols.Select(c => c.PadRight(6))) + " (" + cols.Length + ")");
        }
        var words = "the quick  brown fox jumps over the lazy dog".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(string.Join(",", words.Reverse()));
        Console.WriteLine(string.Join(" ", words.Select(w => w.Length)));
        return failed == 0 ? 100 : failed;
    }
}
