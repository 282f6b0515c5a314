// Console.Write/WriteLine format overloads with 1, 2, 3 and 4+ arguments (params arrays, null
// arguments, alignment, numeric/date formats), Console.Out and Console.Error writes interleaved
// with flushes, TextWriter.Write overloads (char[] ranges, bool, decimal), and FormatProvider.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        Console.WriteLine("{0}", 1);
        Console.WriteLine("{0} {1}", "two", 2.0);
        Console.WriteLine("{0} {1} {2}", 'c', 3L, 3.5m);
        Console.WriteLine("{0} {1} {2} {3}", 4, 4u, (short)4, (byte)4);
        Console.WriteLine("{0}|{1}|{2}|{3}|{4}|{5}", 1, "a", null, true, 2.5f, -0.0);
        Console.WriteLine("{0}", (object)null);
        Console.WriteLine("{0}", new object[] { "only-first-of-array" });
        Console.WriteLine("{0,-6}|{1,6}|{2,-6:F1}|{3,6:X}", "ab", "cd", 1.25, 48879);
        Console.WriteLine("{0:N0} {0:N2} {0:E3} {0:P0} {0:C} {0:0.###}", 1234.5678);
        Console.WriteLine("{0:D8} {0:X8} {0:x} {1:B8}", 1000, (byte)5);
        Console.WriteLine("{0:yyyy-MM-dd} {0:HH:mm:ss} {1:c} {1:g}", new DateTime(2022, 11, 30, 7, 8, 9), new TimeSpan(1, 2, 3, 4));
        Console.WriteLine("{{}} {{{0}}} }}{{", 9);
        Console.Write("{0}-{1}", "no", "newline");
        Console.Write("{0}", '\n');
        Console.Write("{0} {1} {2}\n", 1, 2, 3);
        Console.Write("{0}{1}{2}{3}\n", 'a', 'b', 'c', 'd');

        Console.Out.Write(true); Console.Out.Write(' '); Console.Out.Write(12.75m); Console.Out.Write(' ');
        Console.Out.Write(new[] { 'x', 'y', 'z', 'w' }, 1, 2); Console.Out.Write(' ');
        Console.Out.Write(ulong.MaxValue); Console.Out.Write(' '); Console.Out.Write(-1.5e-7f);
        Console.Out.WriteLine();
        Console.Out.WriteLine("{0} via Out {1}", 1, 2);
        Console.Out.WriteLine(new[] { 'c', 'h', 'a', 'r', 's' });
        Console.Out.Flush();
        Console.Error.WriteLine("err {0}", 1);
        Console.Error.Write("err {0} {1}", 2, 3);
        Console.Error.WriteLine();
        Console.Error.WriteLine("{0,5}|{1,-5}|", "r", "l");
        Console.Error.Write(3.25); Console.Error.Write(' '); Console.Error.Write(7L); Console.Error.WriteLine('!');
        Console.Error.Flush();
        Console.WriteLine("after error");

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "{0:N3}", 9876.54321));
        Console.Out.WriteLine(inv.NumberFormat.NumberDecimalSeparator + inv.NumberFormat.NumberGroupSeparator + inv.NumberFormat.CurrencySymbol);
        Console.WriteLine(Console.Out.FormatProvider is CultureInfo ci ? ci.Name.Length.ToString() : "other");
        Console.WriteLine(Console.Out.NewLine == "\n" ? "newline LF" : "newline other");

        object[] many = new object[12];
        for (int i = 0; i < many.Length; i++) many[i] = i * i;
        Console.WriteLine("{0} {1} {2} {3} {4} {5} {6} {7} {8} {9} {10} {11}", many);
        Console.WriteLine(string.Join(" ", many));
        ReadOnlySpan<char> span = "span text".AsSpan(0, 4);
        Console.Out.Write(span);
        Console.Out.WriteLine(" ok");
        Console.Write(new string('-', 20) + "\n");
        Console.WriteLine("done");
        return 100;
    }
}
