// TextWriter overloads through Console.Out: Write/WriteLine of StringBuilder, ReadOnlySpan<char>,
// char[] slices, params-span format overloads with many arguments, TextWriter.Null swallowing
// output, TextWriter.Synchronized wrapping Console.Out, and Console.Out.Encoding/FormatProvider.
using System;
using System.Globalization;
using System.IO;
using System.Text;

static class Program
{
    static int Main()
    {
        var sb = new StringBuilder("built ").Append(42).Append(' ').Append(1.5);
        Console.Out.Write(sb);
        Console.Out.WriteLine();
        Console.Out.WriteLine(sb.Append('!'));
        ReadOnlySpan<char> span = "span text here".AsSpan(5, 4);
        Console.Out.Write(span);
        Console.Out.WriteLine(" <- span");
        Console.Out.WriteLine("line from span".AsSpan());
        char[] buf = "0123456789".ToCharArray();
        Console.Out.Write(buf, 3, 4);
        Console.Out.WriteLine(buf, 8, 2);
        Console.WriteLine("{0}{1}{2}{3}{4}{5}{6}", 'a', 1, 2L, 3.0, 4m, true, "s");
        Console.Out.WriteLine("{0}|{1}|{2}|{3}|{4}", "five", 5, 5u, 5ul, (short)5);
        Console.Out.Write("{0} and {1}\n", "x", null);
        Console.Out.WriteLine(CultureInfo.InvariantCulture.Equals(Console.Out.FormatProvider) || Console.Out.FormatProvider != null);
        TextWriter.Null.WriteLine("this is swallowed");
        TextWriter.Null.Write(12345);
        TextWriter.Null.Flush();
        var sync = TextWriter.Synchronized(Console.Out);
        sync.WriteLine("through synchronized writer");
        sync.Write(7); sync.Write(' '); sync.WriteLine(8.25f);
        sync.Flush();
        Console.WriteLine($"encoding {Console.Out.Encoding.WebName} preamble {Console.Out.Encoding.GetPreamble().Length}");
        Console.Out.Write(new object[] { "obj-array" }[0]);
        Console.Out.WriteLine((object)null);
        Console.Out.WriteLine(new StringBuilder());
        Console.Out.WriteLine(decimal.MinusOne);
        Console.Out.WriteLine(ReadOnlySpan<char>.Empty);
        Console.Out.Write(new StringBuilder("multi\nline\n"));
        Console.Out.WriteLine(string.Create(5, 'z', (s, c) => s.Fill(c)));
        return 100;
    }
}
