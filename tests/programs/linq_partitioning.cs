// LINQ partitioning: Take/Skip (negative and oversize counts), Take(Range) with from-end indexes,
// TakeWhile/SkipWhile with index, TakeLast/SkipLast, Chunk (last chunk shorter), ElementAt with
// Index from end, ElementAtOrDefault, and how many source items each operator pulls.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int pulled;
    static IEnumerable<int> Src(int n) { for (int i = 1; i <= n; i++) { pulled++; yield return i; } }
    static string S(IEnumerable<int> s) => string.Join(",", s);

    static int Main()
    {
        var a = Enumerable.Range(1, 10).ToArray();
        Console.WriteLine($"{S(a.Take(3))} | {S(a.Skip(8))} | {S(a.Take(-1))} | {S(a.Skip(-5).Take(2))} | {S(a.Take(50).Skip(9))}");
        Check(S(a.Take(3)) == "1,2,3" && S(a.Take(-1)) == "" && S(a.Skip(-5).Take(2)) == "1,2", 1);
        Console.WriteLine($"{S(a.Take(2..5))} | {S(a.Take(^3..))} | {S(a.Take(..^8))} | {S(a.Take(^4..^2))}");
        Check(S(a.Take(2..5)) == "3,4,5" && S(a.Take(^3..)) == "8,9,10" && S(a.Take(^4..^2)) == "7,8", 2);
        Console.WriteLine($"{S(a.TakeWhile(x => x < 4))} | {S(a.SkipWhile(x => x < 8))} | {S(a.TakeWhile((x, i) => i < 2))} | {S(a.SkipWhile((x, i) => x + i < 10))}");
        Check(S(a.SkipWhile((x, i) => x + i < 10)) == "6,7,8,9,10", 3);
        Console.WriteLine($"{S(a.TakeLast(3))} | {S(a.SkipLast(7))} | {S(a.TakeLast(0))} | {S(a.SkipLast(20))}");
        Check(S(a.TakeLast(3)) == "8,9,10" && S(a.SkipLast(7)) == "1,2,3", 4);
        foreach (var ch in a.Chunk(4)) Console.Write("[" + S(ch) + "]");
        Console.WriteLine();
        Check(a.Chunk(4).Count() == 3 && a.Chunk(4).Last().Length == 2, 5);
        var strChunks = "abcdefg".Chunk(3).Select(c => new string(c));
        Console.WriteLine(string.Join("|", strChunks));
        try { a.Chunk(0).ToList(); Check(false, 6); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        Console.WriteLine($"{a.ElementAt(^1)} {a.ElementAt(0)} {a.ElementAtOrDefault(20)} {a.ElementAtOrDefault(^11)}");
        Check(a.ElementAt(^1) == 10 && a.ElementAtOrDefault(20) == 0, 7);
        pulled = 0; var t = Src(100).Take(3).ToList();
        Console.WriteLine($"take pulled {pulled}");
        Check(pulled == 3, 8);
        pulled = 0; var tw = Src(100).TakeWhile(x => x < 5).ToList();
        Console.WriteLine($"takewhile pulled {pulled}");
        Check(pulled == 5, 9);
        pulled = 0; var first = Src(100).Skip(10).First();
        Console.WriteLine($"skip+first pulled {pulled} value {first}");
        Check(pulled == 11 && first == 11, 10);
        pulled = 0; var tl = Src(20).TakeLast(2).ToList();
        Console.WriteLine($"takelast pulled {pulled} {S(tl)}");
        Check(pulled == 20, 11);
        pulled = 0; var ch1 = Src(100).Chunk(7).First();
        Console.WriteLine($"chunk pulled {pulled}");
        Check(pulled == 7, 12);
        pulled = 0; var ea = Src(50).ElementAt(4);
        Console.WriteLine($"elementat pulled {pulled} {ea}");
        Check(pulled == 5, 13);
        try { Src(3).ElementAt(5); Check(false, 14); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        var list = new List<int>(a);
        var skipped = list.Skip(2);
        list.RemoveAt(0);
        Console.WriteLine(S(skipped));
        Check(skipped.First() == 4, 15);
        return failed == 0 ? 100 : failed;
    }
}
