// OverflowException from the runtime: checked conversions (conv.ovf.*) from every width
// including unsigned sources, checked arithmetic in expressions and loops, array creation with
// a negative size, Math.Abs(MinValue), and the exception message.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;
    static bool Ovf(Action a) { try { a(); return false; } catch (OverflowException) { return true; } }

    static int Main()
    {
        Check(Ovf(() => { var x = checked((byte)V(256)); }), 1);
        Check(!Ovf(() => { var x = checked((byte)V(255)); }), 2);
        Check(Ovf(() => { var x = checked((sbyte)V(128)); }) && Ovf(() => { var x = checked((sbyte)V(-129)); }), 3);
        Check(Ovf(() => { var x = checked((short)V(40000L)); }), 4);
        Check(Ovf(() => { var x = checked((ushort)V(-1)); }), 5);
        Check(Ovf(() => { var x = checked((int)V(uint.MaxValue)); }), 6);
        Check(Ovf(() => { var x = checked((uint)V(-1L)); }), 7);
        Check(Ovf(() => { var x = checked((long)V(ulong.MaxValue)); }), 8);
        Check(Ovf(() => { var x = checked((ulong)V(long.MinValue)); }), 9);
        Check(Ovf(() => { var x = checked((char)V(-1)); }) && !Ovf(() => { var x = checked((char)V(65535)); }), 10);
        Check(Ovf(() => { var x = checked((byte)V((sbyte)-1)); }), 11);
        Check(Ovf(() => { var x = checked((int)V(3e9)); }), 12);
        Check(Ovf(() => { var x = checked((ulong)V(-1.5)); }), 13);
        Check(Ovf(() => { var x = checked((nuint)V((nint)(-1))); }), 14);
        Check(Ovf(() => { var a = new int[V(-1)]; }), 15);
        Check(Ovf(() => Math.Abs(V(long.MinValue))), 16);
        Check(Ovf(() => { int f = 1; checked { for (int i = 1; i < 20; i++) f *= i; } }), 17);
        Check(Ovf(() => { var x = checked((int)V(2147483648m)); }), 18);
        string msg = null;
        try { var x = checked(V(int.MaxValue) + 1); } catch (OverflowException e) { msg = e.Message; }
        Check(msg == "Arithmetic operation resulted in an overflow.", 19);
        return failed == 0 ? 100 : failed;
    }
}
