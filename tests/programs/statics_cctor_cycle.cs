// Cycles between static constructors on one thread: when A's cctor touches B and B's cctor
// touches A, the inner access sees A's statics in their not-yet-initialised state (zero),
// and each cctor runs exactly once. Also a cctor that calls a static method of its own type.
using System;

static class Log { public static string Text = ""; }

class A
{
    public static int ValueA;
    public static int SeenB;
    static A() { Log.Text += "A<"; SeenB = B.ValueB; ValueA = 1; Log.Text += ">A"; }
}

class B
{
    public static int ValueB;
    public static int SeenA;
    static B() { Log.Text += "B<"; SeenA = A.ValueA; ValueB = 2; Log.Text += ">B"; }
}

class Self
{
    public static int X;
    public static int Y;
    static Self() { X = 5; Y = Twice(); }
    static int Twice() => X * 2;
}

class P { public static int V; static P() { V = Q.W + 1; } }
class Q { public static int W; static Q() { W = R.U + 1; } }
class R { public static int U; static R() { U = P.V + 100; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int a = A.ValueA;
        Check(a == 1, 1);
        Check(Log.Text == "A<B<>B>A", 2);
        Check(B.SeenA == 0, 3);    // B's cctor ran while A's was in progress
        Check(A.SeenB == 2, 4);
        Check(B.ValueB == 2 && Log.Text == "A<B<>B>A", 5);
        Check(Self.X == 5 && Self.Y == 10, 6);
        Check(P.V == 102, 7);
        Check(Q.W == 101 && R.U == 100, 8);
        return failed == 0 ? 100 : failed;
    }
}
