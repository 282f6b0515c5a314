// regex-redux: reads a FASTA file from standard input, strips headers and newlines with a regular
// expression, counts the matches of nine DNA patterns (each with its reverse complement), then
// applies five IUPAC-code replacements in turn; prints the counts and the three lengths.
// Input: the output of the fasta program.
// Usage: regex-redux < input.fa
using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

public static class Program
{
    static readonly string[] Variants =
    {
        "agggtaaa|tttaccct",
        "[cgt]gggtaaa|tttaccc[acg]",
        "a[act]ggtaaa|tttacc[agt]t",
        "ag[act]gtaaa|tttac[agt]ct",
        "agg[act]taaa|ttta[agt]cct",
        "aggg[acg]aaa|ttt[cgt]ccct",
        "agggt[cgt]aa|tt[acg]accct",
        "agggta[cgt]a|t[acg]taccct",
        "agggtaa[cgt]|[acg]ttaccct",
    };

    static readonly (string pattern, string replacement)[] Replacements =
    {
        ("tHa[Nt]", "<4>"),
        ("aND|caN|Ha[DS]|WaS", "<3>"),
        ("a[NSt]|BY", "<2>"),
        ("<[^>]*>", "|"),
        ("\\|[^|][^|]*\\|", "-"),
    };

    public static void Main()
    {
        string input;
        using (var reader = new StreamReader(Console.OpenStandardInput(), Encoding.ASCII))
        {
            input = reader.ReadToEnd();
        }
        int initialLength = input.Length;

        string sequence = Regex.Replace(input, ">.*\n|\n", "", RegexOptions.Compiled);
        int cleanLength = sequence.Length;

        var output = new StringBuilder();
        foreach (string variant in Variants)
        {
            int count = new Regex(variant, RegexOptions.Compiled).Count(sequence);
            output.Append(variant).Append(' ').Append(count).Append('\n');
        }

        string replaced = sequence;
        foreach (var (pattern, replacement) in Replacements)
        {
            replaced = new Regex(pattern, RegexOptions.Compiled).Replace(replaced, replacement);
        }

        output.Append('\n').Append(initialLength).Append('\n')
              .Append(cleanLength).Append('\n')
              .Append(replaced.Length).Append('\n');
        Console.Out.Write(output.ToString());
    }
}
