// System.Convert conversions: ToInt32/ToInt64/ToByte from doubles (banker's rounding) and strings,
// ToBoolean/ToChar/ToDouble/ToDecimal from strings and numbers, ToString of bool/char/numbers with
// providers, Base64 round trips (with line breaks, invalid input), and overflow/format errors.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static void Try(string label, Func<object> f)
    {
        try { var v = f(); Console.WriteLine($"{label} = {v} ({v.GetType().Name})"); }
        catch (Exception e) { Console.WriteLine($"{label} -> {e.GetType().Name}"); }
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Check(Convert.ToInt32(2.5) == 2 && Convert.ToInt32(3.5) == 4 && Convert.ToInt32(-2.5) == -2 && Convert.ToInt32(-2.51) == -3, 1);
        Check(Convert.ToByte(254.5) == 254 && Convert.ToInt64(1e15 + 0.5) == 1000000000000000 && Convert.ToInt16(-0.5) == 0, 2);
        Check(Convert.ToInt32("  -42 ", inv) == -42 && Convert.ToInt32((string?)null) == 0 && Convert.ToDouble("1.5e3", inv) == 1500, 3);
        Check(Convert.ToBoolean("TRUE") && !Convert.ToBoolean(" false ") && Convert.ToBoolean(2.5) && !Convert.ToBoolean(0m), 4);
        Check(Convert.ToChar(65) == 'A' && Convert.ToChar("Z") == 'Z' && Convert.ToInt32('a') == 97 && Convert.ToDecimal("1.25", inv) == 1.25m, 5);
        Check(Convert.ToString(true) == "True" && Convert.ToString('x') == "x" && Convert.ToString(1.5, inv) == "1.5" && Convert.ToString((object?)null) == "", 6);
        Check(Convert.ToDouble(true) == 1 && Convert.ToDecimal(0.1f) == 0.1m && Convert.ToSingle(1.1m) == 1.1f && Convert.ToUInt64(3000000000u) == 3000000000UL, 7);
        Try("ToInt32(2147483647.5)", () => Convert.ToInt32(2147483647.5));
        Try("ToInt32(double.NaN)", () => Convert.ToInt32(double.NaN));
        Try("ToByte(-1)", () => Convert.ToByte(-1));
        Try("ToByte(\"300\")", () => Convert.ToByte("300", inv));
        Try("ToBoolean(\"yes\")", () => Convert.ToBoolean("yes"));
        Try("ToChar(\"ab\")", () => Convert.ToChar("ab"));
        Try("ToChar(65536)", () => Convert.ToChar(65536));
        Try("ToDateTime(1)", () => Convert.ToDateTime(1));
        Try("ToInt32(\"12.5\")", () => Convert.ToInt32("12.5", inv));
        Try("ToUInt32(-0.4)", () => Convert.ToUInt32(-0.4));
        Try("ToUInt32(-0.6)", () => Convert.ToUInt32(-0.6));
        Try("ChangeType(\"42\", int)", () => Convert.ChangeType("42", TypeCode.Int32, inv));
        Try("ChangeType(3.7, Int64)", () => Convert.ChangeType(3.7, TypeCode.Int64, inv));
        Try("ToDecimal(1e30)", () => Convert.ToDecimal(1e30));
        byte[] data = new byte[70];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 37 + 11);
        string b64 = Convert.ToBase64String(data);
        string b64lines = Convert.ToBase64String(data, Base64FormattingOptions.InsertLineBreaks);
        Console.WriteLine(b64);
        Console.WriteLine(Convert.ToBase64String(data, 3, 10) + " " + b64lines.Length + " " + b64lines.Contains('\n'));
        Check(Convert.ToBase64String(new byte[] { 0xFF }) == "/w==" && Convert.ToBase64String(new byte[] { 1, 2 }) == "AQI=" && Convert.ToBase64String(Array.Empty<byte>()) == "", 8);
        byte[] back = Convert.FromBase64String(b64);
        Check(back.Length == 70 && back[69] == data[69] && Convert.FromBase64String("  AQ I= ").Length == 2, 9);
        Try("FromBase64String(\"abc\")", () => Convert.FromBase64String("abc"));
        Try("FromBase64String(\"a===\")", () => Convert.FromBase64String("a==="));
        Try("FromBase64String(\"@@@@\")", () => Convert.FromBase64String("@@@@"));
        char[] chars = new char[20];
        int n = Convert.ToBase64CharArray(data, 0, 6, chars, 2);
        Console.WriteLine(n + " " + new string(chars, 2, n));
        Span<byte> dst = stackalloc byte[4];
        Check(Convert.TryFromBase64String("AQIDBA==", dst, out int written) && written == 4 && dst[3] == 4, 10);
        Check(!Convert.TryFromBase64String("AQIDBAU=", dst, out written), 11);
        Check(Convert.ToInt32(Convert.ToString(-12345, 16), 16) == -12345 && Convert.ToSByte("80", 16) == -128, 12);
        Check(Convert.IsDBNull(DBNull.Value) && !Convert.IsDBNull(null) && Convert.GetTypeCode(1.5m) == TypeCode.Decimal && Convert.GetTypeCode(null) == TypeCode.Empty, 13);
        return failed == 0 ? 100 : failed;
    }
}
