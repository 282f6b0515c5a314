// LINQ numeric aggregates: Sum/Min/Max/Average over int, long, float, double, decimal and their
// nullable forms (nulls skipped, empty nullable => null, empty non-nullable => exception),
// overflow in int Sum and long Average, NaN in Min/Max, large-int Average, and selectors.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Throws<T>(Func<object> f) where T : Exception { try { f(); } catch (T) { return true; } return false; }
    static string Inv(object o) => o is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : o?.ToString() ?? "null";

    static int Main()
    {
        int?[] ni = { 3, null, 7, null, -2 };
        Check(ni.Sum() == 8 && ni.Min() == -2 && ni.Max() == 7 && ni.Average() == 8 / 3.0, 1);
        int?[] allNull = { null, null };
        Check(allNull.Sum() == 0 && allNull.Min() == null && allNull.Max() == null && allNull.Average() == null, 2);
        Check(Array.Empty<int?>().Min() == null && Array.Empty<double?>().Average() == null && Array.Empty<decimal?>().Sum() == 0, 3);
        Check(Throws<InvalidOperationException>(() => Array.Empty<int>().Min()) && Throws<InvalidOperationException>(() => Array.Empty<double>().Average()), 4);
        Check(Array.Empty<int>().Sum() == 0 && Throws<InvalidOperationException>(() => Array.Empty<decimal>().Max()), 5);
        Check(Throws<OverflowException>(() => new[] { int.MaxValue, 1 }.Sum()) && Throws<OverflowException>(() => new long?[] { long.MinValue, -1 }.Sum()), 6);
        Check(new[] { int.MaxValue, int.MaxValue }.Select(x => (long)x).Sum() == 4294967294L, 7);
        Check(new[] { int.MaxValue, int.MaxValue, int.MaxValue }.Average() == int.MaxValue, 8);
        Check(Throws<OverflowException>(() => new[] { long.MaxValue, long.MaxValue }.Average()) && new[] { long.MaxValue }.Average() == 9.223372036854775807E18, 9);
        double[] withNaN = { 1, double.NaN, -5 };
        Check(double.IsNaN(withNaN.Min()) && withNaN.Max() == 1 && double.IsNaN(withNaN.Sum()) && double.IsNaN(withNaN.Average()), 10);
        double?[] nd = { 2.5, null, double.NaN };
        Check(double.IsNaN(nd.Min().Value) && nd.Max() == 2.5, 11);
        float[] fs = { 0.1f, 0.2f, 0.3f };
        Check(fs.Sum().GetType() == typeof(float) && fs.Average().GetType() == typeof(float) && Math.Abs(fs.Average() - 0.2) < 1e-7, 12);
        Check(new[] { float.MaxValue, float.MaxValue }.Sum() == float.PositiveInfinity, 13);
        decimal[] ms = { 1.10m, 2.20m, 3.30m };
        Check(ms.Sum() == 6.60m && ms.Sum().ToString(CultureInfo.InvariantCulture) == "6.60" && ms.Average() == 2.2m && ms.Max() == 3.30m, 14);
        Check(Throws<OverflowException>(() => new[] { decimal.MaxValue, 1m }.Sum()), 15);
        var words = new[] { "kiwi", "fig", "banana", "apple" };
        Check(words.Sum(w => w.Length) == 18 && words.Min(w => w.Length) == 3 && words.Max(w => (double)w.Length) == 6.0 && words.Average(w => w.Length) == 4.5, 16);
        Check(words.Min() == "apple" && words.Max() == "kiwi" && new string[] { null, "b", null }.Min() == "b" && new string[] { null }.Max() == null, 17);
        Check(words.Sum(w => (int?)(w.Length > 4 ? w.Length : null)) == 11 && words.Average(w => (decimal?)null) == null, 18);
        Check(new[] { (short)1, (short)2 }.Select(x => (int)x).Sum() == 3 && new[] { 'b', 'a', 'c' }.Min() == 'a', 19);
        Check(new[] { new DateTime(2020, 1, 1), new DateTime(2019, 6, 1) }.Min().Year == 2019, 20);
        Check(new[] { 1L << 40, 3L }.Max() == 1L << 40 && new[] { 5u, 3u }.Min() == 3u && new[] { 1.5m, -2m }.Min() == -2m, 21);

        var rows = new object[]
        {
            new[] { 1, 2, 3, 4 }.Average(), new[] { 1.0, 2.0, 4.0 }.Average(), new int?[] { 1, null, 2 }.Average(),
            new[] { 1.1, 2.2, 3.3 }.Sum(), new[] { 0.1f, 0.7f }.Sum(), new[] { 1m, 2m, 2m }.Average(), new[] { 10L, 20L, 25L }.Average(),
            new float?[] { 1.5f, null }.Average(), new[] { -0.0, 0.0 }.Max(), new[] { 0.0, -0.0 }.Min(), Enumerable.Range(1, 100).Sum(x => 1.0 / x),
        };
        foreach (var r in rows) Console.Write(Inv(r) + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(" ", new IEnumerable<double>[] { new[] { 1.0 }, new[] { 1.0, 2.0 }, Enumerable.Range(0, 7).Select(i => i * 0.5) }.Select(s => Inv(s.Average()))));
        return failed == 0 ? 100 : failed;
    }
}
