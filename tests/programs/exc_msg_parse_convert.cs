// Parsing and conversion exception messages: int/long/double/decimal/bool/Guid/DateTime/TimeSpan/
// enum Parse failures (FormatException), OverflowException from Parse and Convert, checked casts,
// InvalidCastException from unboxing and Convert.ToXxx of unsupported types, with exact messages.
using System;
using System.Globalization;

static class Program
{
    static int count;
    static void T(string what, Func<object> a)
    {
        try { Console.WriteLine($"{what}: no exception {a()}"); }
        catch (Exception e)
        {
            count++;
            Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}");
        }
    }

    static int Main()
    {
        T("int.Parse abc", () => int.Parse("abc"));
        T("int.Parse empty", () => int.Parse(""));
        T("int.Parse null", () => int.Parse(null));
        T("int.Parse overflow", () => int.Parse("99999999999"));
        T("int.Parse spaces inside", () => int.Parse("1 2"));
        T("uint.Parse negative", () => uint.Parse("-1"));
        T("byte.Parse 256", () => byte.Parse("256"));
        T("sbyte.Parse -129", () => sbyte.Parse("-129"));
        T("long.Parse hex style", () => long.Parse("FF", NumberStyles.HexNumber));
        T("long.Parse x", () => long.Parse("0x10"));
        T("double.Parse", () => double.Parse("1.2.3", CultureInfo.InvariantCulture));
        T("decimal.Parse overflow", () => decimal.Parse("1e40", NumberStyles.Float, CultureInfo.InvariantCulture));
        T("decimal.Parse bad", () => decimal.Parse("12,,3x", CultureInfo.InvariantCulture));
        T("bool.Parse", () => bool.Parse("yes"));
        T("char.Parse", () => char.Parse("ab"));
        T("Guid.Parse", () => Guid.Parse("not-a-guid"));
        T("DateTime.Parse", () => DateTime.Parse("2024-13-45", CultureInfo.InvariantCulture));
        T("DateTime.ParseExact", () => DateTime.ParseExact("2024/01/02", "yyyy-MM-dd", CultureInfo.InvariantCulture));
        T("TimeSpan.Parse", () => TimeSpan.Parse("25:99:00"));
        T("Enum.Parse", () => Enum.Parse(typeof(DayOfWeek), "Blursday"));
        T("Version.Parse", () => Version.Parse("1.x"));
        T("Convert.ToInt32 string", () => Convert.ToInt32("12a"));
        T("Convert.ToByte 300", () => Convert.ToByte(300));
        T("Convert.ToInt32 double overflow", () => Convert.ToInt32(3e10));
        T("Convert.ToUInt16 negative", () => Convert.ToUInt16(-1));
        T("Convert.ToDateTime int", () => Convert.ToDateTime(5));
        T("Convert.ToInt32 object", () => Convert.ToInt32(new object()));
        T("Convert.FromBase64String", () => Convert.FromBase64String("abc"));
        T("Convert.FromHexString", () => Convert.FromHexString("ABC"));
        T("unbox wrong type", () => { object o = 5; return (long)o; });
        T("unbox null", () => { object o = null; return (int)o; });
        T("cast string to int[]", () => { object o = "s"; return (int[])o; });
        T("checked int add", () => { int x = int.MaxValue; return checked(x + 1); });
        T("checked long mul", () => { long x = long.MaxValue; return checked(x * 2); });
        T("checked double to int", () => { double d = 1e20; return checked((int)d); });
        T("checked negate", () => { int x = int.MinValue; return checked(-x); });
        T("decimal to int", () => { decimal big = decimal.MaxValue; return (int)big; });
        T("decimal overflow", () => { decimal big = decimal.MaxValue; return big + 1; });
        T("decimal divide by zero", () => { decimal z = 0; return 1m / z; });
        T("int divide by zero", () => { int z = 0; return 5 / z; });
        T("int mod by zero", () => { long z = 0; return 5L % z; });
        T("MinValue / -1", () => { int m = int.MinValue, n = -1; return m / n; });
        T("Math.Abs MinValue", () => Math.Abs(int.MinValue));
        T("Half parse", () => Half.Parse("zz", CultureInfo.InvariantCulture));
        Console.WriteLine($"caught {count}");
        return count == 43 ? 100 : 1;
    }
}
