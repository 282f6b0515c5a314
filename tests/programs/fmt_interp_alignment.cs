// String interpolation with alignment and format specifiers: negative/positive widths, widths
// narrower than the value, format strings on ints, doubles, decimals, DateTime and TimeSpan,
// nested interpolation, verbatim/raw interpolated strings, and escaped braces.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int n = 42; double d = 3.14159; decimal m = 1234.5m; long big = -9876543210L;
        var dt = new DateTime(2024, 2, 29, 13, 45, 7, 123);
        var ts = new TimeSpan(1, 2, 3, 4, 567);
        string s1 = $"[{n,6}]", s2 = $"[{n,-6}]", s3 = $"[{n,1}]";
        Console.WriteLine(s1 + s2 + s3);
        Check(s1 == "[    42]" && s2 == "[42    ]" && s3 == "[42]", 1);
        string s4 = $"[{d,10:F2}][{d,-10:E1}][{d:0.000}]";
        Console.WriteLine(s4);
        Check(s4 == "[      3.14][3.1E+000  ][3.142]", 2);
        string s5 = $"{m:N1}|{m,12:C}|{big:N0}|{big,15:D12}";
        Console.WriteLine(s5);
        Check(s5 == "1,234.5|   ¤1,234.50|-9,876,543,210|  -009876543210", 3);
        string s6 = $"{dt:yyyy-MM-dd HH:mm:ss.fff}|{dt,25:O}";
        Console.WriteLine(s6);
        Check(s6 == "2024-02-29 13:45:07.123|2024-02-29T13:45:07.1230000", 4);
        string s7 = $"{ts}|{ts:c}|{ts:g}|{ts,-20:hh\\:mm}|";
        Console.WriteLine(s7);
        Check(s7 == "1.02:03:04.5670000|1.02:03:04.5670000|1:2:03:04.567|02:03               |", 5);
        string s8 = $"{{literal}} {n} {{{n}}}";
        Console.WriteLine(s8);
        Check(s8 == "{literal} 42 {42}", 6);
        string inner = $"<{$"({n:X4})",10}>";
        Console.WriteLine(inner);
        Check(inner == "<    (002A)>", 7);
        string path = $@"C:\dir\{n}\file{d:F1}.txt";
        Console.WriteLine(path);
        Check(path == @"C:\dir\42\file3.1.txt", 8);
        string raw = $$"""{"value": {{n}}, "half": {{n / 2.0:F1}}}""";
        Console.WriteLine(raw);
        Check(raw == "{\"value\": 42, \"half\": 21.0}", 9);
        object? nothing = null; string? ns = null;
        string s10 = $"[{nothing}][{ns,3}][{(object)'c',-3}]";
        Console.WriteLine(s10);
        Check(s10 == "[][   ][c  ]", 10);
        bool b = true; char c = 'Z';
        string s11 = $"{b,6}|{c,3}|{(n > 40 ? "big" : "small"),-7}|{n switch { 42 => "answer", _ => "other" }}";
        Console.WriteLine(s11);
        Check(s11 == "  True|  Z|big    |answer", 11);
        for (int w = -8; w <= 8; w += 4)
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0," + w + ":0.0}|{1," + w + "}|", -d, "ab"));
        var neg = -0.5; var pct = 0.4567;
        string s12 = $"{neg:+0.0;-0.0;zero}|{0.0:+0.0;-0.0;zero}|{pct:P1}|{pct,8:0.#%}";
        Console.WriteLine(s12);
        Check(s12 == "-0.5|zero|45.7 %|   45.7%", 12);
        Guid g = new Guid("01234567-89ab-cdef-0123-456789abcdef");
        string s13 = $"{g:N}|{g,40:B}";
        Console.WriteLine(s13);
        Check(s13 == "0123456789abcdef0123456789abcdef|  {01234567-89ab-cdef-0123-456789abcdef}", 13);
        DayOfWeek dw = DayOfWeek.Friday;
        string s14 = $"{dw}|{dw:D}|{dw,-10:G}|{dw:X}";
        Console.WriteLine(s14);
        Check(s14 == "Friday|5|Friday    |00000005", 14);
        return failed == 0 ? 100 : failed;
    }
}
