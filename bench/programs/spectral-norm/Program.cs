// spectral-norm: estimates the largest singular value of the infinite matrix
// A(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1), cut to n x n, with ten rounds of the power method on
// A transposed times A.
// Usage: spectral-norm [n]   (default 7000)
using System;
using System.Globalization;

public static class Program
{
    static double A(int i, int j) => 1.0 / ((long)(i + j) * (i + j + 1) / 2 + i + 1);

    // y = A x
    static void MultiplyA(double[] x, double[] y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(i, j) * x[j];
            y[i] = sum;
        }
    }

    // y = transpose(A) x
    static void MultiplyAt(double[] x, double[] y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(j, i) * x[j];
            y[i] = sum;
        }
    }

    // y = transpose(A) A x, using tmp as scratch
    static void MultiplyAtA(double[] x, double[] y, double[] tmp)
    {
        MultiplyA(x, tmp);
        MultiplyAt(tmp, y);
    }

    public static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 7000;
        var u = new double[n];
        var v = new double[n];
        var tmp = new double[n];
        Array.Fill(u, 1.0);
        for (int i = 0; i < 10; i++)
        {
            MultiplyAtA(u, v, tmp);
            MultiplyAtA(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++)
        {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        Console.WriteLine(Math.Sqrt(vBv / vv).ToString("F9", CultureInfo.InvariantCulture));
    }
}
