// Span and UTF-8 formatting/parsing: ISpanFormattable.TryFormat and IUtf8SpanFormattable for
// ints, doubles, decimals, DateTime, Guid and TimeSpan (exact sizes, too-small buffers),
// Utf8Formatter/Utf8Parser from System.Buffers.Text, and int/double.Parse over spans and UTF-8.
using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string U8<T>(T value, string? fmt) where T : IUtf8SpanFormattable
    {
        Span<byte> buf = stackalloc byte[64];
        return value.TryFormat(buf, out int w, fmt, CultureInfo.InvariantCulture) ? Encoding.UTF8.GetString(buf.Slice(0, w)) : "<fail>";
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Span<char> cbuf = stackalloc char[32];
        Check(12345.TryFormat(cbuf, out int w, "N0", inv) && cbuf.Slice(0, w).SequenceEqual("12,345"), 1);
        Check(!12345.TryFormat(cbuf.Slice(0, 4), out w, default, inv) && w == 0 && 12345.TryFormat(cbuf.Slice(0, 5), out w, default, inv) && w == 5, 2);
        Check((-1.5).TryFormat(cbuf, out w, "E2", inv) && new string(cbuf.Slice(0, w)) == "-1.50E+000", 3);
        Check(new DateTime(2024, 2, 29, 1, 2, 3).TryFormat(cbuf, out w, "s", inv) && new string(cbuf.Slice(0, w)) == "2024-02-29T01:02:03", 4);
        Check(!new DateTime(2024, 2, 29).TryFormat(cbuf.Slice(0, 10), out w, "O", inv), 5);
        Console.WriteLine(U8(42, "X4") + " " + U8(-7.25, "F3") + " " + U8(1234.5m, "C") + " " + U8(new DateTime(2024, 2, 29, 13, 45, 7), "O") + " " + U8(TimeSpan.FromMinutes(90), "c") + " " + U8(Guid.Empty, "N") + " " + U8((byte)200, "B") + " " + U8(3.5f, null) + " " + U8(Int128.MaxValue, null));
        Check(U8(42, "X4") == "002A" && U8(-7.25, "F3") == "-7.250" && U8(1234.5m, "C") == "¤1,234.50", 6);
        Span<byte> tiny = stackalloc byte[2];
        Check(!123.TryFormat(tiny, out int bw, default, inv) && bw == 0 && !1234.5m.TryFormat(tiny, out bw, "C", inv), 7);
        Span<byte> ub = stackalloc byte[40];
        Check(Utf8Formatter.TryFormat(-123456789, ub, out int uw) && Encoding.ASCII.GetString(ub.Slice(0, uw)) == "-123456789", 8);
        Check(Utf8Formatter.TryFormat(255u, ub, out uw, new System.Buffers.StandardFormat('X', 4)) && Encoding.ASCII.GetString(ub.Slice(0, uw)) == "00FF", 9);
        Check(Utf8Formatter.TryFormat(1.25, ub, out uw) && Encoding.ASCII.GetString(ub.Slice(0, uw)) == "1.25", 10);
        Check(Utf8Formatter.TryFormat(true, ub, out uw) && Encoding.ASCII.GetString(ub.Slice(0, uw)) == "True", 11);
        Check(Utf8Formatter.TryFormat(new DateTime(2024, 2, 29, 13, 45, 7), ub, out uw, new System.Buffers.StandardFormat('R')) && Encoding.ASCII.GetString(ub.Slice(0, uw)) == "Thu, 29 Feb 2024 13:45:07 GMT", 12);
        Check(Utf8Parser.TryParse("12345xyz"u8, out int pv, out int consumed) && pv == 12345 && consumed == 5, 13);
        Check(Utf8Parser.TryParse("-1.5e2"u8, out double dv, out consumed, 'E') && dv == -150 && consumed == 6, 14);
        Check(Utf8Parser.TryParse("ff"u8, out uint hv, out consumed, 'x') && hv == 255 && !Utf8Parser.TryParse("abc"u8, out int _, out consumed), 15);
        Check(Utf8Parser.TryParse("true"u8, out bool bv, out consumed) && bv && consumed == 4, 16);
        Check(Utf8Parser.TryParse("3.14159"u8, out decimal mv, out consumed) && mv == 3.14159m, 17);
        Check(Utf8Parser.TryParse("00112233-4455-6677-8899-aabbccddeeff"u8, out Guid gv, out consumed) && gv.ToString().EndsWith("eeff"), 18);
        Check(double.Parse("  2.5e-3 ".AsSpan(), NumberStyles.Float, inv) == 0.0025 && double.Parse("1.25"u8, inv) == 1.25, 19);
        Check(long.Parse("9223372036854775807"u8, inv) == long.MaxValue && decimal.Parse("-0.5"u8, inv) == -0.5m, 20);
        Check(int.TryParse("١٢"u8, out _) == false, 21);
        var sb = new StringBuilder();
        foreach (var v in new object[] { 1, 2.5, 3.75m, 'c', "s", true, (short)-4, 5UL, 6.5f })
        {
            if (v is ISpanFormattable sf && sf.TryFormat(cbuf, out int n, default, inv)) sb.Append('[').Append(cbuf.Slice(0, n)).Append(']');
            else sb.Append('(').Append(v).Append(')');
        }
        Console.WriteLine(sb);
        Check(sb.ToString() == "[1][2.5][3.75][c](s)(True)[-4][5][6.5]", 22);
        return failed == 0 ? 100 : failed;
    }
}
