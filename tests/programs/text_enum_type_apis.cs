// The Type-based (non-generic) Enum APIs: Enum.GetName(Type, object), Enum.Parse(Type, string),
// Enum.IsDefined(Type, object) with names and numbers, Enum.GetUnderlyingType, Enum.ToObject,
// Enum.GetNames(Type)/GetValues(Type) and Enum.TryParse(Type, ...), on plain and [Flags] enums.
using System;

[Flags] enum Perm : byte { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }
enum Color : short { Red = -1, Green = 0, Blue = 5 }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Console.WriteLine(Enum.GetName(typeof(Color), (short)5) + " " + Enum.GetName(typeof(Perm), Perm.Exec) + " [" + Enum.GetName(typeof(Perm), (byte)9) + "]");
        Check(Enum.GetName(typeof(Color), (short)5) == "Blue" && Enum.GetName(typeof(Perm), (byte)9) == null, 1);
        Console.WriteLine(Enum.Parse(typeof(Perm), "Read, Write") + " " + Enum.Parse(typeof(Color), "red", true) + " " + Enum.Parse(typeof(Perm), "5"));
        Check((Perm)Enum.Parse(typeof(Perm), "Read, Write") == (Perm.Read | Perm.Write), 2);
        Check(Enum.IsDefined(typeof(Perm), "Exec") && !Enum.IsDefined(typeof(Perm), "exec") && Enum.IsDefined(typeof(Color), (short)-1) && !Enum.IsDefined(typeof(Color), (short)1), 3);
        Check(Enum.GetUnderlyingType(typeof(Color)) == typeof(short) && Enum.GetUnderlyingType(typeof(Perm)) == typeof(byte), 4);
        object o = Enum.ToObject(typeof(Perm), 6);
        Console.WriteLine(o + " " + o.GetType().Name + " " + Enum.ToObject(typeof(Color), -1));
        Check((Perm)o == (Perm.Write | Perm.Exec), 5);
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))) + " | " + string.Join(",", (Perm[])Enum.GetValues(typeof(Perm))));
        Check(Enum.GetNames(typeof(Perm)).Length == 5 && Enum.GetValues(typeof(Color)).Length == 3, 6);
        Check(Enum.TryParse(typeof(Color), "Blue", out object? r) && (Color)r! == Color.Blue && !Enum.TryParse(typeof(Color), "Purple", out _), 7);
        try { Enum.Parse(typeof(Perm), "Nope"); Check(false, 8); } catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        try { Enum.Parse(typeof(int), "1"); Check(false, 9); } catch (ArgumentException) { Console.WriteLine("not an enum"); }
        return failed == 0 ? 100 : failed;
    }
}
