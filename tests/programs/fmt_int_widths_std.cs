// Standard numeric formats (D, N, F, E, G, P, C, X) applied to every integer type at its
// MinValue, MaxValue, zero and small values, with assorted precisions, printed as a table,
// plus checks on precision-specific behaviour like G with precision and D on unsigned types.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void Table(string type, params IFormattable[] vals)
    {
        string[] fmts = { "D", "D3", "N0", "N2", "F1", "E3", "G", "G2", "P0", "C0", "X" };
        foreach (var v in vals)
        {
            Console.Write(type);
            foreach (var f in fmts) Console.Write(" " + f + "=" + v.ToString(f, CultureInfo.InvariantCulture));
            Console.WriteLine();
        }
    }

    static int Main()
    {
        Table("sbyte", sbyte.MinValue, sbyte.MaxValue, (sbyte)0, (sbyte)-7);
        Table("byte", byte.MinValue, byte.MaxValue, (byte)9);
        Table("short", short.MinValue, short.MaxValue, (short)-1000);
        Table("ushort", ushort.MaxValue, (ushort)100);
        Table("int", int.MinValue, int.MaxValue, 0, -1, 999999);
        Table("uint", uint.MaxValue, 1000000u);
        Table("long", long.MinValue, long.MaxValue, -12345678901L);
        Table("ulong", ulong.MaxValue, 10000000000000000000UL);
        var inv = CultureInfo.InvariantCulture;
        Check(int.MinValue.ToString("N0", inv) == "-2,147,483,648", 1);
        Check(long.MaxValue.ToString("E3", inv) == "9.223E+018", 2);
        Check(ulong.MaxValue.ToString("G3", inv) == "1.84E+19", 3);
        Check(12345.ToString("G10", inv) == "12345" && 12345.ToString("G5", inv) == "12345" && 12345.ToString("G4", inv) == "1.235E+04", 4);
        Check(99.ToString("F3", inv) == "99.000" && (-5).ToString("N3", inv) == "-5.000", 5);
        Check(1.ToString("P", inv) == "100.00 %" && (-2).ToString("P1", inv) == "-200.0 %", 6);
        Check(short.MinValue.ToString("D7", inv) == "-0032768" && ((byte)5).ToString("D0", inv) == "5", 7);
        Check(1000.ToString("C", inv) == "¤1,000.00" && (-1000).ToString("C1", inv) == "(¤1,000.0)", 8);
        Check(0.ToString("E", inv) == "0.000000E+000" && 0.ToString("N", inv) == "0.00", 9);
        Check(int.MaxValue.ToString("D20", inv) == "00000000002147483647", 10);
        Check(((ushort)65535).ToString("n0", inv) == "65,535" && 255.ToString("x", inv) == "ff", 11);
        Check(long.MinValue.ToString(inv) == "-9223372036854775808" && ulong.MaxValue.ToString(inv) == "18446744073709551615", 12);
        Check(7.ToString("", inv) == "7" && 7.ToString((string?)null, inv) == "7", 13);
        try { 5.ToString("Z", inv); Check(false, 14); } catch (FormatException) { Console.WriteLine("Z rejected"); }
        try { 5.ToString("D1000000000", inv); Check(false, 15); } catch (FormatException) { Console.WriteLine("huge precision rejected"); }
        Console.WriteLine(5.ToString("D100", inv).Length);
        return failed == 0 ? 100 : failed;
    }
}
