// reverse-complement: reads a FASTA file from standard input and writes, for each sequence, its
// header and then the reverse complement of its bases (IUPAC codes), 60 a line. Mostly I/O and
// byte shuffling over the whole input.
// Input: the output of the fasta program.
// Usage: reverse-complement < input.fa > output.fa
using System;
using System.IO;

public static class Program
{
    const int LineLength = 60;

    public static void Main()
    {
        byte[] complement = BuildComplementTable();
        byte[] input = ReadAll(Console.OpenStandardInput(), out int length);
        using Stream stdout = Console.OpenStandardOutput();
        var output = new BufferedStream(stdout, 1 << 16);
        var line = new byte[LineLength + 1];
        line[LineLength] = (byte)'\n';

        int pos = 0;
        while (pos < length)
        {
            // Header line, copied as is.
            int headerEnd = Array.IndexOf(input, (byte)'\n', pos, length - pos);
            if (headerEnd < 0) headerEnd = length - 1;
            output.Write(input, pos, headerEnd - pos + 1);
            pos = headerEnd + 1;

            // Gather the bases up to the next header, dropping newlines, in place.
            int next = Array.IndexOf(input, (byte)'>', pos, length - pos);
            if (next < 0) next = length;
            int count = 0;
            for (int i = pos; i < next; i++)
            {
                byte b = input[i];
                if (b != (byte)'\n') input[pos + count++] = b;
            }

            // Reverse and complement in place.
            for (int lo = pos, hi = pos + count - 1; lo <= hi; lo++, hi--)
            {
                byte a = complement[input[lo]];
                input[lo] = complement[input[hi]];
                input[hi] = a;
            }

            // Write 60 bases a line.
            int written = 0;
            while (count - written >= LineLength)
            {
                Buffer.BlockCopy(input, pos + written, line, 0, LineLength);
                output.Write(line, 0, LineLength + 1);
                written += LineLength;
            }
            if (written < count)
            {
                output.Write(input, pos + written, count - written);
                output.WriteByte((byte)'\n');
            }
            pos = next;
        }
        output.Flush();
    }

    static byte[] BuildComplementTable()
    {
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        const string from = "ACGTUMRWSYKVHDBN";
        const string to = "TGCAAKYWSRMBDHVN";
        for (int i = 0; i < from.Length; i++)
        {
            table[from[i]] = (byte)to[i];
            table[char.ToLowerInvariant(from[i])] = (byte)to[i];
        }
        return table;
    }

    static byte[] ReadAll(Stream input, out int length)
    {
        var buffer = new byte[1 << 20];
        length = 0;
        while (true)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int read = input.Read(buffer, length, buffer.Length - length);
            if (read == 0) return buffer;
            length += read;
        }
    }
}
