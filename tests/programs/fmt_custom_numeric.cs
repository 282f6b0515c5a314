// Custom numeric format strings (invariant culture): 0 and # placeholders, group separators,
// number scaling by trailing commas, percent and per-mille, scientific "0.00E+00", section
// separators for positive/negative/zero, quoted and escaped literals, for ints, doubles, decimals.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string F(IFormattable v, string fmt) => v.ToString(fmt, CultureInfo.InvariantCulture);

    static int Main()
    {
        Check(F(1234.5678, "0.00") == "1234.57", 1);
        Check(F(0.5, "#.##") == ".5" && F(0.5, "0.##") == "0.5", 2);
        Check(F(42, "00000") == "00042" && F(42, "#####") == "42", 3);
        Check(F(1234567.891, "#,##0.0") == "1,234,567.9", 4);
        Check(F(1234567, "#,##0,") == "1,235" && F(1234567890, "#,##0,,") == "1,235", 5);
        Check(F(0.1234, "0.0%") == "12.3%" && F(0.01234, "0.0\u2030") == "12.3\u2030", 6);
        Check(F(12345.678, "0.00E+00") == "1.23E+04" && F(0.00012, "0.0e-0") == "1.2e-4", 7);
        Check(F(12345.678, "0.###E+000") == "1.235E+004", 8);
        Check(F(5, "+0;-0;zero") == "+5" && F(-5, "+0;-0;zero") == "-5" && F(0, "+0;-0;zero") == "zero", 9);
        Check(F(-3.5, "0.0;(0.0)") == "(3.5)", 10);
        Check(F(42, "'#'0") == "#42" && F(42, "\\#0\\%") == "#42%", 11);
        Check(F(7, "[0]") == "[7]" && F(7, "\"n=\"0") == "n=7", 12);
        Check(F(123.456m, "0000.0000") == "0123.4560", 13);
        Check(F(-0.001, "0.00") == "-0.00", 14);
        Check(F(1.5, "0") == "2" && F(2.5, "0") == "3" && F(-2.5, "0") == "-3", 15);
        Check(F(2.5m, "0") == "3" && F(0.125m, "0.00") == "0.13", 16);
        Check(F(123456789L, "###-##-####") == "123-45-6789", 17);
        Check(F(0, "#") == "" && F(0, "0") == "0", 18);
        Check(F(1e20, "#,##0") == "100,000,000,000,000,000,000", 19);
        Check(F(255, "0x00") == "2x55" && F(255, "\"0x\"000") == "0x255", 20);

        string[] formats = { "0.00", "#,##0.###", "0.0E+0", "#0.0#%", "00.00;[00.00];-", "#,#" };
        object[] values = { 0.0, 1.0, -1.5, 1234.5678, 0.000123, 9876543.21, 1234.5678m, -42, 1.5f };
        foreach (var fmt in formats)
        {
            Console.Write(fmt.PadRight(18));
            foreach (var v in values) Console.Write(" " + F((IFormattable)v, fmt));
            Console.WriteLine();
        }
        return failed == 0 ? 100 : failed;
    }
}
