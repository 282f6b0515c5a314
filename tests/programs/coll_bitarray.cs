// System.Collections.BitArray: construction from bools/bytes/ints/length, Get/Set/indexer, SetAll,
// And/Or/Xor/Not, LeftShift/RightShift, HasAllSet/HasAnySet, Length growth and truncation,
// CopyTo into int[]/byte[]/bool[], and out-of-range exceptions.
using System;
using System.Collections;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S(BitArray b) { var sb = new StringBuilder(); for (int i = 0; i < b.Length; i++) sb.Append(b[i] ? '1' : '0'); return sb.ToString(); }

    static int Main()
    {
        var a = new BitArray(new byte[] { 0b1010_0101, 0x0F });
        Console.WriteLine(S(a));
        Check(S(a) == "1010010111110000", 1);
        var b = new BitArray(16, true);
        b[0] = false; b.Set(15, false);
        Console.WriteLine(S(b) + " " + b.Get(1));
        var and = new BitArray(a).And(b);
        var or = new BitArray(a).Or(new BitArray(16));
        var xor = new BitArray(a).Xor(b);
        var not = new BitArray(a).Not();
        Console.WriteLine($"{S(and)} {S(or)} {S(xor)} {S(not)}");
        Check(S(and) == "0010010111110000" && S(xor) == "1101101000001110" && S(not) == "0101101000001111", 2);
        var sh = new BitArray(new[] { true, false, true, true, false, false, false, true });
        Console.WriteLine($"{S(new BitArray(sh).LeftShift(2))} {S(new BitArray(sh).RightShift(3))}");
        Check(S(new BitArray(sh).LeftShift(2)) == "00101100" && S(new BitArray(sh).RightShift(3)) == "10001000", 3);
        Console.WriteLine($"{new BitArray(5, true).HasAllSet()} {new BitArray(5).HasAnySet()} {sh.HasAnySet()} {sh.HasAllSet()}");
        Check(new BitArray(5, true).HasAllSet() && !new BitArray(5).HasAnySet(), 4);
        var ints = new BitArray(new[] { 5, -1 });
        Console.WriteLine($"{ints.Length} {ints[0]} {ints[1]} {ints[2]} {ints[63]}");
        Check(ints.Length == 64 && ints[0] && !ints[1] && ints[2] && ints[63], 5);
        var grow = new BitArray(3, true);
        grow.Length = 10;
        Console.WriteLine(S(grow));
        Check(S(grow) == "1110000000", 6);
        grow.Length = 2;
        Check(S(grow) == "11", 7);
        var src = new BitArray(40);
        for (int i = 0; i < 40; i += 3) src[i] = true;
        int[] iv = new int[2]; src.CopyTo(iv, 0);
        byte[] bv = new byte[5]; src.CopyTo(bv, 0);
        bool[] boolv = new bool[40]; src.CopyTo(boolv, 0);
        Console.WriteLine($"{iv[0]} {iv[1]} {string.Join(",", bv)} {boolv[39]} {boolv[38]}");
        Check(bv[0] == 0b0100_1001 && boolv[39] && !boolv[38], 8);
        try { var x = a[16]; Check(false, 9); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name); }
        try { a.And(new BitArray(3)); Check(false, 10); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
        var all = new BitArray(100);
        all.SetAll(true);
        int count = 0;
        foreach (bool bit in all) if (bit) count++;
        Console.WriteLine(count);
        Check(count == 100, 11);
        return failed == 0 ? 100 : failed;
    }
}
