// StringBuilder storage: Capacity/MaxCapacity, EnsureCapacity, constructors with capacity and
// a string slice, growth across many chunks, GetChunks enumeration totals, CopyTo into spans
// and arrays across chunk borders, ToString(start,len) spanning chunks, and MaxCapacity limits.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var a = new StringBuilder();
        Console.WriteLine(a.Capacity + " " + (a.MaxCapacity == int.MaxValue));
        Check(a.Capacity == 16 && a.Length == 0, 1);
        var b = new StringBuilder(100);
        Check(b.Capacity == 100, 2);
        int got = b.EnsureCapacity(50);
        Check(got == 100, 3);
        got = b.EnsureCapacity(300);
        Check(got >= 300, 4);
        var c = new StringBuilder("hello world", 6, 5, 20);
        Console.WriteLine(c + " " + c.Capacity);
        Check(c.ToString() == "world" && c.Capacity == 20, 5);
        var d = new StringBuilder(4, 10);
        d.Append("0123456789");
        Check(d.MaxCapacity == 10, 6);
        try { d.Append('x'); Check(false, 7); } catch (ArgumentOutOfRangeException) { Console.WriteLine("MaxCapacity exceeded"); }
        var big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.Append((char)('a' + i % 26));
        int chunks = 0, total = 0;
        foreach (var mem in big.GetChunks()) { chunks++; total += mem.Length; }
        Console.WriteLine("chunks>1: " + (chunks > 1) + " total=" + total);
        Check(total == 2000 && chunks > 1, 8);
        string seg = big.ToString(10, 40);
        Console.WriteLine(seg);
        Check(seg == "klmnopqrstuvwxyzabcdefghijklmnopqrstuvwx", 9);
        Span<char> dest = stackalloc char[30];
        big.CopyTo(1990, dest, 10);
        Console.WriteLine(dest.Slice(0, 10).ToString());
        Check(dest.Slice(0, 10).SequenceEqual("opqrstuvwx"), 10);
        char[] arr = new char[8];
        big.CopyTo(25, arr, 2, 4);
        Console.WriteLine(new string(arr, 2, 4));
        Check(new string(arr, 2, 4) == "zabc", 11);
        Check(big.ToString().Length == 2000 && big[1999] == (char)('a' + 1999 % 26), 12);
        big.Capacity = 2500;
        Check(big.Capacity == 2500, 13);
        try { big.Capacity = 100; Check(false, 14); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Capacity below Length"); }
        big.Length = 10;
        Check(big.ToString() == "abcdefghij", 15);
        var sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.Append(i).Append(' ');
        sb.Insert(5, "INSERTED");
        sb.Remove(600, 100);
        string s = sb.ToString();
        int sum = 0; foreach (char ch in s) sum += ch;
        Console.WriteLine(s.Length + " " + sum + " " + s.Substring(0, 30));
        var eq1 = new StringBuilder(); eq1.Append("ab"); eq1.Append(new string('c', 100));
        var eq2 = new StringBuilder(200); eq2.Append("a"); eq2.Append("b" + new string('c', 100));
        Check(eq1.Equals(eq2) || eq1.ToString() == eq2.ToString(), 16);
        Check(eq1.Equals("ab".AsSpan()) == false && new StringBuilder("ab").Equals("ab".AsSpan()), 17);
        var rm = new StringBuilder(new string('x', 1000));
        rm.Remove(0, 999);
        Check(rm.ToString() == "x" && rm.Length == 1, 18);
        return failed == 0 ? 100 : failed;
    }
}
