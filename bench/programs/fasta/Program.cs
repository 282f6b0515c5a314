// fasta: writes three DNA sequences in FASTA format, 60 bases a line: a repeated copy of the
// Alu sequence (2n bases), then 3n and 5n bases drawn from two frequency tables with a linear
// congruential generator (seed 42), so the output depends only on n. Its output is also the
// input of k-nucleotide, reverse-complement and regex-redux.
// Usage: fasta [n]   (default 25000000)
using System;
using System.IO;

public static class Program
{
    const int LineLength = 60;

    const string Alu =
        "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
        "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
        "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
        "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
        "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
        "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
        "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

    static readonly (char symbol, double p)[] Iub =
    {
        ('a', 0.27), ('c', 0.12), ('g', 0.12), ('t', 0.27),
        ('B', 0.02), ('D', 0.02), ('H', 0.02), ('K', 0.02),
        ('M', 0.02), ('N', 0.02), ('R', 0.02), ('S', 0.02),
        ('V', 0.02), ('W', 0.02), ('Y', 0.02),
    };

    static readonly (char symbol, double p)[] HomoSapiens =
    {
        ('a', 0.3029549426680), ('c', 0.1979883004921),
        ('g', 0.1975473066391), ('t', 0.3015094502008),
    };

    // Linear congruential generator shared by both random sequences.
    const int Modulus = 139968, Multiplier = 3877, Increment = 29573;
    static int seed = 42;

    static double NextRandom(double max)
    {
        seed = (seed * Multiplier + Increment) % Modulus;
        return max * seed / Modulus;
    }

    sealed class Output
    {
        readonly Stream stream;
        readonly byte[] buffer = new byte[1 << 16];
        int used;

        public Output(Stream stream) => this.stream = stream;

        public void Write(byte b)
        {
            if (used == buffer.Length) Flush();
            buffer[used++] = b;
        }

        public void WriteLine(string s)
        {
            foreach (char c in s) Write((byte)c);
            Write((byte)'\n');
        }

        public void Flush()
        {
            stream.Write(buffer, 0, used);
            used = 0;
        }
    }

    static void Repeat(Output output, string header, string source, int count)
    {
        output.WriteLine(header);
        int pos = 0, column = 0;
        for (int i = 0; i < count; i++)
        {
            output.Write((byte)source[pos]);
            if (++pos == source.Length) pos = 0;
            if (++column == LineLength) { output.Write((byte)'\n'); column = 0; }
        }
        if (column != 0) output.Write((byte)'\n');
    }

    static void Random(Output output, string header, (char symbol, double p)[] table, int count)
    {
        output.WriteLine(header);
        var cumulative = new double[table.Length];
        var symbols = new byte[table.Length];
        double total = 0;
        for (int i = 0; i < table.Length; i++)
        {
            total += table[i].p;
            cumulative[i] = total;
            symbols[i] = (byte)table[i].symbol;
        }
        cumulative[^1] = 1.0;  // guard against rounding in the last bucket

        int column = 0;
        for (int i = 0; i < count; i++)
        {
            double r = NextRandom(1.0);
            int k = 0;
            while (cumulative[k] < r) k++;
            output.Write(symbols[k]);
            if (++column == LineLength) { output.Write((byte)'\n'); column = 0; }
        }
        if (column != 0) output.Write((byte)'\n');
    }

    public static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 25_000_000;
        using Stream stdout = Console.OpenStandardOutput();
        var output = new Output(stdout);
        Repeat(output, ">ONE Homo sapiens alu", Alu, 2 * n);
        Random(output, ">TWO IUB ambiguity codes", Iub, 3 * n);
        Random(output, ">THREE Homo sapiens frequency", HomoSapiens, 5 * n);
        output.Flush();
    }
}
