// Dense integer switches compiled to IL `switch` tables: contiguous cases with a non-zero
// base, fall-through via goto case, default paths, negative and out-of-range values, byte
// and char switches, and a switch inside a loop with break/continue.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Dense(int x)
    {
        switch (x)
        {
            case 3: return 30;
            case 4: return 40;
            case 5: return 50;
            case 6: return 60;
            case 7: return 70;
            case 8: goto case 3;
            case 9: return 90;
            case 10: goto default;
            default: return -1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Day(int d) => d switch
    {
        0 => "sun", 1 => "mon", 2 => "tue", 3 => "wed", 4 => "thu", 5 => "fri", 6 => "sat", _ => "?"
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int CharClass(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case 'b': case 'c': case 'd': case 'f': case 'g': return 2;
            default: return 0;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ByteSwitch(byte b)
    {
        switch (b) { case 0: return 5; case 1: return 6; case 2: return 7; case 3: return 8; case 255: return 9; }
        return 0;
    }

    static int Main()
    {
        Check(Dense(3) == 30 && Dense(7) == 70 && Dense(9) == 90, 1);
        Check(Dense(8) == 30, 2);
        Check(Dense(10) == -1 && Dense(2) == -1 && Dense(11) == -1, 3);
        Check(Dense(int.MinValue) == -1 && Dense(int.MaxValue) == -1 && Dense(-5) == -1, 4);
        Check(Day(0) == "sun" && Day(6) == "sat" && Day(7) == "?" && Day(-1) == "?", 5);
        Check(CharClass('e') == 1 && CharClass('g') == 2 && CharClass('z') == 0 && CharClass('\0') == 0, 6);
        Check(ByteSwitch(0) == 5 && ByteSwitch(3) == 8 && ByteSwitch(255) == 9 && ByteSwitch(100) == 0, 7);
        int total = 0;
        for (int i = 0; i < 20; i++)
        {
            switch (i % 5)
            {
                case 0: continue;
                case 1: total += 1; break;
                case 2: total += 10; break;
                case 3: if (i > 10) goto case 4; total += 100; break;
                case 4: total += 1000; break;
            }
            total += 0;
        }
        Check(total == 4 * 1 + 4 * 10 + 2 * 100 + 2 * 1000 + 4 * 1000, 8);
        int sum = 0;
        for (int i = -3; i < 15; i++) sum += Dense(i);
        Check(sum == 30 + 40 + 50 + 60 + 70 + 30 + 90 - 11, 9);
        return failed == 0 ? 100 : failed;
    }
}
