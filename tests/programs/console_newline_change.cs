// Console.Out.NewLine changed at run time (to "\r\n", to a marker string, back to "\n") and its
// effect on Console.WriteLine overloads, Console.Error.NewLine independent of Out, WriteLine() with
// no arguments, and CoreNewLine seen by a StringWriter for comparison.
using System;
using System.IO;

static class Program
{
    static int Main()
    {
        Console.WriteLine("default newline");
        string old = Console.Out.NewLine;
        Console.Out.NewLine = "\r\n";
        Console.WriteLine("crlf line");
        Console.WriteLine(42);
        Console.WriteLine();
        Console.Out.NewLine = " <NL>\n";
        Console.WriteLine("marker line");
        Console.WriteLine("{0}-{1}", 1, 2);
        Console.WriteLine(3.5);
        Console.WriteLine('c');
        Console.WriteLine(new[] { 'a', 'b' });
        Console.Out.WriteLine(true);
        Console.Error.WriteLine("stderr keeps its own newline");
        Console.Error.NewLine = "!\n";
        Console.Error.WriteLine("stderr changed");
        Console.Out.NewLine = old;
        Console.WriteLine("restored");
        Console.WriteLine($"old newline length {old.Length} now {Console.Out.NewLine.Length} err {Console.Error.NewLine.Length}");
        var sw = new StringWriter { NewLine = "|" };
        sw.WriteLine("x"); sw.WriteLine(1); sw.WriteLine();
        Console.WriteLine(sw.ToString());
        Console.Out.NewLine = null;
        Console.WriteLine($"null newline resets to length {Console.Out.NewLine.Length}");
        return sw.ToString() == "x|1||" ? 100 : 1;
    }
}
