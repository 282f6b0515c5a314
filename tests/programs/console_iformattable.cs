// Console output of user objects: ToString overrides, IFormattable receiving the format string and
// provider from composite formats and interpolation (with alignment), ISpanFormattable-free types,
// null-returning ToString, records, structs, enums with Flags, and char/ReadOnlySpan overloads.
using System;
using System.Collections.Generic;
using System.Globalization;

sealed class Temp : IFormattable
{
    public double C;
    public string ToString(string format, IFormatProvider provider) => format switch
    {
        "F" => (C * 9 / 5 + 32).ToString("0.0", provider) + "F",
        "K" => (C + 273.15).ToString("0.00", provider) + "K",
        null or "" or "G" => C.ToString(provider) + "C",
        _ => "fmt[" + format + "]",
    };
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}
sealed class NullToString { public override string ToString() => null; }
record Item(string Name, decimal Price);
struct Pair { public int A, B; public override string ToString() => $"<{A}|{B}>"; }
[Flags] enum Opt { None = 0, Fast = 1, Safe = 2, Loud = 4, All = 7 }

static class Program
{
    static int Main()
    {
        var t = new Temp { C = 21.5 };
        Console.WriteLine(t);
        Console.WriteLine("{0} {0:F} {0:K} {0:Q}", t);
        Console.WriteLine($"[{t,12:F}] [{t,-12:K}] [{t}]");
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:K}", t));
        Console.WriteLine(new NullToString());
        Console.WriteLine("[{0}]", new NullToString());
        Console.WriteLine($"[{new NullToString()}]");
        Console.WriteLine(new Item("pen", 1.50m));
        Console.WriteLine(new Item("book", 12m) with { Price = 9.99m });
        Console.WriteLine(new Pair { A = 1, B = 2 });
        Console.WriteLine("{0,8}|{1,-8}|", new Pair { A = 3, B = 4 }, new Pair());
        Console.WriteLine(Opt.Fast | Opt.Loud);
        Console.WriteLine(Opt.All);
        Console.WriteLine((Opt)8);
        Console.WriteLine($"{Opt.Safe:D} {Opt.Safe:X} {Opt.None}");
        Console.WriteLine(new object());
        Console.WriteLine(new int[0].GetType());
        Console.WriteLine((object)3.5f);
        Console.WriteLine((IFormattable)12.5m);
        Console.WriteLine(new Version(2, 0, 1));
        Console.WriteLine(new DateTime(2020, 2, 3, 4, 5, 6, DateTimeKind.Utc).ToString("o"));
        Console.WriteLine(TimeSpan.FromMinutes(95.5));
        Console.WriteLine(Guid.Empty);
        Console.WriteLine(new Uri("http://example.com/a/../b?q=1"));
        Console.WriteLine((1, "two", 3.0, 'c', (byte)5));
        Console.WriteLine(KeyValuePair.Create("k", new Pair { A = 9 }));
        Console.WriteLine(new Nullable<int>());
        Console.WriteLine((int?)7);
        Console.WriteLine("span: ".AsSpan().ToString() + "ok");
        Console.Out.Write("abc".AsSpan(1));
        Console.Out.WriteLine("xyz".AsSpan(0, 2));
        Console.WriteLine(int.MinValue.ToString("N0", CultureInfo.InvariantCulture));
        Console.WriteLine(Int128.MaxValue);
        Console.WriteLine(UInt128.MaxValue);
        Console.WriteLine((nint)(-5));
        Console.WriteLine((nuint)5);
        Console.WriteLine((Half)3.14);
        Console.WriteLine(System.Numerics.BigInteger.Pow(3, 50));
        Console.WriteLine(new System.Numerics.Complex(1.5, -2));
        Console.WriteLine(DateOnly.FromDayNumber(738000));
        Console.WriteLine(new TimeOnly(13, 45, 7));
        return 100;
    }
}
