// StringBuilder: Append of strings/chars/numbers, AppendLine-free building, Insert, Remove,
// Replace, indexer get/set, Length truncation and extension, Clear and reuse, capacity growth
// over many appends, and equality of the resulting string.
using System;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append('d').Append(12).Append(-3L).Append(true);
        Check(sb.ToString() == "abcd12-3True" && sb.Length == 12, 1);
        sb.Insert(0, "<").Append('>');
        Check(sb.ToString() == "<abcd12-3True>", 2);
        sb.Remove(1, 4);
        Check(sb.ToString() == "<12-3True>", 3);
        sb.Replace("True", "T");
        Check(sb.ToString() == "<12-3T>", 4);
        sb[0] = '[';
        Check(sb[0] == '[' && sb[sb.Length - 1] == '>', 5);
        sb.Length = 3;
        Check(sb.ToString() == "[12", 6);
        sb.Length = 5;
        Check(sb.ToString() == "[12\0\0", 7);
        sb.Clear();
        Check(sb.Length == 0 && sb.ToString() == "", 8);
        for (int i = 0; i < 10000; i++) sb.Append((char)('a' + i % 26));
        Check(sb.Length == 10000 && sb[9999] == (char)('a' + 9999 % 26), 9);
        var s = sb.ToString();
        int zs = 0;
        foreach (var c in s) if (c == 'z') zs++;
        Check(zs == 384, 10);
        var sb2 = new StringBuilder("x", 2);
        sb2.Append('y', 5);
        Check(sb2.ToString() == "xyyyyy", 11);
        sb2.AppendJoin(",", new[] { 1, 2 });
        Check(sb2.ToString() == "xyyyyy1,2", 12);
        var sb3 = new StringBuilder();
        sb3.Append("a").Append((string)null).Append((object)null).Append(1.5);
        Check(sb3.ToString() == "a1.5", 13);
        Check(new StringBuilder("abc").Equals(new StringBuilder("abc")), 14);
        var rev = new StringBuilder();
        string src = "stressed";
        for (int i = src.Length - 1; i >= 0; i--) rev.Append(src[i]);
        Check(rev.ToString() == "desserts", 15);
        sb.Clear().Append("reuse");
        Check(sb.ToString() == "reuse", 16);
        return failed == 0 ? 100 : failed;
    }
}
