// checked/unchecked contexts: a checked block does not extend into called methods, nested
// unchecked inside checked, constant expressions evaluated at compile time vs the same values
// at run time, checked on compound assignment and increments, and conversions inside
// checked expressions.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static int AddUnchecked(int a, int b) => a + b;

    static int Main()
    {
        int r = 0;
        checked { r = AddUnchecked(int.MaxValue, 1); }
        Check(r == int.MinValue, 1);
        bool threw = false;
        checked
        {
            try { r = I(int.MaxValue) + 1; } catch (OverflowException) { threw = true; }
            int u = unchecked(I(int.MaxValue) + 1);
            Check(u == int.MinValue, 2);
        }
        Check(threw, 3);
        const int big = int.MaxValue;
        int folded = unchecked(big + 1);
        Check(folded == I(int.MaxValue) + I(1) - 0 || folded == int.MinValue, 4);
        threw = false;
        int x = I(int.MaxValue - 2);
        try { checked { x += 5; } } catch (OverflowException) { threw = true; }
        Check(threw && x == int.MaxValue - 2, 5);
        threw = false;
        try { checked { short s = (short)I(40000); } } catch (OverflowException) { threw = true; }
        Check(threw, 6);
        short s2 = unchecked((short)I(40000));
        Check(s2 == -25536, 7);
        threw = false;
        uint ui = 0;
        try { checked { ui--; } } catch (OverflowException) { threw = true; }
        Check(threw && ui == 0, 8);
        Func<int, int> lambdaInChecked;
        checked { lambdaInChecked = v => v + 1; }
        threw = false;
        try { lambdaInChecked(int.MaxValue); } catch (OverflowException) { threw = true; }
        Check(threw, 9); // the lambda body is lexically inside the checked block
        return failed == 0 ? 100 : failed;
    }
}
