// StringReader and StringWriter: ReadLine over \n, \r\n, \r and trailing newline, Peek/Read,
// ReadBlock, ReadToEnd after partial reads; StringWriter Write overloads of primitives, format
// strings, NewLine changes, GetStringBuilder, FormatProvider, and use after Dispose.
using System;
using System.Globalization;
using System.IO;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var r = new StringReader("first\nsecond\r\nthird\rfourth\n");
        string l; int n = 0; var sb = new StringBuilder();
        while ((l = r.ReadLine()) != null) { n++; sb.Append('<').Append(l).Append('>'); }
        Console.WriteLine($"{n} {sb}");
        Check(n == 4 && sb.ToString() == "<first><second><third><fourth>", 1);
        var r2 = new StringReader("abcdef");
        Console.WriteLine($"{(char)r2.Peek()} {(char)r2.Read()} {(char)r2.Read()}");
        var block = new char[3];
        int got = r2.ReadBlock(block, 0, 3);
        Console.WriteLine($"{got} {new string(block)} rest={r2.ReadToEnd()} peek={r2.Peek()} read={r2.Read()}");
        Check(got == 3 && new string(block) == "cde", 2);
        Console.WriteLine(new StringReader("").ReadLine() == null);
        Console.WriteLine(new StringReader("\n").ReadLine() == "");
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.Write(1); w.Write(' '); w.Write(-2L); w.Write(' '); w.Write(3u); w.Write(' '); w.Write(4.5);
        w.Write(' '); w.Write(1.5f); w.Write(' '); w.Write(6.07m); w.Write(' '); w.Write(true);
        w.Write(' '); w.Write(new[] { 'x', 'y' }); w.Write(' '); w.Write((object)null); w.Write("|");
        w.WriteLine();
        w.Write("{0:D3}|{1,5}|{2,-4}|{3:F2}", 7, "ab", "cd", 3.14159);
        w.NewLine = "\r\n";
        w.WriteLine();
        w.WriteLine("{0}+{1}={2}", 1, 2, 3);
        w.Write(ulong.MaxValue);
        string result = w.ToString();
        Console.WriteLine(result.Replace("\r", "\\r"));
        Check(result.StartsWith("1 -2 3 4.5 1.5 6.07 True xy |\n007|   ab|cd  |3.14\r\n1+2=3\r\n18446744073709551615"), 3);
        w.GetStringBuilder().Clear().Append("reset");
        w.Write('!');
        Console.WriteLine(w.ToString());
        Check(w.ToString() == "reset!", 4);
        Console.WriteLine($"{w.Encoding.WebName} {w.FormatProvider == CultureInfo.InvariantCulture}");
        var shared = new StringBuilder("pre:");
        using (var w2 = new StringWriter(shared)) { w2.Write("in"); }
        Console.WriteLine(shared);
        Check(shared.ToString() == "pre:in", 5);
        var w3 = new StringWriter();
        w3.Write("a");
        w3.Dispose();
        Console.WriteLine("after dispose ToString: " + w3.ToString());
        try { w3.Write("b"); Check(false, 6); }
        catch (ObjectDisposedException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        r.Dispose();
        try { r.ReadLine(); Check(false, 7); }
        catch (ObjectDisposedException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        TextWriter tw = new StringWriter();
        tw.Write("{0} {1} {2} {3}", 'c', 2.5, -0.0, 1e21);
        tw.Write(new char[] { 'a', 'b', 'c', 'd' }, 1, 2);
        tw.Write("x".AsSpan());
        Console.WriteLine(tw.ToString());
        Check(tw.ToString() == "c 2.5 -0 1E+21bcx", 8);
        var lines = new StringReader("l1\nl2\nl3");
        var all = lines.ReadLine() + "," + lines.ReadToEnd();
        Console.WriteLine(all.Replace("\n", "\\n"));
        Check(all == "l1,l2\nl3", 9);
        return failed == 0 ? 100 : failed;
    }
}
