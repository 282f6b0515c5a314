// mandelbrot: renders the Mandelbrot set over [-1.5, 0.5] x [-1, 1] as an n x n bitmap
// (50 iterations, escape radius 2) and writes it to standard output as a binary PBM (P4) file.
// Usage: mandelbrot [n]   (default 8000)
using System;
using System.IO;
using System.Text;

public static class Program
{
    const int MaxIterations = 50;

    public static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 8000;
        int rowBytes = (n + 7) / 8;
        var image = new byte[rowBytes * n];
        double scale = 2.0 / n;

        for (int y = 0; y < n; y++)
        {
            double ci = y * scale - 1.0;
            int rowStart = y * rowBytes;
            for (int x = 0; x < n; x++)
            {
                double cr = x * scale - 1.5;
                if (InSet(cr, ci))
                {
                    image[rowStart + (x >> 3)] |= (byte)(0x80 >> (x & 7));
                }
            }
        }

        using Stream stdout = Console.OpenStandardOutput();
        byte[] header = Encoding.ASCII.GetBytes($"P4\n{n} {n}\n");
        stdout.Write(header, 0, header.Length);
        stdout.Write(image, 0, image.Length);
    }

    static bool InSet(double cr, double ci)
    {
        double zr = 0, zi = 0, zr2 = 0, zi2 = 0;
        for (int i = 0; i < MaxIterations; i++)
        {
            zi = 2 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
            zr2 = zr * zr;
            zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) return false;
        }
        return true;
    }
}
