// Enums over every underlying type (byte, sbyte, short, ushort, int, uint, long, ulong):
// size, casts to/from the underlying type, arithmetic on enums, comparison, default value,
// out-of-range values, boxing to Enum/object, Enum.IsDefined/GetValues, HasFlag.
using System;
using System.Runtime.CompilerServices;

enum EB : byte { A = 1, B = 255 }
enum ESB : sbyte { Neg = -128, Pos = 127 }
enum ES : short { Low = short.MinValue, High = short.MaxValue }
enum EUS : ushort { Max = ushort.MaxValue }
enum EI { Zero, One, Two, Ten = 10 }
enum EUI : uint { Big = 0xFFFFFFFF }
enum EL : long { Huge = long.MinValue, Small = 1 }
enum EUL : ulong { Top = ulong.MaxValue }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static T Id<T>(T x) => x;

    static int Main()
    {
        Check(sizeof(EB) == 1 && sizeof(ESB) == 1 && sizeof(ES) == 2 && sizeof(EUS) == 2, 1);
        Check(sizeof(EI) == 4 && sizeof(EUI) == 4 && sizeof(EL) == 8 && sizeof(EUL) == 8, 2);
        Check((byte)Id(EB.B) == 255 && (sbyte)Id(ESB.Neg) == -128, 3);
        Check((short)Id(ES.Low) == short.MinValue && (ushort)Id(EUS.Max) == 65535, 4);
        Check((uint)Id(EUI.Big) == uint.MaxValue && (long)Id(EL.Huge) == long.MinValue && (ulong)Id(EUL.Top) == ulong.MaxValue, 5);
        Check(Id(EUI.Big) > (EUI)1, 6);
        Check(Id(EL.Huge) < EL.Small, 7);
        Check(Id(ESB.Neg) < ESB.Pos, 8);
        EI e = Id(EI.One);
        e++;
        Check(e == EI.Two, 9);
        e += 8;
        Check(e == EI.Ten && e - EI.Two == 8, 10);
        EI def = default;
        Check(def == EI.Zero, 11);
        EI odd = (EI)Id(42);
        Check((int)odd == 42 && !Enum.IsDefined(odd) && Enum.IsDefined(EI.Ten), 12);
        object boxed = Id(EB.A);
        Check(boxed is EB && boxed is Enum && !(boxed is byte), 13);
        Check((EB)boxed == EB.A, 14);
        Enum en = Id(EL.Small);
        Check(en.Equals(EL.Small) && !en.Equals(EL.Huge), 15);
        Check(Enum.GetValues<EI>().Length == 4, 16);
        Check(Id(EI.Ten).CompareTo(EI.Two) > 0, 17);
        Check(EB.B.GetHashCode() == ((byte)255).GetHashCode(), 18);
        Check(Enum.GetUnderlyingType(typeof(EUS)) == typeof(ushort), 19);
        EUL top = Id(EUL.Top);
        Check(unchecked(top + 1) == (EUL)0, 20);
        Check(EI.Ten.ToString() == "Ten" && odd.ToString() == "42", 21);
        Check(Enum.Parse<EI>("Two") == EI.Two, 22);
        return failed == 0 ? 100 : failed;
    }
}
