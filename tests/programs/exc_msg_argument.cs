// Argument exception messages from framework helpers: ArgumentNullException.ThrowIfNull,
// ArgumentException.ThrowIfNullOrEmpty/WhiteSpace, ArgumentOutOfRangeException.ThrowIfNegative/
// Zero/GreaterThan/LessThan/Equal, with ParamName and ActualValue, plus framework-raised ones.
using System;
using System.Collections.Generic;
using System.Text;

static class Program
{
    static int count;
    static void T(string what, Action a)
    {
        try { a(); Console.WriteLine($"{what}: no exception"); }
        catch (ArgumentException e)
        {
            count++;
            string actual = e is ArgumentOutOfRangeException aoor ? " actual=" + (aoor.ActualValue ?? "null") : "";
            Console.WriteLine($"{what}: {e.GetType().FullName} param={e.ParamName ?? "null"}{actual}");
            Console.WriteLine("  " + e.Message);
        }
    }

    static int Main()
    {
        string nothing = null;
        int negative = -3, zero = 0, big = 50;
        T("ThrowIfNull", () => ArgumentNullException.ThrowIfNull(nothing));
        T("ThrowIfNullOrEmpty null", () => ArgumentException.ThrowIfNullOrEmpty(nothing));
        T("ThrowIfNullOrEmpty empty", () => ArgumentException.ThrowIfNullOrEmpty(""));
        T("ThrowIfNullOrWhiteSpace", () => ArgumentException.ThrowIfNullOrWhiteSpace("  \t"));
        T("ThrowIfNegative", () => ArgumentOutOfRangeException.ThrowIfNegative(negative));
        T("ThrowIfNegativeOrZero", () => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(zero));
        T("ThrowIfZero", () => ArgumentOutOfRangeException.ThrowIfZero(zero));
        T("ThrowIfGreaterThan", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(big, 10));
        T("ThrowIfGreaterThanOrEqual", () => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(big, 50));
        T("ThrowIfLessThan", () => ArgumentOutOfRangeException.ThrowIfLessThan(negative, 0));
        T("ThrowIfEqual", () => ArgumentOutOfRangeException.ThrowIfEqual(big, 50));
        T("ThrowIfNotEqual", () => ArgumentOutOfRangeException.ThrowIfNotEqual(big, 51));
        T("ThrowIfNegative double", () => ArgumentOutOfRangeException.ThrowIfNegative(-1.5));
        T("new ArgumentException", () => throw new ArgumentException("custom text", "myParam"));
        T("new ArgumentNullException", () => throw new ArgumentNullException("p"));
        T("new ArgumentNullException msg", () => throw new ArgumentNullException("p", "explained"));
        T("new AOORE", () => throw new ArgumentOutOfRangeException("idx", 99, "too big"));
        T("string.Substring", () => "abc".Substring(5));
        T("string.Substring len", () => "abc".Substring(1, 5));
        T("string.Insert null", () => "abc".Insert(0, null));
        T("string.PadLeft", () => "abc".PadLeft(-1));
        T("new string count", () => new string('x', -2));
        T("StringBuilder.Remove", () => new StringBuilder("abc").Remove(2, 5));
        T("List ctor capacity", () => new List<int>(-1));
        T("List.GetRange", () => new List<int> { 1, 2 }.GetRange(1, 5));
        T("List.RemoveRange", () => new List<int> { 1, 2 }.RemoveRange(-1, 1));
        T("List.Insert", () => new List<int>().Insert(3, 1));
        T("Array.Copy", () => Array.Copy(new int[2], new int[2], 3));
        T("Dictionary null key", () => new Dictionary<string, int>().Add(null, 1));
        T("Dictionary dup key", () => new Dictionary<string, int> { ["k"] = 1 }.Add("k", 2));
        T("Enum.Parse", () => Enum.Parse<DayOfWeek>("Funday"));
        T("Convert.ToInt32 base", () => Convert.ToInt32("10", 7));
        T("Math.Round digits", () => Math.Round(1.5, 20));
        T("Encoding.GetEncoding", () => Encoding.GetEncoding("no-such-encoding"));
        T("char.ConvertFromUtf32", () => char.ConvertFromUtf32(0xD800));
        T("Span slice", () => new int[3].AsSpan().Slice(2, 5).ToArray());
        T("Random.Next", () => new Random(1).Next(5, 2));
        Console.WriteLine($"caught {count}");
        return count == 37 ? 100 : 1;
    }
}
