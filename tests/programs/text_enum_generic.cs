// Enums through generic and boxed code: ToString via object and via a constrained T, framework
// enums (DayOfWeek, StringComparison), enums as dictionary keys, Enum.GetValues(Type) and
// GetNames(Type), Enum.ToObject, GetHashCode/Equals/CompareTo through interfaces.
using System;
using System.Collections.Generic;

enum Level : byte { Low = 1, Mid = 5, High = 9 }
[Flags] enum Opt : long { None = 0, A = 1, B = 1L << 40 }

static class Program
{
    static int failed;
    static void Eq(string? got, string want, int id)
    {
        if (got != want)
        {
            Console.WriteLine($"check {id}: got '{got ?? "null"}', want '{want}'");
            if (failed == 0) failed = id;
        }
    }
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string Show<T>(T value) => value!.ToString()!;
    static string ShowEnum<T>(T value) where T : struct, Enum => value.ToString() + "/" + Enum.GetName(value);

    static int Main()
    {
        Eq(Show(Level.Mid), "Mid", 1);
        Eq(Show((Level)4), "4", 2);
        Eq(ShowEnum(Opt.A | Opt.B), "A, B/", 3);
        Eq(ShowEnum(Level.High), "High/High", 4);
        object o = DayOfWeek.Friday;
        Eq(o.ToString(), "Friday", 5);
        Eq(StringComparison.OrdinalIgnoreCase.ToString(), "OrdinalIgnoreCase", 6);
        var d = new Dictionary<Level, string> { [Level.Low] = "l", [Level.High] = "h" };
        Check(d[Level.High] == "h" && d.ContainsKey(Level.Low) && !d.ContainsKey(Level.Mid), 7);
        Array values = Enum.GetValues(typeof(Level));
        Check(values.Length == 3 && (Level)values.GetValue(1)! == Level.Mid, 8);
        Eq(string.Join("|", Enum.GetNames(typeof(Opt))), "None|A|B", 9);
        Check((Level)Enum.ToObject(typeof(Level), 9) == Level.High, 10);
        IComparable c = Level.Low;
        Check(c.CompareTo(Level.High) < 0, 11);
        Check(Level.Mid.GetHashCode() == ((byte)5).GetHashCode() && Level.Mid.Equals((object)Level.Mid) && !Level.Mid.Equals((object)(byte)5), 12);
        Eq(Enum.GetValues<Opt>().Length.ToString(), "3", 13);
        Eq($"{Level.Low,6}|{Level.High,-6}|", "   Low|High  |", 14);
        Eq(Opt.B.ToString("X"), "0000010000000000", 15);
        Eq(((Opt)2).ToString(), "2", 16);
        Eq((Opt.A | (Opt)2).ToString(), "3", 17);
        var list = new List<Level> { Level.High, Level.Low, Level.Mid };
        list.Sort();
        Eq(string.Join(",", list), "Low,Mid,High", 18);
        return failed == 0 ? 100 : failed;
    }
}
