// StringBuilder.AppendFormat (1-3 args, params, provider, alignment and format items),
// AppendJoin over strings/objects/chars/IEnumerable<T>, AppendLine overloads, chained
// appends of interpolated strings with formats, and FormatException on bad format strings.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendFormat("{0}", 1).AppendFormat("|{0,4}|{1,-4}|", 2, "x").AppendFormat(inv, "{0:F2};{1:X};{2:P0}", 3.14159, 255, 0.5);
        Console.WriteLine(sb);
        Check(sb.ToString() == "1|   2|x   |3.14;FF;50 %", 1);
        sb.Clear().AppendFormat(inv, "{0}-{1}-{2}-{3}-{4}", 'a', 2L, 3.5m, true, null);
        Check(sb.ToString() == "a-2-3.5-True-", 2);
        sb.Clear().AppendFormat(inv, "{{{0}}} {0:D3} {0,-5:X}!", 10);
        Console.WriteLine(sb);
        Check(sb.ToString() == "{10} 010 A    !", 3);
        var nfi = new NumberFormatInfo { NumberDecimalSeparator = "," };
        sb.Clear().AppendFormat(nfi, "{0:F1}", 2.5);
        Check(sb.ToString() == "2,5", 4);
        sb.Clear().AppendJoin(", ", "a", "b", "c").Append(" / ").AppendJoin('-', 1, 2, 3).Append(" / ").AppendJoin("", new List<int> { 4, 5 });
        Console.WriteLine(sb);
        Check(sb.ToString() == "a, b, c / 1-2-3 / 45", 5);
        sb.Clear().AppendJoin(';', new object?[] { 1, null, "x", 2.5 }).Append('|').AppendJoin(",", new string?[] { null, "", "z" });
        Console.WriteLine(sb);
        Check(sb.ToString() == "1;;x;2.5|,,z", 6);
        sb.Clear().AppendJoin(", ", new char[] { 'x', 'y' }).Append('|').AppendJoin(" + ", Array.Empty<string>()).Append('|').AppendJoin(" ", new[] { new DateTime(2024, 2, 29) }.AsEnumerable());
        Console.WriteLine(sb);
        Check(sb.ToString().StartsWith("x, y||02/29/2024"), 7);
        sb.Clear().AppendLine().AppendLine("line").AppendLine($"{42:X4}").Append("end");
        Check(sb.ToString() == Environment.NewLine + "line" + Environment.NewLine + "002A" + Environment.NewLine + "end", 8);
        double d = 1234.5678; int n = -7;
        sb.Clear().Append($"[{d,12:N2}][{n,-5}][{n:+0;-0}][{d:E2}]");
        sb.Append(inv, $"[{d:C}]");
        Console.WriteLine(sb);
        Check(sb.ToString() == "[    1,234.57][-7   ][-7][1.23E+003][¤1,234.57]", 9);
        foreach (var bad in new[] { "{0", "{1}", "{0:}", "}{", "{-1}", "{0,x}" })
        {
            try { sb.Clear().AppendFormat(bad, 5); Console.WriteLine($"'{bad}' -> '{sb}'"); }
            catch (FormatException) { Console.WriteLine($"'{bad}' -> FormatException"); }
        }
        var table = new StringBuilder();
        string[] names = { "alpha", "be", "gamma-delta" };
        double[] vals = { 1.5, -22.25, 333 };
        for (int i = 0; i < names.Length; i++) table.AppendFormat(inv, "{0,-12}|{1,10:F3}|{2,5:P0}", names[i], vals[i], vals[i] / 100).AppendLine();
        Console.Write(table);
        Check(table.ToString().Split(Environment.NewLine)[1] == "be          |   -22.250|-22 %", 10);
        var cf = CompositeFormat.Parse("{0}+{1}={2}");
        sb.Clear().AppendFormat(inv, cf, 1, 2, 3);
        Check(sb.ToString() == "1+2=3", 11);
        return failed == 0 ? 100 : failed;
    }
}
