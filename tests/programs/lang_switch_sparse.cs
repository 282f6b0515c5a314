// Sparse switches (compiled to binary search / compare chains): widely spaced int and long
// cases, negative cases, switch on enum values, relational switch arms and when-guards.
using System;
using System.Runtime.CompilerServices;

enum Color : short { Red = -100, Green = 0, Blue = 500, Alpha = 30000 }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Sparse(int x)
    {
        switch (x)
        {
            case -1000000: return 1;
            case -7: return 2;
            case 0: return 3;
            case 100: return 4;
            case 1000: return 5;
            case 65536: return 6;
            case 1 << 30: return 7;
            case int.MaxValue: return 8;
            default: return 0;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int LongSwitch(long x) => x switch
    {
        long.MinValue => 1,
        -1 => 2,
        0x1_0000_0000 => 3,
        0x7FFF_FFFF_FFFF => 4,
        _ => 0
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ColorCode(Color c) => c switch { Color.Red => 1, Color.Green => 2, Color.Blue => 3, Color.Alpha => 4, _ => 5 };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Range(int x) => x switch
    {
        < 0 => "neg",
        0 => "zero",
        >= 1 and <= 9 => "digit",
        >= 10 and < 100 when x % 2 == 0 => "even2",
        >= 10 and < 100 => "odd2",
        _ => "big"
    };

    static int Main()
    {
        Check(Sparse(-1000000) == 1 && Sparse(-7) == 2 && Sparse(0) == 3 && Sparse(100) == 4, 1);
        Check(Sparse(1000) == 5 && Sparse(65536) == 6 && Sparse(1 << 30) == 7 && Sparse(int.MaxValue) == 8, 2);
        Check(Sparse(1) == 0 && Sparse(-8) == 0 && Sparse(999) == 0 && Sparse(int.MinValue) == 0, 3);
        Check(LongSwitch(long.MinValue) == 1 && LongSwitch(-1) == 2 && LongSwitch(0x1_0000_0000) == 3, 4);
        Check(LongSwitch(0x7FFF_FFFF_FFFF) == 4 && LongSwitch(0) == 0 && LongSwitch(0xFFFF_FFFF) == 0, 5);
        Check(ColorCode(Color.Red) == 1 && ColorCode(Color.Alpha) == 4 && ColorCode((Color)7) == 5, 6);
        Check(Range(-5) == "neg" && Range(0) == "zero" && Range(7) == "digit", 7);
        Check(Range(42) == "even2" && Range(43) == "odd2" && Range(100) == "big", 8);
        int hits = 0;
        for (int i = -10; i <= 2000; i++) if (Sparse(i) != 0) hits++;
        Check(hits == 4, 9);
        return failed == 0 ? 100 : failed;
    }
}
