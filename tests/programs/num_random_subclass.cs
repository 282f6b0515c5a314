// Random subclasses and seeded streams: a Random overriding Sample() drives Next/NextDouble/
// Next(min,max) through the legacy path, first values for seeds 0..15, Next(int.MaxValue),
// large-range Next(int.MinValue, int.MaxValue), NextInt64 ranges, and an explicit LCG for contrast.
using System;
using System.Globalization;
using System.Linq;

class Fixed : Random
{
    private double v;
    public Fixed(double start) : base(1) { v = start; }
    protected override double Sample() { v += 0.1; if (v >= 1) v -= 1; return v; }
}

class Counting : Random
{
    public int Calls;
    public Counting(int seed) : base(seed) { }
    protected override double Sample() { Calls++; return base.Sample(); }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var f = new Fixed(0.05);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 6).Select(_ => f.Next(100))) + " | " + string.Join(" ", Enumerable.Range(0, 4).Select(_ => f.NextDouble().ToString("F2", inv))) + " | " + f.Next(-10, 10) + " " + f.Next());
        var f2 = new Fixed(0.0);
        int n1 = f2.Next(10);
        Check(n1 == 1, 1);
        for (int seed = 0; seed < 16; seed++)
        {
            var r = new Random(seed);
            Console.Write(r.Next() + "," + r.Next(1000) + "," + r.NextDouble().ToString("F6", inv) + " ");
        }
        Console.WriteLine();
        var big = new Random(777);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 5).Select(_ => big.Next(int.MinValue, int.MaxValue))) + " | " + string.Join(" ", Enumerable.Range(0, 5).Select(_ => big.Next(int.MaxValue))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 4).Select(_ => big.NextInt64(long.MinValue, long.MaxValue))) + " | " + string.Join(" ", Enumerable.Range(0, 4).Select(_ => big.NextInt64(10))));
        var c = new Counting(5);
        c.Next(); c.Next(50); c.NextDouble(); c.Next(0, 10);
        Console.WriteLine("sample calls " + c.Calls);
        var plain = new Random(5);
        var c2 = new Counting(5);
        bool same = true;
        for (int i = 0; i < 100; i++) if (plain.Next(1000) != c2.Next(1000)) same = false;
        Check(same, 2);
        uint state = 12345;
        var lcg = new int[8];
        for (int i = 0; i < 8; i++) { state = state * 1103515245 + 12345; lcg[i] = (int)((state >> 16) & 0x7FFF); }
        Console.WriteLine("lcg " + string.Join(",", lcg));
        Check(lcg[0] == 21468, 3);
        var shuffled = Enumerable.Range(0, 10).ToArray();
        var rs = new Random(31);
        for (int i = shuffled.Length - 1; i > 0; i--) { int j = rs.Next(i + 1); (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]); }
        Console.WriteLine("fisher-yates " + string.Join(",", shuffled));
        Check(shuffled.Sum() == 45, 4);
        return failed == 0 ? 100 : failed;
    }
}
