// k-nucleotide: reads a FASTA file from standard input, takes the sequence named THREE and
// counts every k-mer of it with a Dictionary for k = 1, 2, 3, 4, 6, 12 and 18; prints the 1-mer
// and 2-mer frequencies, then the counts of five given k-mers.
// Input: the output of the fasta program.
// Usage: k-nucleotide < input.fa
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

public static class Program
{
    public static void Main()
    {
        byte[] codes = ReadSequence(Console.OpenStandardInput(), ">THREE");
        var output = new StringBuilder();

        foreach (int k in new[] { 1, 2 })
        {
            var counts = Count(codes, k);
            var entries = new List<KeyValuePair<ulong, int>>(counts);
            entries.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            double total = codes.Length - k + 1;
            foreach (var e in entries)
            {
                output.Append(Decode(e.Key, k)).Append(' ')
                      .Append((100.0 * e.Value / total).ToString("F3", CultureInfo.InvariantCulture)).Append('\n');
            }
            output.Append('\n');
        }

        foreach (string fragment in new[] { "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT" })
        {
            var counts = Count(codes, fragment.Length);
            counts.TryGetValue(Encode(fragment), out int count);
            output.Append(count).Append('\t').Append(fragment).Append('\n');
        }

        Console.Out.Write(output.ToString());
    }

    static int Code(byte b) => (b | 0x20) switch
    {
        (byte)'a' => 0,
        (byte)'c' => 1,
        (byte)'g' => 2,
        (byte)'t' => 3,
        _ => -1,
    };

    static ulong Encode(string s)
    {
        ulong key = 0;
        foreach (char c in s) key = (key << 2) | (uint)Code((byte)c);
        return key;
    }

    static string Decode(ulong key, int k)
    {
        var chars = new char[k];
        for (int i = k - 1; i >= 0; i--)
        {
            chars[i] = "ACGT"[(int)(key & 3)];
            key >>= 2;
        }
        return new string(chars);
    }

    static Dictionary<ulong, int> Count(byte[] codes, int k)
    {
        var counts = new Dictionary<ulong, int>();
        ulong mask = k == 32 ? ulong.MaxValue : (1UL << (2 * k)) - 1;
        ulong key = 0;
        for (int i = 0; i < k - 1; i++) key = (key << 2) | codes[i];
        for (int i = k - 1; i < codes.Length; i++)
        {
            key = ((key << 2) | codes[i]) & mask;
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
            slot++;
        }
        return counts;
    }

    // Returns the bases (as codes 0..3) of the sequence whose header line starts with `name`.
    static byte[] ReadSequence(Stream input, string name)
    {
        var reader = new LineReader(input);
        byte[] nameBytes = Encoding.ASCII.GetBytes(name);
        bool inside = false;
        var codes = new List<byte>(1 << 20);
        while (reader.Next(out byte[] buffer, out int start, out int length))
        {
            if (length > 0 && buffer[start] == (byte)'>')
            {
                if (inside) break;
                inside = length >= nameBytes.Length && buffer.AsSpan(start, nameBytes.Length).SequenceEqual(nameBytes);
                continue;
            }
            if (!inside) continue;
            for (int i = start; i < start + length; i++)
            {
                int c = Code(buffer[i]);
                if (c >= 0) codes.Add((byte)c);
            }
        }
        return codes.ToArray();
    }
}

// Splits a stream into lines without decoding text; a line is valid until the next call.
public sealed class LineReader
{
    readonly Stream stream;
    byte[] buffer = new byte[1 << 16];
    int start, end;
    bool eof;

    public LineReader(Stream stream) => this.stream = stream;

    public bool Next(out byte[] buf, out int lineStart, out int lineLength)
    {
        while (true)
        {
            int newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                buf = buffer; lineStart = start; lineLength = newline - start;
                start = newline + 1;
                return true;
            }
            if (eof)
            {
                buf = buffer; lineStart = start; lineLength = end - start;
                bool any = end > start;
                start = end;
                return any;
            }
            // Move the partial line to the front, grow if it fills the buffer, and read more.
            int partial = end - start;
            if (partial == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            Buffer.BlockCopy(buffer, start, buffer, 0, partial);
            start = 0; end = partial;
            int read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0) eof = true; else end += read;
        }
    }
}
