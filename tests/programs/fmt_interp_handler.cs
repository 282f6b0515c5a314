// Interpolated string handlers: DefaultInterpolatedStringHandler used directly, a custom
// [InterpolatedStringHandler] that records literal/formatted parts, string.Create with a
// provider, MemoryExtensions.TryWrite into fixed spans (success and too-small buffers).
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

[InterpolatedStringHandler]
ref struct LogHandler
{
    private StringBuilder sb;
    public int Parts;
    public LogHandler(int literalLength, int formattedCount)
    {
        sb = new StringBuilder();
        sb.Append("(L" + literalLength + ",F" + formattedCount + ")");
        Parts = 0;
    }
    public void AppendLiteral(string s) { sb.Append('\'').Append(s).Append('\''); Parts++; }
    public void AppendFormatted<T>(T value) { sb.Append('<').Append(typeof(T).Name).Append(':').Append(value).Append('>'); Parts++; }
    public void AppendFormatted<T>(T value, string? format) where T : IFormattable
    { sb.Append('<').Append(value.ToString(format, CultureInfo.InvariantCulture)).Append('>'); Parts++; }
    public void AppendFormatted(string? value, int alignment) { sb.Append('<').Append((value ?? "").PadLeft(alignment)).Append('>'); Parts++; }
    public override string ToString() => sb.ToString();
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Log(ref LogHandler h) => h.ToString() + "#" + h.Parts;

    static int Main()
    {
        var h = new DefaultInterpolatedStringHandler(10, 3, CultureInfo.InvariantCulture);
        h.AppendLiteral("a=");
        h.AppendFormatted(12.5, "F3");
        h.AppendLiteral(" b=");
        h.AppendFormatted(255, 6, "X");
        h.AppendLiteral(" c=");
        h.AppendFormatted("str".AsSpan(), -5);
        h.AppendLiteral("|");
        string r1 = h.ToStringAndClear();
        Console.WriteLine(r1);
        Check(r1 == "a=12.500 b=    FF c=str  |", 1);

        int x = 7; double y = 0.25; string z = "zz";
        string r2 = Log($"x={x} y={y:P0} z={z,4}!");
        Console.WriteLine(r2);
        Check(r2 == "(L9,F3)'x='<Int32:7>' y='<25 %>' z='<  zz>'!'#7", 2);
        string r3 = Log($"{x}{x}");
        Console.WriteLine(r3);
        Check(r3 == "(L0,F2)<Int32:7><Int32:7>#2", 3);

        string r4 = string.Create(CultureInfo.InvariantCulture, $"{1234567.891:N2} {new DateTime(2024, 2, 29):d}");
        Console.WriteLine(r4);
        Check(r4 == "1,234,567.89 02/29/2024", 4);

        Span<char> buf = stackalloc char[16];
        bool ok1 = buf.TryWrite(CultureInfo.InvariantCulture, $"n={x * 6:D4}!", out int written);
        Console.WriteLine(ok1 + " " + written + " " + buf.Slice(0, written).ToString());
        Check(ok1 && written == 7 && buf.Slice(0, written).SequenceEqual("n=0042!"), 5);
        Span<char> small = stackalloc char[4];
        bool ok2 = small.TryWrite($"too long {x}", out int w2);
        Console.WriteLine(ok2 + " " + w2);
        Check(!ok2 && w2 == 0, 6);

        Span<byte> u8 = stackalloc byte[32];
        bool ok3 = System.Text.Unicode.Utf8.TryWrite(u8, CultureInfo.InvariantCulture, $"é{x}:{y:F2}", out int bw);
        Console.WriteLine(ok3 + " " + bw + " " + BitConverter.ToString(u8.Slice(0, bw).ToArray()));
        Check(ok3 && bw == 8, 7);

        var sb = new StringBuilder();
        sb.Append($"[{x,3}]").Append(CultureInfo.InvariantCulture, $"[{y:E2}]");
        sb.AppendLine($"{z}");
        Console.Write(sb.ToString());
        Check(sb.ToString() == "[  7][2.50E-001]zz" + Environment.NewLine, 8);

        FormattableString fs = $"{x} and {y:F1} and {z}";
        Console.WriteLine(fs.Format + " | " + fs.ArgumentCount + " | " + fs.GetArgument(1) + " | " + FormattableString.Invariant(fs));
        Check(fs.Format == "{0} and {1:F1} and {2}" && fs.ArgumentCount == 3 && FormattableString.Invariant(fs) == "7 and 0.2 and zz" || FormattableString.Invariant(fs) == "7 and 0.3 and zz", 9);
        return failed == 0 ? 100 : failed;
    }
}
