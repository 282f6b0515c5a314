// Standard numeric format strings under the invariant culture: N, F, E, G, X, C, P, R, D with
// and without precision, for int, long, uint, ulong, short, byte, double, float and decimal,
// including negative values, zero, rounding at the precision boundary and large precisions.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void Row(string fmt, params IFormattable[] values)
    {
        Console.Write(fmt.PadRight(4));
        foreach (var v in values) Console.Write(" | " + v.ToString(fmt, CultureInfo.InvariantCulture));
        Console.WriteLine();
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Check(1234567.891.ToString("N2", inv) == "1,234,567.89", 1);
        Check((-1234).ToString("N0", inv) == "-1,234", 2);
        Check(0.5.ToString("F0", inv) == "0" && 1.5.ToString("F0", inv) == "2" && 2.5.ToString("F0", inv) == "2" && 0.125.ToString("F2", inv) == "0.12", 3);
        Check(1.005.ToString("F2", inv) == "1.00", 4);
        Check(12345.678.ToString("E2", inv) == "1.23E+004" && 12345.678.ToString("e3", inv) == "1.235e+004", 5);
        Check(0.000123.ToString("E", inv) == "1.230000E-004", 6);
        Check(255.ToString("X", inv) == "FF" && 255.ToString("x4", inv) == "00ff" && (-1).ToString("X", inv) == "FFFFFFFF", 7);
        Check(((short)-1).ToString("X", inv) == "FFFF" && ((byte)10).ToString("X2", inv) == "0A", 8);
        Check(long.MinValue.ToString("X", inv) == "8000000000000000", 9);
        Check(42.ToString("D6", inv) == "000042" && (-42).ToString("D6", inv) == "-000042", 10);
        Check(0.256.ToString("P1", inv) == "25.6 %" && (-0.5).ToString("P0", inv) == "-50 %", 11);
        Check(1234.5m.ToString("C", inv) == "\u00a41,234.50" && (-3m).ToString("C0", inv) == "(\u00a43)", 12);
        Check(0.1.ToString("R", inv) == "0.1" && (1.0 / 3).ToString("R", inv) == "0.3333333333333333", 13);
        Check(123.456.ToString("G4", inv) == "123.5" && 123456789.0.ToString("G4", inv) == "1.235E+08", 14);
        Check(1e-5.ToString("G", inv) == "1E-05" && 1e15.ToString("G", inv) == "1000000000000000" && 1e16.ToString(inv) == "10000000000000000" && 1e17.ToString(inv) == "1E+17" && 1e14.ToString(inv) == "100000000000000", 15);
        Check(1.23m.ToString("F5", inv) == "1.23000" && 1.23456789m.ToString("F2", inv) == "1.23", 16);
        Check(2.5m.ToString("F0", inv) == "3" && (-2.5m).ToString("F0", inv) == "-3", 17);
        Check(1.5f.ToString("F3", inv) == "1.500" && 0.1f.ToString("R", inv) == "0.1", 18);
        Check(uint.MaxValue.ToString("N0", inv) == "4,294,967,295" && ulong.MaxValue.ToString("X", inv) == "FFFFFFFFFFFFFFFF", 19);
        Check(0.0.ToString("E2", inv) == "0.00E+000" && (-0.0).ToString("F1", inv) == "-0.0", 20);
        Check(double.NaN.ToString("N2", inv) == "NaN" && double.NegativeInfinity.ToString("F", inv) == "-Infinity", 21);
        Check(1.0.ToString("F20", inv) == "1.00000000000000000000", 22);
        Check(0.1.ToString("F20", inv) == "0.10000000000000000555", 23);
        Check(123.ToString("G", inv) == "123" && 123.ToString("G2", inv) == "1.2E+02", 24);
        Check(decimal.MaxValue.ToString("N0", inv) == "79,228,162,514,264,337,593,543,950,335", 25);

        Row("N", 1234.5678, -0.005, 1234567, 1234.5678m, 1.5f);
        Row("N3", 1234.5678, -0.0005, -1234567, 0.0001m, 1.5f);
        Row("F", 1234.5678, -0.005, 1234567, 1234.5678m, 2.25f);
        Row("F0", 0.49, 1.5, -7, 0.5m, 2.5f);
        Row("E", 1234.5678, -0.005, 1234567, 1234.5678m, 3.0f);
        Row("E10", Math.PI, 1e-300, long.MaxValue, 1m / 3, float.MaxValue);
        Row("G", 1234.5678, 1e-7, -1234567, 1234.5678000m, 1e20f);
        Row("G3", 1234.5678, 0.00012345, 1234567, 1234.5678m, 0.0001f);
        Row("P", 0.5, -0.12345, 1, 0.125m, 0.333f);
        Row("C2", 1234.5678, -0.005, 99, -1234.5678m, 7.5f);
        Row("R", 0.1 + 0.2, double.Epsilon, double.MaxValue, 1e21, 16777217f);
        Row("X8", 48879, -2, 0L, uint.MaxValue, (short)-300);
        Row("D10", 1, -1, long.MinValue, ulong.MaxValue, (byte)7);
        return failed == 0 ? 100 : failed;
    }
}
