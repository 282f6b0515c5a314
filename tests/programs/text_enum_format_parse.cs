// Enum text conversions: Enum.Format with G/D/X/F, GetName/GetNames for several underlying
// types, Parse/TryParse of names, comma lists, numbers and ignoreCase, [Flags] combinations
// with zero and undefined bits, non-flags enums given flag-like values, and parse failures.
using System;

[Flags] enum Perm : byte { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
enum Color : short { Red = -1, Green = 0, Blue = 5, Azure = 5 }
[Flags] enum Big : ulong { Low = 1, High = 0x8000000000000000 }
enum Plain { A = 1, B = 2, C = 4 }
[Flags] enum NoZero { X = 1, Y = 2 }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        foreach (var p in new[] { Perm.None, Perm.Read, Perm.ReadWrite, Perm.Read | Perm.Exec, Perm.All, (Perm)8, (Perm)9, (Perm)255 })
            Console.WriteLine($"{(byte)p,3}: {p} | {Enum.Format(typeof(Perm), p, "D")} | {Enum.Format(typeof(Perm), p, "X")} | {p:F} | {Enum.IsDefined(p)} | {Enum.GetName(p) ?? "<null>"}");
        Check((Perm.Read | Perm.Exec).ToString() == "Read, Exec" && Perm.All.ToString() == "All" && ((Perm)9).ToString() == "9" && ((Perm)3).ToString() == "ReadWrite", 1);
        Check(Perm.None.ToString() == "None" && ((NoZero)0).ToString() == "0" && ((NoZero)3).ToString() == "X, Y", 2);
        Check((Plain.A | Plain.C).ToString() == "5" && (Plain.A | Plain.C).ToString("F") == "A, C" && ((Plain)2).ToString("G") == "B", 3);
        Check(Color.Red.ToString("X") == "FFFF" && Color.Red.ToString("D") == "-1" && Color.Blue.ToString("X") == "0005", 4);
        Console.WriteLine(Color.Azure + " " + Color.Blue + " " + Enum.GetName((Color)5));
        Check((Big.Low | Big.High).ToString() == "Low, High" && Big.High.ToString("D") == "9223372036854775808" && Big.High.ToString("X") == "8000000000000000", 5);
        Console.WriteLine(string.Join(",", Enum.GetNames<Color>()) + " | " + string.Join(",", Enum.GetValues<Color>()) + " | " + string.Join(",", Enum.GetNames<Perm>()));
        Check(string.Join(",", Enum.GetNames<Color>()) == "Green,Blue,Azure,Red" || string.Join(",", Enum.GetNames<Color>()) == "Red,Green,Blue,Azure", 6);
        Check(Enum.Parse<Perm>("Read, Write") == Perm.ReadWrite && Enum.Parse<Perm>(" exec ", true) == Perm.Exec && Enum.Parse<Perm>("6") == (Perm.Write | Perm.Exec), 7);
        Check(Enum.Parse<Color>("-1") == Color.Red && Enum.Parse<Color>("Azure") == Color.Blue && Enum.Parse<Plain>("A,C") == (Plain)5, 8);
        Check(Enum.TryParse<Perm>("Read|Write", out var bad) == false && bad == Perm.None, 9);
        Check(Enum.TryParse<Perm>("read", out _) == false && Enum.TryParse<Perm>("read", true, out var ok) && ok == Perm.Read, 10);
        Check(Enum.TryParse<Perm>("300", out _) == false && Enum.TryParse<Color>("99", out var c99) && (short)c99 == 99, 11);
        foreach (var s in new[] { "", " ", "Purple", "Red,", "1.5", "0x5", "Read, Nope" })
        {
            try { Console.WriteLine($"Parse('{s}') = {Enum.Parse<Perm>(s)}"); }
            catch (Exception e) { Console.WriteLine($"Parse('{s}') {e.GetType().Name}"); }
        }
        Check(Perm.All.HasFlag(Perm.ReadWrite) && !Perm.Read.HasFlag(Perm.Write) && Perm.Read.HasFlag(Perm.None), 12);
        Check(Enum.IsDefined(Perm.Exec) && !Enum.IsDefined((Perm)8) && Enum.IsDefined(Color.Red), 14);
        object boxed = Perm.Write;
        Check(boxed.ToString() == "Write" && ((Enum)boxed).CompareTo(Perm.Exec) < 0 && boxed.Equals(Perm.Write) && !boxed.Equals(2), 15);
        Check(Convert.ToInt32(Color.Blue) == 5 && Plain.B.GetHashCode() == 2, 16);
        Check(Enum.GetValuesAsUnderlyingType<Perm>().Length == 6, 17);
        Console.WriteLine(string.Join(" ", Enum.GetValues<Perm>()) + " | " + $"{Perm.Exec,-8}|{Perm.Exec,8:D}|{Color.Red:G}");
        return failed == 0 ? 100 : failed;
    }
}
