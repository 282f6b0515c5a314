// Console output: Write/WriteLine of every primitive (int, long, uint, ulong, short, byte,
// double, float, bool, char, decimal), null and objects, char arrays, composite format
// strings with alignment and format specifiers, interpolation, Console.Out, Console.Error,
// non-ASCII text, a long line, and many small writes.
using System;
using System.Text;

static class Program
{
    sealed class Point
    {
        public int X, Y;
        public override string ToString() => $"({X}, {Y})";
    }

    static int Main()
    {
        Console.WriteLine(42);
        Console.WriteLine(-7);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(long.MaxValue);
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine((short)-12345);
        Console.WriteLine((byte)200);
        Console.WriteLine(3.5);
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1e300);
        Console.WriteLine(-0.0);
        Console.WriteLine(double.NaN);
        Console.WriteLine(double.PositiveInfinity);
        Console.WriteLine(1.5f);
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('x');
        Console.WriteLine(123.456m);
        Console.WriteLine(-0.001m);
        Console.WriteLine((object?)null);
        Console.WriteLine((string?)null);
        Console.WriteLine(new Point { X = 1, Y = 2 });
        Console.WriteLine(new[] { 'a', 'b', 'c' });
        Console.WriteLine(new[] { 'a', 'b', 'c', 'd' }, 1, 2);
        Console.WriteLine();

        Console.Write(1);
        Console.Write(' ');
        Console.Write(2L);
        Console.Write(' ');
        Console.Write(3.25);
        Console.Write(' ');
        Console.Write(true);
        Console.Write(' ');
        Console.Write('z');
        Console.Write(' ');
        Console.Write(9.99m);
        Console.Write("\n");

        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine("[{0,5}] [{1,-5}] [{2:X8}] [{3:N2}] [{4:F3}] [{5:P1}]", 7, 8, 255, 1234567.891, Math.PI, 0.256);
        Console.WriteLine("{0:D5} {1:E2} {2:G} {3:0.00} {4:#,##0}", 42, 12345.678, 1.0 / 3, 2.5, 9876543);
        Console.WriteLine("{0} {1} {2} {3}", "a", 'b', 3, 4.5);
        Console.WriteLine("{{literal braces}} {0}", "x");
        string name = "dotnative";
        int count = 3;
        Console.WriteLine($"Hello, {name}! count={count,3} hex={count:X2} {DateTime.MinValue.Year}");

        Console.Out.WriteLine("via Console.Out");
        Console.Out.Write("no newline, then flush");
        Console.Out.Flush();
        Console.WriteLine();
        Console.Error.WriteLine("via Console.Error");
        Console.Error.WriteLine("error {0} {1}", 1, 2.5);
        Console.Error.Write('!');
        Console.Error.WriteLine();

        Console.WriteLine("caf\u00e9 na\u00efve \u4e16\u754c \ud83d\ude00");
        var sb = new StringBuilder();
        for (int i = 0; i < 500; i++) sb.Append((char)('a' + i % 26));
        Console.WriteLine(sb.ToString());
        for (int i = 0; i < 300; i++) Console.Write(i % 10);
        Console.WriteLine();

        Console.WriteLine("done");
        return 100;
    }
}
