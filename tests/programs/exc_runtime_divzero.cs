// DivideByZeroException from the runtime: int/long/uint/ulong division and remainder by
// zero, byte and short operands promoted to int, checked and unchecked contexts, decimal
// division by zero, and floating-point division by zero NOT throwing (gives infinity/NaN).
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static T Z<T>(T x) => x;
    static bool Dbz(Action a) { try { a(); return false; } catch (DivideByZeroException) { return true; } }

    static int Main()
    {
        Check(Dbz(() => { var x = Z(1) / Z(0); }), 1);
        Check(Dbz(() => { var x = Z(1) % Z(0); }), 2);
        Check(Dbz(() => { var x = Z(1L) / Z(0L); }), 3);
        Check(Dbz(() => { var x = Z(1L) % Z(0L); }), 4);
        Check(Dbz(() => { var x = Z(1u) / Z(0u); }), 5);
        Check(Dbz(() => { var x = Z(1UL) % Z(0UL); }), 6);
        Check(Dbz(() => { var x = Z((byte)1) / Z((byte)0); }), 7);
        Check(Dbz(() => { var x = Z((short)-1) % Z((short)0); }), 8);
        Check(Dbz(() => { var x = checked(Z(5) / Z(0)); }), 9);
        Check(Dbz(() => { var x = Z(1m) / Z(0m); }), 10);
        Check(Dbz(() => { var x = Z(1m) % Z(0m); }), 11);
        Check(Dbz(() => { var x = Z((nint)1) / Z((nint)0); }), 12);
        Check(!Dbz(() => { var x = Z(1.0) / Z(0.0); }), 13);
        Check(Z(1.0) / Z(0.0) == double.PositiveInfinity && double.IsNaN(Z(0.0) % Z(0.0)), 14);
        Check(Dbz(() => { var x = Z(0) / Z(0); }), 15);
        Check(Dbz(() => { var x = Math.DivRem(Z(3), Z(0), out _); }), 16);
        string msg = null;
        try { var x = Z(7) / Z(0); } catch (DivideByZeroException e) { msg = e.Message; }
        Check(msg == "Attempted to divide by zero.", 17);
        Check(new DivideByZeroException() is ArithmeticException, 18);
        return failed == 0 ? 100 : failed;
    }
}
