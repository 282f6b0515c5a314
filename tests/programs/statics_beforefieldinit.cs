// beforefieldinit types (static field initializers, no explicit cctor): the initializer runs
// before the first static field access (possibly earlier), values are consistent, static
// readonly arrays and objects, and static fields used from instance methods.
using System;

static class Log { public static string Text = ""; }

class Config
{
    public static readonly int Size = Compute(4);
    public static readonly int[] Table = MakeTable(Size);
    public static string Name = "cfg" + Size;
    static int Compute(int x) { Log.Text += "c"; return x * x; }
    static int[] MakeTable(int n) { var t = new int[n]; for (int i = 0; i < n; i++) t[i] = i * i; return t; }
    public int Lookup(int i) => Table[i % Size];
}

class Lazy
{
    public static readonly object Instance = new object();
    public static int Uses;
}

static class Constants
{
    public const int K = 42;
    public static readonly double Pi2 = Math.PI * 2;
    public static readonly string[] Words = { "a", "bb", "ccc" };
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int counter = 10;
    static readonly DateTime epoch = new DateTime(2000, 1, 1);

    static int Main()
    {
        Check(Config.Size == 16, 1);
        Check(Log.Text == "c", 2);
        Check(Config.Table.Length == 16 && Config.Table[15] == 225, 3);
        Check(Config.Name == "cfg16", 4);
        var cfg = new Config();
        Check(cfg.Lookup(17) == 1 && cfg.Lookup(3) == 9, 5);
        Check(Log.Text == "c", 6);
        var a = Lazy.Instance;
        Lazy.Uses++;
        Check(ReferenceEquals(a, Lazy.Instance) && Lazy.Uses == 1, 7);
        Check(Constants.K == 42 && Math.Abs(Constants.Pi2 - 6.283185307179586) < 1e-15, 8);
        int len = 0;
        foreach (var w in Constants.Words) len += w.Length;
        Check(len == 6, 9);
        counter += 5;
        Check(counter == 15, 10);
        Check(epoch.Year == 2000 && epoch.Month == 1, 11);
        Config.Name = "changed";
        Check(Config.Name == "changed", 12);
        return failed == 0 ? 100 : failed;
    }
}
