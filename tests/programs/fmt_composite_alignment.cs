// Composite formatting: String.Format with 1-4+ arguments, reused and out-of-order indexes,
// positive/negative alignment combined with format strings, escaped braces, null arguments,
// interpolated strings with alignment, IFormattable user types, and FormatException cases.
using System;
using System.Globalization;
using System.Text;

sealed class Temp : IFormattable
{
    public double Deg;
    public override string ToString() => ToString("G", null);
    public string ToString(string format, IFormatProvider provider)
    {
        if (format == "F") return (Deg * 9 / 5 + 32).ToString("0.0", CultureInfo.InvariantCulture) + "F";
        return Deg.ToString("0.0", CultureInfo.InvariantCulture) + "C";
    }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Check(string.Format("{0}", 5) == "5", 1);
        Check(string.Format("{0}-{1}", "a", 'b') == "a-b", 2);
        Check(string.Format("{2}{1}{0}", 1, 2, 3) == "321", 3);
        Check(string.Format("{0}{0}{0}", "x") == "xxx", 4);
        Check(string.Format("{0}|{1}|{2}|{3}|{4}", 1, 2, 3, 4, 5) == "1|2|3|4|5", 5);
        Check(string.Format("[{0,6}]", "ab") == "[    ab]", 6);
        Check(string.Format("[{0,-6}]", "ab") == "[ab    ]", 7);
        Check(string.Format(inv, "[{0,8:F2}]", 3.14159) == "[    3.14]", 8);
        Check(string.Format(inv, "[{0,-8:X}]", 255) == "[FF      ]", 9);
        Check(string.Format("[{0,2}]", "toolong") == "[toolong]", 10);
        Check(string.Format("{{{0}}}", 7) == "{7}", 11);
        Check(string.Format("{{}}") == "{}", 12);
        Check(string.Format("a{0}b", (object)null) == "ab", 13);
        Check(string.Format("{0:F}|{0}", new Temp { Deg = 100 }) == "212.0F|100.0C", 14);
        Check(string.Format(inv, "{0,7:F}", new Temp { Deg = 0 }) == "  32.0F", 15);

        bool threw = false;
        try { string.Format("{1}", 1); } catch (FormatException) { threw = true; }
        Check(threw, 16);
        threw = false;
        try { string.Format("{0", 1); } catch (FormatException) { threw = true; }
        Check(threw, 17);
        threw = false;
        try { string.Format("}", 1); } catch (FormatException) { threw = true; }
        Check(threw, 18);

        int n = 42; double d = 2.5; string s = "hi";
        Check($"{n,5}|{d,-6:F2}|{s,3}" == "   42|2.50  | hi", 19);
        Check($"{n:D5}{{}}{n:x}" == "00042{}2a", 20);
        Check($"{(n > 40 ? "big" : "small")}" == "big", 21);
        FormattableString fs = $"{d:F1} and {n}";
        Check(fs.ArgumentCount == 2 && fs.Format == "{0:F1} and {1}" && fs.ToString(inv) == "2.5 and 42", 22);
        Check(FormattableString.Invariant($"{1.5}") == "1.5", 23);
        Check(string.Create(inv, $"{n:X4}") == "002A", 24);

        var sb = new StringBuilder();
        sb.AppendFormat(inv, "{0,-4}|{1,4}|", "ab", 12).AppendFormat("{0}", true);
        Check(sb.ToString() == "ab  |  12|True", 25);

        object[] row = { "widget", 3, 4.25m, 12.75 };
        Console.WriteLine(string.Format(inv, "{0,-10}{1,4}{2,8:C}{3,10:N3}", row));
        Console.WriteLine(string.Format(inv, "{0,-10}{1,4}{2,8:C}{3,10:N3}", "gadget", 12, 0.5m, 1234.5));
        Console.WriteLine(string.Join(",", string.Format("{0,3}", 1), string.Format("{0,-3}", 2), $"{3,3}"));
        Console.WriteLine($"{"left",-8}|{"right",8}|{-1.5,6:F1}|{new Temp { Deg = -40 },8:F}");
        return failed == 0 ? 100 : failed;
    }
}
