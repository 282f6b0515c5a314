// Console.Error and Console.Out written in alternation with explicit Flush calls: every primitive
// Write overload on Console.Error (int, long, uint, ulong, float, double, decimal, bool, char,
// char[], object, null string), Error.WriteLine format overloads, and AutoFlush of both writers.
using System;

static class Program
{
    static int Main()
    {
        Console.Out.WriteLine($"out autoflush: {((System.IO.StreamWriter)null == null)}");
        for (int i = 0; i < 3; i++)
        {
            Console.Write("out " + i + "; ");
            Console.Out.Flush();
            Console.Error.Write("err " + i + "; ");
            Console.Error.Flush();
        }
        Console.WriteLine();
        Console.Error.WriteLine();
        var e = Console.Error;
        e.Write(-5); e.Write(' '); e.Write(long.MinValue); e.Write(' '); e.Write(uint.MaxValue); e.Write(' ');
        e.Write(ulong.MaxValue); e.Write(' '); e.Write(0.1f); e.Write(' '); e.Write(1.0 / 3); e.Write(' ');
        e.Write(-1.50m); e.Write(' '); e.Write(false); e.Write(' '); e.Write('Z'); e.Write(' ');
        e.Write(new[] { 'a', 'b', 'c' }); e.Write(' '); e.Write((object)new Version(1, 2, 3)); e.Write(' ');
        e.Write((string)null); e.Write("|"); e.WriteLine();
        e.WriteLine("{0:X4} {1,6:F3} {2,-5}|", 255, Math.E, "ab");
        e.WriteLine("{0} {1} {2} {3} {4}", 1, 2, 3, 4, 5);
        e.WriteLine(12345678901234567890UL);
        e.WriteLine(3.0f);
        e.WriteLine(double.Epsilon);
        e.WriteLine(new char[] { 'h', 'i', '!' }, 0, 2);
        e.Flush();
        Console.Out.Write("end of out");
        Console.Out.WriteLine();
        Console.Out.Flush();
        Console.Error.WriteLine("end of err");
        Console.Error.WriteLine("non-ascii: é ü € 漢字 🙂");
        Console.WriteLine("non-ascii: é ü € 漢字 🙂");
        Console.Error.Write('\t'); Console.Error.Write("tab"); Console.Error.Write('\n');
        return 100;
    }
}
