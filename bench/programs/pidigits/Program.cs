// pidigits: prints the first n digits of pi, ten a line, with an unbounded spigot algorithm on
// System.Numerics.BigInteger (the state is a 2x2 matrix of big integers reduced to three).
// Usage: pidigits [n]   (default 10000)
using System;
using System.Numerics;
using System.Text;

public static class Program
{
    public static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10000;
        BigInteger numerator = BigInteger.One, accumulator = BigInteger.Zero, denominator = BigInteger.One;
        var output = new StringBuilder();
        var line = new StringBuilder();
        int produced = 0, k = 0;

        while (produced < n)
        {
            // Compose with the next term of the series: (k, 4k+2; 0, 2k+1).
            k++;
            int k2 = 2 * k + 1;
            accumulator = (accumulator + (numerator << 1)) * k2;
            denominator *= k2;
            numerator *= k;
            if (numerator > accumulator) continue;

            // The next digit is safe to emit when (3q+a)/d and (4q+a)/d agree.
            BigInteger digit = BigInteger.DivRem(numerator * 3 + accumulator, denominator, out BigInteger remainder);
            if (remainder + numerator >= denominator) continue;

            int d = (int)digit;
            line.Append((char)('0' + d));
            produced++;
            if (produced % 10 == 0)
            {
                output.Append(line).Append("\t:").Append(produced).Append('\n');
                line.Clear();
            }

            accumulator = (accumulator - denominator * d) * 10;
            numerator *= 10;
        }

        if (line.Length > 0)
        {
            output.Append(line).Append(' ', 10 - line.Length).Append("\t:").Append(produced).Append('\n');
        }
        Console.Out.Write(output.ToString());
    }
}
