// StringBuilder editing: Append overloads for every primitive type, Insert at start/middle/end
// with repeat counts, Remove ranges, Replace of chars and strings (whole and ranged), the
// indexer for reads and writes, Length truncation/extension, Clear, and out-of-range errors.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var sb = new StringBuilder();
        sb.Append(true).Append(',').Append((byte)1).Append(',').Append((sbyte)-2).Append(',').Append((short)-3)
          .Append(',').Append((ushort)4).Append(',').Append(5).Append(',').Append(6u).Append(',').Append(-7L)
          .Append(',').Append(8UL).Append(',').Append(9.5f).Append(',').Append(10.25).Append(',').Append(11.125m)
          .Append(',').Append('x').Append(',').Append(new char[] { 'a', 'b' }).Append(',').Append((object?)null).Append(',').Append((string?)null)
          .Append(',').Append("hello", 1, 3).Append(',').Append(new char[] { 'p', 'q', 'r', 's' }, 1, 2).Append(',').Append('-', 3);
        Console.WriteLine(sb);
        Check(sb.ToString() == "True,1,-2,-3,4,5,6,-7,8,9.5,10.25,11.125,x,ab,,,ell,qr,---", 1);
        sb.Clear();
        sb.Append("0123456789");
        sb.Insert(0, "<").Insert(sb.Length, ">").Insert(6, "__");
        Console.WriteLine(sb);
        Check(sb.ToString() == "<01234__56789>", 2);
        sb.Insert(1, "ab", 3).Insert(0, 42).Insert(0, 1.5).Insert(0, 'c').Insert(0, true);
        Console.WriteLine(sb);
        Check(sb.ToString() == "Truec1.542<ababab01234__56789>", 3);
        sb.Remove(0, 10);
        Console.WriteLine(sb);
        Check(sb.ToString() == "<ababab01234__56789>", 4);
        sb.Remove(sb.Length - 1, 1).Remove(1, 6);
        Check(sb.ToString() == "<01234__56789", 5);
        sb.Replace('_', '=').Replace("34", "three-four").Replace("==", "", 0, 5).Replace("9", "NINE", 0, sb.Length);
        Console.WriteLine(sb);
        Check(sb.ToString() == "<012three-four==5678NINE", 6);
        try { sb.Replace("", "x"); Check(false, 7); } catch (ArgumentException e) { Console.WriteLine("empty oldValue: " + e.ParamName); }
        sb[0] = '[';
        sb[sb.Length - 1] = ']';
        char mid = sb[4];
        Console.WriteLine(sb + " " + mid);
        Check(sb.ToString() == "[012three-four==5678NIN]" && mid == 't', 8);
        sb.Length = 4;
        Check(sb.ToString() == "[012", 9);
        sb.Length = 6;
        Check(sb.ToString() == "[012\0\0" && sb.Length == 6, 10);
        sb.Clear().Append("abc");
        sb.Replace("abc", "abcabc").Replace("bc", "X");
        Check(sb.ToString() == "aXaX", 11);
        sb.Replace("a", null);
        Check(sb.ToString() == "XX", 12);
        try { sb.Remove(1, 5); Check(false, 13); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Remove out of range"); }
        try { sb.Insert(10, "x"); Check(false, 14); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Insert out of range"); }
        try { _ = sb[2]; Check(false, 15); } catch (IndexOutOfRangeException) { Console.WriteLine("indexer IndexOutOfRange"); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("indexer ArgumentOutOfRange"); }
        try { sb.Length = -1; Check(false, 16); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Length negative"); }
        var big = new StringBuilder();
        for (int i = 0; i < 500; i++) big.Insert(big.Length / 2, (i % 10).ToString());
        Console.WriteLine(big.Length + " " + big.ToString(0, 20) + " " + big.ToString(480, 20));
        Check(big.Length == 500, 17);
        for (int i = 0; i < 100; i++) big.Remove(i, 3);
        Console.WriteLine(big.Length + " " + big.ToString(0, 30));
        Check(big.Length == 200, 18);
        var rep = new StringBuilder("aaaa");
        rep.Replace("a", "bb").Replace("bbb", "c");
        Console.WriteLine(rep);
        Check(rep.ToString() == "ccbb", 19);
        Check(new StringBuilder("x").Equals(new StringBuilder("x")) && !new StringBuilder("x").Equals(new StringBuilder("y")), 20);
        return failed == 0 ? 100 : failed;
    }
}
