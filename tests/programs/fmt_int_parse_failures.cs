// Integer parsing failures and their messages: int/long/short/byte/uint Parse with empty,
// white-space, sign-only, overflow, trailing garbage and wrong styles (FormatException vs
// OverflowException, message text), TryParse results, NumberStyles combos, and span parsing.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine($"{label} = {f()}"); }
        catch (Exception e) { Console.WriteLine($"{label} -> {e.GetType().Name}: {e.Message}"); }
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        string[] inputs = { "", " ", "-", "+", "12a", "a12", " 42 ", "4 2", "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "1.0", "1e3", "0x1A", "(5)", "1,000", "+-1", "\t7\n", "٣", "00000000000000000000000000000042" };
        foreach (var s in inputs) Try($"int.Parse(\"{s}\")", () => int.Parse(s, inv));
        Try("byte.Parse(\"256\")", () => byte.Parse("256", inv));
        Try("byte.Parse(\"-1\")", () => byte.Parse("-1", inv));
        Try("byte.Parse(\"-0\")", () => byte.Parse("-0", inv));
        Try("sbyte.Parse(\"-129\")", () => sbyte.Parse("-129", inv));
        Try("short.Parse(\"32768\")", () => short.Parse("32768", inv));
        Try("uint.Parse(\"-5\")", () => uint.Parse("-5", inv));
        Try("ulong.Parse(\"18446744073709551616\")", () => ulong.Parse("18446744073709551616", inv));
        Try("long.Parse(\"-9223372036854775809\")", () => long.Parse("-9223372036854775809", inv));
        Try("int.Parse(null)", () => int.Parse((string)null!, inv));
        Try("int.Parse(\"1,000\", Number)", () => int.Parse("1,000", NumberStyles.Number, inv));
        Try("int.Parse(\"1,000.00\", Number)", () => int.Parse("1,000.00", NumberStyles.Number, inv));
        Try("int.Parse(\"1,000.50\", Number)", () => int.Parse("1,000.50", NumberStyles.Number, inv));
        Try("int.Parse(\"(5)\", AllowParentheses)", () => int.Parse("(5)", NumberStyles.AllowParentheses, inv));
        Try("int.Parse(\"5-\", AllowTrailingSign)", () => int.Parse("5-", NumberStyles.AllowTrailingSign, inv));
        Try("int.Parse(\"1e3\", AllowExponent)", () => int.Parse("1e3", NumberStyles.AllowExponent, inv));
        Try("int.Parse(\"1e10\", AllowExponent)", () => int.Parse("1e10", NumberStyles.AllowExponent, inv));
        Try("int.Parse(\"¤12\", Currency)", () => int.Parse("¤12", NumberStyles.Currency, inv));
        Try("int.Parse(\" 1\", None)", () => int.Parse(" 1", NumberStyles.None, inv));
        Try("long.Parse(\"0001\", None)", () => long.Parse("0001", NumberStyles.None, inv));
        Try("int.Parse(\"1\", (NumberStyles)0x10000)", () => int.Parse("1", (NumberStyles)0x10000, inv));
        Try("int.Parse(\"F\", HexNumber|AllowLeadingSign)", () => int.Parse("F", NumberStyles.HexNumber | NumberStyles.AllowLeadingSign, inv));
        Check(int.TryParse(" 42 ", out int a) && a == 42 && !int.TryParse("4 2", out int b) && b == 0, 1);
        Check(!int.TryParse("2147483648", out int c) && c == 0 && long.TryParse("2147483648", out long d) && d == 2147483648L, 2);
        Check(int.Parse("-0", inv) == 0 && int.Parse("+0", inv) == 0 && int.Parse("  -2147483648  ", inv) == int.MinValue, 3);
        Check(int.Parse("1,2,3", NumberStyles.AllowThousands, inv) == 123 && int.Parse("12.000", NumberStyles.AllowDecimalPoint, inv) == 12, 4);
        Check(!int.TryParse("12.5", NumberStyles.AllowDecimalPoint, inv, out _) && !short.TryParse("40000", out _), 5);
        Check(int.Parse("123abc".AsSpan(0, 3), NumberStyles.Integer, inv) == 123 && int.TryParse("x99".AsSpan(1), out int e) && e == 99, 6);
        Check(int.TryParse("77"u8, NumberStyles.Integer, inv, out int f) && f == 77 && !int.TryParse("7 7"u8, out _), 7);
        Check(ushort.Parse("65535", inv) == ushort.MaxValue && sbyte.Parse("-128", inv) == sbyte.MinValue && nint.Parse("-5", inv) == -5, 8);
        return failed == 0 ? 100 : failed;
    }
}
