// Seeded System.Random printing its actual values (the seeded algorithm must match .NET's
// exactly): Next, Next(max), Next(min,max), NextInt64 ranges, NextDouble, NextSingle, NextBytes,
// Shuffle and GetItems, for several seeds including 0, negative and int.MaxValue.
using System;
using System.Globalization;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (int seed in new[] { 0, 1, 42, -7, int.MaxValue })
        {
            var r = new Random(seed);
            Console.Write($"seed {seed}:");
            for (int i = 0; i < 4; i++) Console.Write(" " + r.Next());
            Console.Write(" |");
            for (int i = 0; i < 4; i++) Console.Write(" " + r.Next(100));
            Console.Write(" |");
            for (int i = 0; i < 3; i++) Console.Write(" " + r.Next(-50, 50));
            Console.WriteLine();
            Console.Write("  doubles:");
            for (int i = 0; i < 3; i++) Console.Write(" " + r.NextDouble().ToString("R", inv));
            Console.Write(" singles:");
            for (int i = 0; i < 2; i++) Console.Write(" " + r.NextSingle().ToString("R", inv));
            Console.WriteLine();
            Console.Write("  int64:");
            Console.Write(" " + r.NextInt64() + " " + r.NextInt64(1000) + " " + r.NextInt64(-1L << 40, 1L << 40) + " " + r.NextInt64(long.MinValue, long.MaxValue));
            var bytes = new byte[8];
            r.NextBytes(bytes);
            Console.WriteLine(" bytes: " + Convert.ToHexString(bytes));
        }

        var s = new Random(2024);
        int[] deck = Enumerable.Range(1, 12).ToArray();
        s.Shuffle(deck);
        Console.WriteLine("shuffle: " + string.Join(",", deck));
        Check(deck.OrderBy(x => x).SequenceEqual(Enumerable.Range(1, 12)), 1);
        string[] picks = s.GetItems(new[] { "red", "green", "blue" }, 6);
        Console.WriteLine("items: " + string.Join(",", picks));
        Span<byte> span = stackalloc byte[5];
        s.NextBytes(span);
        Console.WriteLine("span: " + Convert.ToHexString(span) + " next=" + s.Next(1, 7));

        var a = new Random(99); var b = new Random(99);
        bool same = true;
        for (int i = 0; i < 1000; i++) if (a.Next(1000) != b.Next(1000)) same = false;
        Check(same, 2);
        var c = new Random(5);
        bool inRange = true;
        for (int i = 0; i < 10000; i++)
        {
            int v = c.Next(3, 9); double d = c.NextDouble(); long l = c.NextInt64(-5, 5);
            if (v < 3 || v >= 9 || d < 0 || d >= 1 || l < -5 || l >= 5) inRange = false;
        }
        Check(inRange && c.Next(0) == 0 && c.Next(5, 5) == 5 && c.Next(7, 8) == 7, 3);
        bool threw = false;
        try { c.Next(10, 5); } catch (ArgumentOutOfRangeException) { threw = true; }
        Check(threw, 4);
        var hist = new int[6];
        var dice = new Random(31337);
        for (int i = 0; i < 60000; i++) hist[dice.Next(6)]++;
        Console.WriteLine("dice: " + string.Join(" ", hist));
        Check(hist.All(h => h > 9000 && h < 11000), 5);
        return failed == 0 ? 100 : failed;
    }
}
