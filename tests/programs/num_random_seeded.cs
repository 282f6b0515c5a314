// Random with fixed seeds (the seeded legacy algorithm must match .NET exactly): Next(),
// Next(max), Next(min,max), NextInt64, NextDouble, NextSingle, NextBytes, Shuffle, GetItems,
// reproducibility between two instances with the same seed, and argument errors.
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
        var r = new Random(42);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 8).Select(_ => r.Next())));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 10).Select(_ => r.Next(100))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 10).Select(_ => r.Next(-50, 50))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.NextDouble().ToString("R", inv))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.NextInt64())));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.NextInt64(1000000000000L, 2000000000000L))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.NextSingle().ToString("R", inv))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 4).Select(_ => r.Next(int.MinValue, int.MaxValue))));
        var bytes = new byte[20];
        r.NextBytes(bytes);
        Console.WriteLine(BitConverter.ToString(bytes));
        Span<byte> sb = stackalloc byte[7];
        r.NextBytes(sb);
        Console.WriteLine(BitConverter.ToString(sb.ToArray()));
        int[] deck = Enumerable.Range(1, 20).ToArray();
        new Random(7).Shuffle(deck);
        Console.WriteLine(string.Join(",", deck));
        Check(deck.OrderBy(x => x).SequenceEqual(Enumerable.Range(1, 20)), 1);
        string[] items = new Random(3).GetItems(new[] { "red", "green", "blue" }, 8);
        Console.WriteLine(string.Join(",", items));
        Check(items.Length == 8, 2);
        var a = new Random(12345); var b = new Random(12345);
        bool same = true;
        for (int i = 0; i < 1000; i++) if (a.Next() != b.Next()) same = false;
        Check(same, 3);
        var c0 = new Random(0);
        Console.WriteLine(c0.Next() + " " + c0.Next(10) + " " + new Random(-1).Next() + " " + new Random(int.MaxValue).Next() + " " + new Random(int.MinValue).Next());
        var d = new Random(99);
        int[] hist = new int[6];
        for (int i = 0; i < 6000; i++) hist[d.Next(6)]++;
        Console.WriteLine(string.Join(",", hist));
        Check(hist.Sum() == 6000 && hist.All(h => h > 800), 4);
        Check(new Random(5).Next(7, 7) == 7 && new Random(5).Next(0) == 0 && new Random(5).Next(1) == 0, 5);
        try { new Random(1).Next(-1); Check(false, 6); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Next(-1): " + e.ParamName); }
        try { new Random(1).Next(5, 2); Check(false, 7); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Next(5,2): " + e.ParamName); }
        var e2 = new Random(2024);
        double sum = 0; for (int i = 0; i < 10000; i++) sum += e2.NextDouble();
        Console.WriteLine("mean " + (sum / 10000).ToString("F6", inv));
        Check(Math.Abs(sum / 10000 - 0.5) < 0.02, 8);
        Console.WriteLine(Random.Shared.Next(1, 2) + " " + (Random.Shared.NextDouble() < 1.0));
        return failed == 0 ? 100 : failed;
    }
}
