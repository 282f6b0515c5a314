// List<T> bulk operations: Sort (default, comparison, range with comparer), BinarySearch hits and
// misses (complement of insertion point), RemoveAll, FindIndex/FindLastIndex/FindAll, ConvertAll,
// GetRange, InsertRange, RemoveRange, Reverse (whole and range), CollectionsMarshal.AsSpan.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string S<T>(List<T> l) => "[" + string.Join(",", l) + "]";

    static int Main()
    {
        var l = new List<int> { 5, 3, 9, 1, 7, 3, 8 };
        l.Sort();
        Console.WriteLine(S(l));
        Check(S(l) == "[1,3,3,5,7,8,9]", 1);
        int hit = l.BinarySearch(7), miss = l.BinarySearch(6), low = l.BinarySearch(0), high = l.BinarySearch(100);
        Console.WriteLine($"{hit} {miss} {~miss} {low} {high}");
        Check(hit == 4 && ~miss == 4 && ~low == 0 && ~high == 7, 2);
        l.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(S(l));
        Check(S(l) == "[9,8,7,5,3,3,1]", 3);
        Check(l.BinarySearch(5, Comparer<int>.Create((a, b) => b.CompareTo(a))) == 3, 4);
        l.Sort(1, 4, Comparer<int>.Default);
        Console.WriteLine(S(l));
        Check(S(l) == "[9,3,5,7,8,3,1]", 5);
        int removed = l.RemoveAll(x => x % 3 == 0);
        Console.WriteLine($"removed {removed} -> {S(l)}");
        Check(removed == 3 && S(l) == "[5,7,8,1]", 6);
        var words = new List<string> { "apple", "bob", "cat", "banana", "bee", "dog" };
        int fi = words.FindIndex(w => w.StartsWith('b'));
        int fl = words.FindLastIndex(w => w.StartsWith('b'));
        int fr = words.FindIndex(2, w => w.StartsWith('b'));
        int fn = words.FindIndex(w => w.StartsWith('z'));
        Console.WriteLine($"{fi} {fl} {fr} {fn} {words.Find(w => w.Length == 3)} {words.FindLast(w => w.Length == 3)}");
        Check(fi == 1 && fl == 4 && fr == 3 && fn == -1, 7);
        var lens = words.ConvertAll(w => w.Length);
        Console.WriteLine(S(lens));
        Check(S(lens) == "[5,3,3,6,3,3]", 8);
        var all = words.FindAll(w => w.Contains('a'));
        Console.WriteLine(S(all));
        Check(all.Count == 3, 9);
        var mid = words.GetRange(1, 3);
        mid[0] = "BOB";
        Console.WriteLine(S(mid) + " " + words[1]);
        Check(words[1] == "bob" && mid.Count == 3, 10);
        words.InsertRange(2, new[] { "x", "y" });
        Console.WriteLine(S(words));
        Check(S(words) == "[apple,bob,x,y,cat,banana,bee,dog]", 11);
        words.RemoveRange(0, 2);
        words.Reverse(1, 3);
        Console.WriteLine(S(words));
        Check(S(words) == "[x,banana,cat,y,bee,dog]", 12);
        words.Reverse();
        Console.WriteLine(S(words));
        Check(words[0] == "dog" && words[5] == "x", 13);
        var nums = new List<int>();
        for (int i = 0; i < 10; i++) nums.Add(i);
        Span<int> span = CollectionsMarshal.AsSpan(nums);
        for (int i = 0; i < span.Length; i++) span[i] *= span[i];
        Console.WriteLine(S(nums) + " " + span.Length);
        Check(nums[9] == 81 && span.Length == 10, 14);
        Check(nums.TrueForAll(x => x >= 0) && nums.Exists(x => x == 49) && nums.IndexOf(16) == 4 && nums.LastIndexOf(100) == -1, 15);
        int[] dest = new int[5];
        nums.CopyTo(2, dest, 1, 3);
        Console.WriteLine(string.Join(",", dest));
        Check(dest[1] == 4 && dest[3] == 16, 16);
        var stable = new List<(int k, string v)> { (2, "a"), (1, "b"), (2, "c"), (1, "d") };
        stable.Sort((a, b) => a.k.CompareTo(b.k));
        Console.WriteLine(string.Join(" ", stable));
        Check(stable[0].k == 1 && stable[3].k == 2, 17);
        return failed == 0 ? 100 : failed;
    }
}
