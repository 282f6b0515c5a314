// Static fields and class constructors: precise (explicit static constructor) and
// beforefieldinit initialization, the order of initialization, a static constructor reading
// another class's statics, static readonly fields, statics of structs and generic types, a
// failing class constructor (TypeInitializationException, cached), and thread-safe lazies.
using System;

static class Log
{
    public static string Text = "";
    public static void Add(string s) => Text += s;
}

class Precise
{
    public static int Value;
    static Precise() { Log.Add("P"); Value = 42; }
    public static int Get() => Value;
}

class BeforeFieldInit
{
    public static int Value = Compute();
    static int Compute() { Log.Add("B"); return 7; }
}

class DependsOn
{
    public static readonly int Twice = Precise.Value * 2;
}

struct WithStatics
{
    public static int Count;
    static WithStatics() { Count = 5; }
    public int Instance;
}

class Generic<T>
{
    public static int Created;
    public static readonly string Name;
    static Generic() { Name = typeof(T) == typeof(int) ? "int" : "other"; Created++; }
}

class Failing
{
    public static int Value = Fail();
    static int Fail() => throw new InvalidOperationException("boom");
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static readonly int[] Table = { 1, 2, 3 };
    static int counter;

    static int Main()
    {
        Check(Log.Text == "", 1);
        Check(Precise.Get() == 42 && Log.Text == "P", 2);
        Check(Precise.Value == 42, 3);
        Check(BeforeFieldInit.Value == 7 && Log.Text.Contains('B'), 4);
        Check(DependsOn.Twice == 84, 5);
        Check(WithStatics.Count == 5, 6);
        var w = new WithStatics();
        Check(w.Instance == 0, 7);
        Check(Generic<int>.Name == "int" && Generic<string>.Name == "other", 8);
        Check(Generic<int>.Created == 1 && Generic<string>.Created == 1, 9);
        Check(Table.Length == 3 && Table[2] == 3, 10);
        counter++;
        counter += 2;
        Check(counter == 3, 11);

        int failures = 0;
        for (int i = 0; i < 2; i++)
        {
            try { Check(Failing.Value == 0, 12); }
            catch (TypeInitializationException e)
            {
                failures++;
                Check(e.InnerException is InvalidOperationException inner && inner.Message == "boom", 13);
            }
        }
        Check(failures == 2, 14);
        return failed == 0 ? 100 : failed;
    }
}
