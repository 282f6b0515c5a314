// List patterns: exact length matches, prefix/suffix with slices (..), slice captures on
// arrays, spans and strings, nested list patterns, and list patterns with relational parts.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string Shape(int[] a) => a switch
    {
        [] => "empty",
        [var x] => "one:" + x,
        [1, 2] => "one-two",
        [0, ..] => "starts0",
        [.., 9] => "ends9",
        [var f, .. var mid, var l] when mid.Length > 2 => $"long:{f}:{mid.Length}:{l}",
        [_, _, ..] => "many"
    };
    static int SumSpan(ReadOnlySpan<int> s) => s switch
    {
        [] => 0,
        [var h, .. var t] => h + SumSpan(t)
    };
    static bool IsCommand(string s) => s is ['/', .. var rest] && rest.Length > 0;
    static string Nested(int[][] m) => m switch
    {
        [[1, ..], [.., 2]] => "match",
        [[], ..] => "first-empty",
        _ => "no"
    };

    static int Main()
    {
        Check(Shape(new int[0]) == "empty" && Shape(new[] { 5 }) == "one:5" && Shape(new[] { 1, 2 }) == "one-two", 1);
        Check(Shape(new[] { 0, 5, 6 }) == "starts0" && Shape(new[] { 4, 9 }) == "ends9", 2);
        Check(Shape(new[] { 1, 2, 3, 4, 5 }) == "long:1:3:5" && Shape(new[] { 3, 4, 5 }) == "many", 3);
        Check(SumSpan(new[] { 1, 2, 3, 4 }) == 10, 4);
        Check(IsCommand("/help") && !IsCommand("/") && !IsCommand("help"), 5);
        Check(Nested(new[] { new[] { 1, 5 }, new[] { 7, 2 } }) == "match" && Nested(new[] { new int[0] }) == "first-empty", 6);
        var list = new List<string> { "a", "b", "c" };
        Check(list is ["a", .., "c"] && list is [_, "b", _] && list is not [_, _], 7);
        int[] nums = { 5, 10, 15 };
        Check(nums is [> 0, >= 10 and <= 10, < 20], 8);
        if (nums is [var first, .. var others]) Check(first == 5 && others.Length == 2 && others[1] == 15, 9);
        else Check(false, 10);
        string word = "hello";
        Check(word is [.., 'l', 'o'] && word is ['h', ..], 11);
        return failed == 0 ? 100 : failed;
    }
}
