// String.Format with a custom IFormatProvider/ICustomFormatter, user IFormattable types with
// several format codes, NumberFormatInfo clones with changed separators and symbols, and
// many-argument String.Format overloads (params array, spans) with alignment.
using System;
using System.Globalization;
using System.Text;

sealed class Upper : IFormatProvider, ICustomFormatter
{
    public object? GetFormat(Type? t) => t == typeof(ICustomFormatter) ? this : null;
    public string Format(string? format, object? arg, IFormatProvider? p)
    {
        if (format == "U" && arg is string s) return s.ToUpperInvariant();
        if (format == "rev" && arg is string r) { var a = r.ToCharArray(); Array.Reverse(a); return new string(a); }
        if (arg is IFormattable f) return f.ToString(format, CultureInfo.InvariantCulture);
        return arg?.ToString() ?? "<null>";
    }
}

struct Temp : IFormattable
{
    public double C;
    public Temp(double c) { C = c; }
    public override string ToString() => ToString("C", null);
    public string ToString(string? format, IFormatProvider? p)
    {
        p ??= CultureInfo.InvariantCulture;
        return (format ?? "C") switch
        {
            "C" => C.ToString("F1", p) + "°C",
            "F" => (C * 9 / 5 + 32).ToString("F1", p) + "°F",
            "K" => (C + 273.15).ToString("F2", p) + "K",
            _ => throw new FormatException("bad temp format " + format),
        };
    }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var up = new Upper();
        string a = string.Format(up, "{0:U} {1:rev} {2:X} {3} {4,8:F2}", "hello", "abc", 255, null, 2.5);
        Console.WriteLine(a);
        Check(a == "HELLO cba FF <null>     2.50", 1);
        var t = new Temp(21.5);
        string b = string.Format(CultureInfo.InvariantCulture, "{0} = {0:F} = {0:K} [{0,10:C}]", t);
        Console.WriteLine(b);
        Check(b == "21.5°C = 70.7°F = 294.65K [    21.5°C]", 2);
        string c = $"{t:K}";
        Check(c == "294.65K", 3);
        try { string.Format("{0:Q}", t); Check(false, 4); }
        catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }

        var nfi = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        nfi.NumberDecimalSeparator = ",";
        nfi.NumberGroupSeparator = ".";
        nfi.CurrencySymbol = "EUR";
        nfi.CurrencyDecimalSeparator = ",";
        nfi.CurrencyGroupSeparator = " ";
        nfi.NegativeSign = "~";
        nfi.PercentSymbol = "pct";
        string d = string.Format(nfi, "{0:N2}|{1:C}|{2}|{3:P1}|{4:F3}", 1234567.891, 9876.5m, -42, 0.125, -1.5);
        Console.WriteLine(d);
        Check(d == "1.234.567,89|EUR9 876,50|~42|12.5 pct|~1,500", 5);
        nfi.NumberGroupSizes = new[] { 3, 2 };
        string e2 = 1234567890.ToString("N0", nfi);
        Console.WriteLine(e2);
        Check(e2 == "1.23.45.67.890", 6);
        nfi.CurrencyPositivePattern = 3; nfi.CurrencyNegativePattern = 8;
        string f = string.Format(nfi, "{0:C2}|{1:C2}", 5m, -5m);
        Console.WriteLine(f);
        Check(f == "5,00 EUR|~5,00 EUR", 7);
        double pi = Math.PI;
        object[] args = { 1, "two", 3.0, '4', 5L, 6m, (byte)7, true, pi };
        string g = string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}-{3}-{4}-{5}-{6}-{7}-{8:F4}", args);
        Console.WriteLine(g);
        Check(g == "1-two-3-4-5-6-7-True-3.1416", 8);
        string h = string.Format("{2}{1}{0}{1}{2}", "a", "b", "c");
        Check(h == "cbabc", 9);
        Console.WriteLine(h);
        var cf = CompositeFormat.Parse("<{0,-5}|{1,5:X}>");
        string i = string.Format(CultureInfo.InvariantCulture, cf, "ab", 171);
        Console.WriteLine(i + " " + cf.MinimumArgumentCount);
        Check(i == "<ab   |   AB>" && cf.MinimumArgumentCount == 2, 10);
        foreach (var bad in new[] { "{", "{0", "{x}", "{1}", "}", "{0,}", "{0:N2" })
        {
            try { Console.WriteLine(string.Format(bad, 1)); }
            catch (FormatException) { Console.WriteLine("bad: " + bad); }
        }
        return failed == 0 ? 100 : failed;
    }
}
