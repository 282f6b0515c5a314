// Enum ToString for plain and [Flags] enums of every underlying type, undefined values,
// Enum.Parse/TryParse, HasFlag, GetValues/GetNames/GetName/IsDefined, and enum formatting in
// string interpolation ("D", "X", "G", "F").
using System;

enum Color { Red, Green, Blue = 5 }
enum Small : sbyte { Neg = -1, Zero, One }
enum Bytes : byte { A = 1, B = 200 }
enum Shorts : short { Lo = -300, Hi = 300 }
enum UShorts : ushort { X = 65535 }
enum UInts : uint { Big = 4000000000 }
enum Longs : long { Min = long.MinValue, Max = long.MaxValue }
enum ULongs : ulong { Top = ulong.MaxValue }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write }
[Flags] enum Wide : ulong { Low = 1, High = 1UL << 63 }
enum Dup { A = 1, B = 1, C = 2 }

static class Program
{
    static int failed;
    static void Check(bool ok, int id)
    {
        if (!ok && failed == 0) failed = id;
    }
    static void Eq(string got, string want, int id)
    {
        if (got != want)
        {
            Console.WriteLine($"check {id}: got '{got}', want '{want}'");
            if (failed == 0) failed = id;
        }
    }

    static int Main()
    {
        Eq(Color.Red.ToString(), "Red", 1);
        Eq(Color.Blue.ToString(), "Blue", 2);
        Eq(((Color)3).ToString(), "3", 3);
        Eq(Small.Neg.ToString(), "Neg", 4);
        Eq(((Small)(-5)).ToString(), "-5", 5);
        Eq(Bytes.B.ToString(), "B", 6);
        Eq(Shorts.Lo.ToString(), "Lo", 7);
        Eq(UShorts.X.ToString(), "X", 8);
        Eq(UInts.Big.ToString(), "Big", 9);
        Eq(Longs.Min.ToString(), "Min", 10);
        Eq(Longs.Max.ToString(), "Max", 11);
        Eq(ULongs.Top.ToString(), "Top", 12);
        Eq((Perm.Read | Perm.Exec).ToString(), "Read, Exec", 13);
        Eq((Perm.Read | Perm.Write).ToString(), "ReadWrite", 14);
        Eq(Perm.None.ToString(), "None", 15);
        Eq(((Perm)8).ToString(), "8", 16);
        Eq(((Perm)9).ToString(), "9", 17);
        Eq((Wide.Low | Wide.High).ToString(), "Low, High", 18);
        Eq(Dup.C.ToString(), "C", 19);

        Eq($"{Color.Green}", "Green", 20);
        Eq($"{Color.Blue:D}", "5", 21);
        Eq($"{Color.Blue:X}", "00000005", 22);
        Eq($"{Bytes.B:X}", "C8", 23);
        Eq($"{Perm.Read | Perm.Exec:G}", "Read, Exec", 24);
        Eq($"{(Color)7:F}", "7", 25);
        Eq($"{Perm.Read | Perm.Exec:F}", "Read, Exec", 26);
        Eq(Small.Neg.ToString("D"), "-1", 27);
        Eq(Small.Neg.ToString("X"), "FF", 28);
        Eq(Color.Green.ToString("g"), "Green", 29);
        Eq(string.Format("{0} and {1:D}", Color.Red, Perm.Write), "Red and 2", 30);

        Check(Enum.Parse<Color>("Blue") == Color.Blue, 31);
        Check(Enum.Parse<Color>("green", ignoreCase: true) == Color.Green, 32);
        Check(Enum.Parse<Perm>("Read, Exec") == (Perm.Read | Perm.Exec), 33);
        Check(Enum.Parse<Color>("5") == Color.Blue, 34);
        Check(Enum.TryParse<Color>("Purple", out _) == false, 35);
        Check(Enum.TryParse<Longs>("Min", out var lm) && lm == Longs.Min, 36);
        Check((Color)Enum.Parse(typeof(Color), "Red") == Color.Red, 37);
        Check((Perm.Read | Perm.Write).HasFlag(Perm.Write) && !Perm.Read.HasFlag(Perm.Exec), 38);

        Color[] values = Enum.GetValues<Color>();
        Check(values.Length == 3 && values[0] == Color.Red && values[2] == Color.Blue, 39);
        string[] names = Enum.GetNames<Color>();
        Eq(string.Join(",", names), "Red,Green,Blue", 40);
        Eq(string.Join(",", Enum.GetNames<Small>()), "Zero,One,Neg", 41);
        Eq(Enum.GetName(Color.Blue) ?? "null", "Blue", 42);
        Check(Enum.GetName((Color)4) == null, 43);
        Check(Enum.IsDefined(Color.Green) && !Enum.IsDefined((Color)9), 44);
        Check(Enum.GetUnderlyingType(typeof(Shorts)) == typeof(short), 45);
        object boxed = Perm.Exec;
        Eq(boxed.ToString()!, "Exec", 46);
        Check(Color.Blue.CompareTo(Color.Red) > 0 && Color.Red.Equals(Color.Red), 47);
        Eq(Enum.Format(typeof(Color), Color.Green, "D"), "1", 48);
        return failed == 0 ? 100 : failed;
    }
}
