// Console.WriteLine with composite format strings covering numeric specifiers on every primitive:
// D/X/x with widths on signed and unsigned types, N/F/E/G/P/R on float/double/decimal, custom
// patterns (#,##0.00; sections for negatives; percent; per-mille; escaped chars), alignment, and
// enums with G/D/X/F formats.
using System;

[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }
enum Color : byte { Red = 1, Green = 2, Blue = 200 }

static class Program
{
    static int Main()
    {
        Console.WriteLine("{0:D5}|{1:D}|{2:X}|{3:x8}|{4:X2}|{5:D3}", 42, -42, -1, 255u, (byte)10, (sbyte)-7);
        Console.WriteLine("{0:X}|{1:X}|{2:D}|{3:X16}", long.MinValue, ulong.MaxValue, ulong.MaxValue, 1L);
        Console.WriteLine("{0:X}|{1:X}|{2}|{3:D6}", (short)-1, (ushort)65535, (short)-32768, (ushort)7);
        Console.WriteLine("{0:N}|{0:N0}|{0:N3}|{0:F}|{0:F0}|{0:F4}", 1234567.891);
        Console.WriteLine("{0:E}|{0:E2}|{0:e4}|{0:G}|{0:G3}|{0:R}", 0.000123456789);
        Console.WriteLine("{0:P}|{0:P0}|{0:P3}", 0.12345);
        Console.WriteLine("{0:G}|{0:F2}|{0:E1}|{0:N1}", 1.5f);
        Console.WriteLine("{0:G}|{0:F}|{0:N}|{0:E}|{0:C}", -12345.6789m);
        Console.WriteLine("{0:#,##0.00}|{1:#,##0.00}|{2:0.##}|{3:000.0}", 1234.5, -0.005, 2.0, 3.14159);
        Console.WriteLine("{0:#,##0;(#,##0);zero}|{1:#,##0;(#,##0);zero}|{2:#,##0;(#,##0);zero}", 1500, -1500, 0);
        Console.WriteLine("{0:0.0%}|{1:0.0‰}|{2:\\#0}|{3:'x'0'y'}", 0.256, 0.0256, 5, 7);
        Console.WriteLine("{0:0.00E+00}|{1:0.###e-0}|{2:#}|{3:00}", 123456.0, 0.00042, 0, -3);
        Console.WriteLine("[{0,8}]|[{1,-8}]|[{2,8:F2}]|[{3,-8:X}]", 12, 34, 5.678, 255);
        Console.WriteLine("{0}|{0:G}|{0:D}|{0:X}|{0:F}", Perm.Read | Perm.Exec);
        Console.WriteLine("{0}|{1}|{2:D}|{3:X}|{4}", Perm.None, (Perm)8, Color.Blue, Color.Green, (Color)3);
        Console.WriteLine("{0:G}|{0:G17}|{1:R}|{2}", Math.PI, 0.1 + 0.2, 1e-10);
        Console.WriteLine("{0}|{1}|{2}|{3}", float.MaxValue, double.MinValue, float.Epsilon, (double)float.MaxValue);
        Console.WriteLine("{0:F3}|{1:N2}|{2:G}|{3:0.0}", double.NaN, double.PositiveInfinity, float.NegativeInfinity, -0.04);
        Console.WriteLine("{0:C}|{1:C0}|{2:C3}", 1234.5, -7, 0.1234m);
        Console.WriteLine("{0,5:X}|{1,-10:N1}|{2,3}", 'A' + 0, -9876.54, true);
        Console.WriteLine("{0:00.00}|{1:#.#}|{2:0,0}|{3:0,,}", 9.999, 0.05, 1234567, 1234567890);
        Console.WriteLine("{0:B}|{1:B16}|{2:b4}", 10, (ushort)3, (byte)1);
        Console.WriteLine(string.Format("{0,-4}{1,4}{2,-4}end", 'a', 'b', 'c'));
        Console.WriteLine($"{123,7:N0}|{-0.5,6:P0}|{uint.MaxValue:N0}|{long.MaxValue:E3}");
        return 100;
    }
}
