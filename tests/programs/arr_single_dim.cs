// Single-dimensional arrays of every element type: default values, Length, element stores and
// loads for bool/char/sbyte/.../decimal/string/struct/enum/nullable, array initializers, long
// indices, arrays of arrays of structs, large arrays, and Array base methods (GetValue/SetValue,
// IList<T> view, Rank).
using System;
using System.Collections.Generic;

enum Suit : byte { Clubs, Hearts }
struct Card { public Suit S; public byte Rank; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var bs = new bool[3]; var cs = new char[3]; var sbs = new sbyte[3]; var us = new ushort[3];
        var ls = new long[3]; var fs = new float[3]; var ds = new double[3]; var ms = new decimal[3];
        var ss = new string[3]; var cards = new Card[3]; var suits = new Suit[3]; var ns = new int?[3];
        Check(!bs[1] && cs[1] == '\0' && sbs[1] == 0 && us[1] == 0 && ls[1] == 0 && fs[1] == 0 && ds[1] == 0 && ms[1] == 0, 1);
        Check(ss[1] == null && cards[1].Rank == 0 && suits[1] == Suit.Clubs && ns[1] == null, 2);
        bs[2] = true; cs[2] = 'z'; sbs[2] = -5; us[2] = 65535; ls[2] = long.MinValue; fs[2] = 1.5f; ds[2] = -2.5; ms[2] = 1.1m;
        ss[2] = "s"; cards[2] = new Card { S = Suit.Hearts, Rank = 12 }; suits[2] = Suit.Hearts; ns[2] = 7;
        Check(bs[2] && cs[2] == 'z' && sbs[2] == -5 && us[2] == 65535 && ls[2] == long.MinValue, 3);
        Check(fs[2] == 1.5f && ds[2] == -2.5 && ms[2] == 1.1m && ss[2] == "s" && cards[2].Rank == 12 && suits[2] == Suit.Hearts && ns[2] == 7, 4);
        long li = 2;
        Check(ls[li] == long.MinValue && ls[(nint)2] == long.MinValue, 5);
        var init = new[] { 1.5, 2.5, 3.5 };
        double sum = 0;
        foreach (var v in init) sum += v;
        Check(sum == 7.5 && init.Length == 3 && init.Rank == 1, 6);
        Array arr = init;
        Check((double)arr.GetValue(1) == 2.5, 7);
        arr.SetValue(9.0, 0);
        Check(init[0] == 9.0, 8);
        IList<double> il = init;
        Check(il.IndexOf(3.5) == 2 && il.Contains(9.0) && il.IsReadOnly, 9);
        bool threw = false;
        try { il.Add(1); } catch (NotSupportedException) { threw = true; }
        Check(threw, 10);
        var big = new int[10_000_000];
        big[9_999_999] = 3;
        Check(big.Length == 10_000_000 && big[9_999_999] == 3, 11);
        var zero = new string[0];
        Check(zero.Length == 0, 12);
        byte[] bytes = { 1, 2, 3 };
        Check(bytes.Length == 3 && bytes[2] == 3, 13);
        char[] word = "hey".ToCharArray();
        Array.Sort(word);
        Check(new string(word) == "ehy", 14);
        return failed == 0 ? 100 : failed;
    }
}
