// Precise static constructors (types with an explicit static constructor, no beforefieldinit):
// the cctor runs exactly at the first access to a static field, the first static method call
// or the first instance creation, never earlier; observed through a static log array.
using System;
using System.Runtime.CompilerServices;

static class Log
{
    public static int[] Entries = new int[32];
    public static int Count;
    public static void Add(int v) => Entries[Count++] = v;
    public static string Text() { var s = ""; for (int i = 0; i < Count; i++) s += Entries[i] + ","; return s; }
}

class OnField { public static int X = 5; static OnField() { Log.Add(1); } }
class OnMethod { static OnMethod() { Log.Add(2); } public static int M() { Log.Add(20); return 1; } }
class OnNew { static OnNew() { Log.Add(3); } public OnNew() { Log.Add(30); } }
class OnWrite { public static int Y; static OnWrite() { Log.Add(4); Y = 100; } }
class Chained { public static int Z = OnField.X * 2; static Chained() { Log.Add(5); } }
class Parent { static Parent() { Log.Add(6); } public static int P = 1; }
class Child : Parent { static Child() { Log.Add(7); } public static int C = 2; public Child() { } }
struct SVal { public static int S; static SVal() { Log.Add(8); S = 8; } public int I; }
class Never { static Never() { Log.Add(99); } public static int N; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int ReadField() => OnField.X;
    static bool flag;

    static int Main()
    {
        Check(Log.Count == 0, 1);
        Log.Add(0);
        Check(ReadField() == 5 && Log.Text() == "0,1,", 2);
        ReadField();
        Check(Log.Count == 2, 3);
        OnMethod.M();
        Check(Log.Text() == "0,1,2,20,", 4);
        new OnNew(); new OnNew();
        Check(Log.Text() == "0,1,2,20,3,30,30,", 5);
        OnWrite.Y += 1;
        Check(OnWrite.Y == 101 && Log.Entries[7] == 4, 6);
        Log.Count = 0;
        Check(Chained.Z == 10 && Log.Text() == "5,", 7);
        Log.Count = 0;
        int c = Child.C;
        Check(c == 2 && Log.Text() == "7,", 8); // accessing Child's static does not run Parent's cctor
        new Child();
        Check(Log.Text() == "7,6,", 9);         // creating an instance runs the base cctor via the base ctor
        Log.Count = 0;
        var sv = new SVal();
        Check(Log.Count == 0 && sv.I == 0, 10); // struct default construction does not trigger the cctor
        Check(SVal.S == 8 && Log.Text() == "8,", 11);
        if (flag) Never.N = 1;
        Check(Log.Count == 1, 12);
        return failed == 0 ? 100 : failed;
    }
}
