// Console.SetOut/SetError redirection to StringWriters: everything written through Console.Write*
// lands in the writer (checked exactly), nested redirection, restoring the original writers via
// saved Console.Out, Console.Out identity after SetOut, and echoing the captured text afterwards.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        TextWriter origOut = Console.Out, origErr = Console.Error;
        var cap = new StringWriter();
        Console.SetOut(cap);
        Console.Write(1); Console.Write(' '); Console.Write(2L); Console.Write(' '); Console.Write(3.5); Console.Write(' ');
        Console.Write(true); Console.Write(' '); Console.Write('c'); Console.Write(' '); Console.Write(9.99m);
        Console.WriteLine();
        Console.WriteLine("{0}+{1}", "a", "b");
        Console.WriteLine(new[] { 'x', 'y' });
        Console.Out.WriteLine("via Out");
        Check(Console.Out != origOut, 1);
        var inner = new StringWriter();
        Console.SetOut(inner);
        Console.WriteLine("inner only");
        Console.SetOut(cap);
        Console.Write("back");
        Console.SetOut(origOut);
        string captured = cap.ToString();
        Console.WriteLine("captured:");
        Console.Write(captured.Replace("\n", "\\n\n"));
        Console.WriteLine();
        Console.WriteLine("inner: " + inner.ToString().TrimEnd());
        Check(captured == "1 2 3.5 True c 9.99\na+b\nxy\nvia Out\nback", 2);
        Check(inner.ToString() == "inner only\n", 3);
        var errCap = new StringWriter();
        Console.SetError(errCap);
        Console.Error.WriteLine("error text");
        Console.Error.Write(42);
        Console.SetError(origErr);
        Console.WriteLine("stderr captured: " + errCap.ToString().Replace("\n", "|"));
        Check(errCap.ToString() == "error text\n42", 4);
        Console.Error.WriteLine("this goes to the real stderr");
        var lower = new LowerWriter();
        Console.SetOut(lower);
        Console.WriteLine("MiXeD CaSe {0}", "ARG");
        Console.Write('Q');
        Console.SetOut(origOut);
        Console.WriteLine(lower.Sb.ToString().Replace("\n", "|"));
        Check(lower.Sb.ToString() == "mixed case arg\nq", 5);
        try { Console.SetOut(null); Check(false, 6); }
        catch (ArgumentNullException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        Console.WriteLine("done");
        return failed == 0 ? 100 : failed;
    }

    sealed class LowerWriter : TextWriter
    {
        public readonly System.Text.StringBuilder Sb = new();
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => Sb.Append(char.ToLowerInvariant(value));
    }
}
