// NumberFormatInfo customisation: NumberNegativePattern 0-4, CurrencyPositive/NegativePattern
// ranges, PercentPositive/NegativePattern, custom NaN/infinity/sign symbols, decimal digits
// defaults (NumberDecimalDigits, CurrencyDecimalDigits), read-only invariant instance errors.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static NumberFormatInfo Clone() => (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();

    static int Main()
    {
        var nfi = Clone();
        for (int p = 0; p <= 4; p++) { nfi.NumberNegativePattern = p; Console.Write($"[{(-1234.5).ToString("N1", nfi)}]"); }
        Console.WriteLine();
        nfi.NumberNegativePattern = 0;
        Check((-5).ToString("N0", nfi) == "(5)", 1);
        nfi = Clone();
        for (int p = 0; p <= 3; p++) { nfi.CurrencyPositivePattern = p; Console.Write($"[{12.5m.ToString("C", nfi)}]"); }
        Console.WriteLine();
        for (int p = 0; p <= 16; p++) { nfi.CurrencyNegativePattern = p; Console.Write($"[{(-12.5m).ToString("C", nfi)}]"); }
        Console.WriteLine();
        nfi.CurrencyNegativePattern = 1;
        Check((-12.5m).ToString("C1", nfi) == "-¤12.5", 2);
        nfi = Clone();
        for (int p = 0; p <= 3; p++) { nfi.PercentPositivePattern = p; Console.Write($"[{0.25.ToString("P0", nfi)}]"); }
        for (int p = 0; p <= 11; p++) { nfi.PercentNegativePattern = p; Console.Write($"[{(-0.25).ToString("P0", nfi)}]"); }
        Console.WriteLine();
        nfi = Clone();
        nfi.NaNSymbol = "not-a-number"; nfi.PositiveInfinitySymbol = "+inf"; nfi.NegativeInfinitySymbol = "-inf"; nfi.NegativeSign = "neg"; nfi.PositiveSign = "pos";
        Console.WriteLine($"{double.NaN.ToString(nfi)} {double.PositiveInfinity.ToString(nfi)} {float.NegativeInfinity.ToString(nfi)} {(-3).ToString(nfi)} {1e20.ToString(nfi)} {1e-20.ToString("E2", nfi)} {(-2.5).ToString("F1", nfi)}");
        Check(double.NaN.ToString(nfi) == "not-a-number" && (-3).ToString(nfi) == "neg3" && 1e20.ToString(nfi) == "1Epos20", 3);
        Check(double.Parse("neg2.5", nfi) == -2.5 && double.Parse("+inf", nfi) == double.PositiveInfinity && double.IsNaN(double.Parse("not-a-number", nfi)), 4);
        Check(int.Parse("pos7", nfi) == 7 && !int.TryParse("-7", NumberStyles.Integer, nfi, out _), 5);
        nfi = Clone();
        nfi.NumberDecimalDigits = 4; nfi.CurrencyDecimalDigits = 0; nfi.PercentDecimalDigits = 1;
        Check(1.5.ToString("N", nfi) == "1.5000" && 1.5m.ToString("C", nfi) == "¤2" && 0.5.ToString("P", nfi) == "50.0 %" && 2.5m.ToString("C", nfi) == "¤3", 6);
        Console.WriteLine(1.5.ToString("N", nfi) + " " + 1.5m.ToString("C", nfi) + " " + 0.5.ToString("P", nfi) + " " + 2.5.ToString("C", nfi) + " " + 3.5.ToString("C", nfi));
        nfi.NumberGroupSizes = new[] { 2 }; nfi.NumberGroupSeparator = "'";
        Check(123456789.ToString("N0", nfi) == "1'23'45'67'89", 7);
        nfi.NumberGroupSizes = new[] { 3, 0 };
        Check(123456789.ToString("N0", nfi) == "123456'789", 8);
        nfi.PerMilleSymbol = "pm"; nfi.PercentSymbol = "pc";
        Console.WriteLine(0.0123.ToString("0.0‰", nfi) + " " + 0.123.ToString("0.0%", nfi));
        Check(0.0123.ToString("0.0‰", nfi) == "12.3pm", 9);
        var ro = NumberFormatInfo.InvariantInfo;
        Check(ro.IsReadOnly && !Clone().IsReadOnly && NumberFormatInfo.ReadOnly(Clone()).IsReadOnly, 10);
        try { ro.NegativeSign = "x"; Check(false, 11); } catch (InvalidOperationException) { Console.WriteLine("read-only"); }
        try { Clone().NumberNegativePattern = 5; Check(false, 12); } catch (ArgumentOutOfRangeException) { Console.WriteLine("pattern out of range"); }
        try { Clone().NumberGroupSizes = new[] { 0, 3 }; Check(false, 13); } catch (ArgumentException) { Console.WriteLine("bad group sizes"); }
        Check(ro.NumberDecimalDigits == 2 && ro.CurrencySymbol == "¤" && ro.NaNSymbol == "NaN" && ro.PercentSymbol == "%" && ro.PerMilleSymbol == "‰", 14);
        Check(NumberFormatInfo.GetInstance(CultureInfo.InvariantCulture) == ro || NumberFormatInfo.GetInstance(null).NumberDecimalSeparator == ".", 15);
        return failed == 0 ? 100 : failed;
    }
}
