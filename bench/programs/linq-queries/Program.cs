// linq-queries: an in-memory sales data set (customers, products, orders) generated from a fixed
// seed, queried with LINQ to Objects: joins, groupings, sorting, distinct, lookups, aggregates,
// windows and set operations. Prints one line per query.
// Usage: linq-queries [orders]   (default 1000000)
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public sealed record Customer(int Id, string Country, string Segment);
public sealed record Product(int Id, string Category, long PriceCents);
public sealed record Order(int Id, int CustomerId, int ProductId, int Quantity, int Day);

public static class Program
{
    static uint state = 2463534242;

    static int Next(int max)
    {
        // xorshift32
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return (int)(state % (uint)max);
    }

    static readonly string[] Countries = { "PT", "CH", "PL", "SE", "BR", "IS", "JP", "FR", "KE", "CA", "NZ", "IN" };
    static readonly string[] Segments = { "retail", "wholesale", "online", "partner" };
    static readonly string[] Categories = { "tools", "garden", "books", "toys", "food", "music", "office", "sport" };

    static string F(double d) => d.ToString("F4", CultureInfo.InvariantCulture);

    public static void Main(string[] args)
    {
        int orderCount = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        int customerCount = Math.Max(10, orderCount / 20);
        int productCount = Math.Max(10, orderCount / 200);

        var customers = Enumerable.Range(0, customerCount)
            .Select(i => new Customer(i, Countries[Next(Countries.Length)], Segments[Next(Segments.Length)]))
            .ToList();
        var products = Enumerable.Range(0, productCount)
            .Select(i => new Product(i, Categories[Next(Categories.Length)], 100 + Next(100_000)))
            .ToArray();
        var orders = Enumerable.Range(0, orderCount)
            .Select(i => new Order(i, Next(customerCount), Next(productCount), 1 + Next(9), Next(365)))
            .ToList();

        var output = new StringBuilder();
        var productById = products.ToDictionary(p => p.Id);

        // 1. Revenue by country (join, group, sum, sort).
        var revenueByCountry = orders
            .Join(customers, o => o.CustomerId, c => c.Id, (o, c) => (c.Country, Cents: o.Quantity * productById[o.ProductId].PriceCents))
            .GroupBy(x => x.Country)
            .Select(g => (Country: g.Key, Cents: g.Sum(x => x.Cents)))
            .OrderByDescending(x => x.Cents)
            .ThenBy(x => x.Country, StringComparer.Ordinal);
        output.Append("revenue by country: ")
              .AppendJoin(' ', revenueByCountry.Select(x => $"{x.Country}={x.Cents}")).Append('\n');

        // 2. Ten best-selling products by quantity.
        var topProducts = orders
            .GroupBy(o => o.ProductId)
            .Select(g => new { Product = g.Key, Quantity = g.Sum(o => o.Quantity), Orders = g.Count() })
            .OrderByDescending(x => x.Quantity).ThenBy(x => x.Product)
            .Take(10);
        output.Append("top products: ")
              .AppendJoin(' ', topProducts.Select(x => $"{x.Product}:{x.Quantity}/{x.Orders}")).Append('\n');

        // 3. Distinct buyers per category.
        var buyersPerCategory = orders
            .Select(o => (productById[o.ProductId].Category, o.CustomerId))
            .GroupBy(x => x.Category, x => x.CustomerId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}={g.Distinct().Count()}");
        output.Append("buyers per category: ").AppendJoin(' ', buyersPerCategory).Append('\n');

        // 4. Monthly order totals and a running sum.
        var monthly = orders
            .GroupBy(o => o.Day / 30)
            .OrderBy(g => g.Key)
            .Select(g => g.LongCount())
            .ToList();
        var running = monthly.Aggregate(new List<long>(), (acc, n) => { acc.Add((acc.Count > 0 ? acc[^1] : 0) + n); return acc; });
        output.Append("monthly: ").AppendJoin(' ', monthly).Append(" | running: ").Append(running[^1]).Append('\n');

        // 5. Median order value per segment (lookup, sort, element at).
        var ordersByCustomer = orders.ToLookup(o => o.CustomerId);
        var medianBySegment = customers
            .GroupBy(c => c.Segment)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var values = g.SelectMany(c => ordersByCustomer[c.Id])
                              .Select(o => o.Quantity * productById[o.ProductId].PriceCents)
                              .OrderBy(v => v)
                              .ToArray();
                return $"{g.Key}={(values.Length == 0 ? 0 : values[values.Length / 2])}";
            });
        output.Append("median by segment: ").AppendJoin(' ', medianBySegment).Append('\n');

        // 6. Customers' statistics: averages, min and max over a projection.
        var perCustomer = ordersByCustomer
            .Select(g => new { Count = g.Count(), Units = g.Sum(o => o.Quantity), First = g.Min(o => o.Day), Last = g.Max(o => o.Day) })
            .ToList();
        output.Append("per customer: avg orders ").Append(F(perCustomer.Average(x => x.Count)))
              .Append(", avg units ").Append(F(perCustomer.Average(x => (double)x.Units)))
              .Append(", avg span ").Append(F(perCustomer.Average(x => x.Last - x.First)))
              .Append(", max orders ").Append(perCustomer.Max(x => x.Count)).Append('\n');

        // 7. A sliding window over daily totals (zip with a shifted copy).
        var daily = orders.GroupBy(o => o.Day).OrderBy(g => g.Key).Select(g => g.Sum(o => (long)o.Quantity)).ToArray();
        var deltas = daily.Zip(daily.Skip(1), (a, b) => b - a).ToArray();
        var bestWeek = Enumerable.Range(0, Math.Max(0, daily.Length - 6))
            .Select(i => (Start: i, Units: daily.Skip(i).Take(7).Sum()))
            .MaxBy(x => x.Units);
        output.Append("days: ").Append(daily.Length).Append(", biggest rise ").Append(deltas.DefaultIfEmpty().Max())
              .Append(", biggest fall ").Append(deltas.DefaultIfEmpty().Min())
              .Append(", best week from day ").Append(bestWeek.Start).Append(" with ").Append(bestWeek.Units).Append('\n');

        // 8. Set operations on customer ids.
        var bigBuyers = orders.Where(o => o.Quantity >= 8).Select(o => o.CustomerId).ToHashSet();
        var earlyBuyers = orders.Where(o => o.Day < 30).Select(o => o.CustomerId).Distinct();
        var both = earlyBuyers.Intersect(bigBuyers).Count();
        var either = earlyBuyers.Union(bigBuyers).Count();
        var never = customers.Select(c => c.Id).Except(orders.Select(o => o.CustomerId)).Count();
        output.Append("big: ").Append(bigBuyers.Count).Append(", early&big: ").Append(both)
              .Append(", early|big: ").Append(either).Append(", never ordered: ").Append(never)
              .Append(", all positive: ").Append(orders.All(o => o.Quantity > 0))
              .Append(", any day 364: ").Append(orders.Any(o => o.Day == 364)).Append('\n');

        // 9. Checksum over a sorted projection of everything.
        long checksum = orders
            .OrderBy(o => o.Day).ThenByDescending(o => o.Quantity).ThenBy(o => o.Id)
            .Select((o, i) => (long)(i % 1000) * o.ProductId + o.CustomerId)
            .Aggregate(17L, (h, v) => unchecked(h * 31 + v));
        output.Append("checksum: ").Append(checksum).Append('\n');

        Console.Out.Write(output.ToString());
    }
}
