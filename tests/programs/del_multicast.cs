// Multicast delegates: += and -= (Delegate.Combine/Remove), invocation order, the return value
// of the last delegate, removing the last occurrence of a duplicate, removing a sub-list,
// removing everything (null), GetInvocationList count and order, exceptions stopping the chain.
using System;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string log = "";
    static void A() => log += "a";
    static void B() => log += "b";
    static void C() => log += "c";
    static int One() { log += "1"; return 1; }
    static int Two() { log += "2"; return 2; }
    static void Boom() { log += "!"; throw new InvalidOperationException(); }

    static int Main()
    {
        Action act = A;
        act += B;
        act += C;
        log = "";
        act();
        Check(log == "abc", 1);
        Check(act.GetInvocationList().Length == 3, 2);
        act -= B;
        log = "";
        act();
        Check(log == "ac", 3);
        act += A;
        log = "";
        act();
        Check(log == "aca", 4);
        act -= A;
        log = "";
        act();
        Check(log == "ac", 5);
        Action ab = A; ab += B;
        Action abc = ab + C;
        Action rem = abc - ab;
        log = "";
        rem();
        Check(log == "c", 6);
        Action notContiguous = (Action)A + C;
        Action unchanged = abc - notContiguous;
        Check(unchanged.GetInvocationList().Length == 3, 7);
        act -= A; act -= C;
        Check(act == null, 8);
        Func<int> f = One;
        f += Two;
        log = "";
        Check(f() == 2 && log == "12", 9);
        var list = f.GetInvocationList();
        Check(((Func<int>)list[0])() == 1 && ((Func<int>)list[1])() == 2, 10);
        Action chain = A;
        chain += Boom;
        chain += C;
        log = "";
        try { chain(); Check(false, 11); } catch (InvalidOperationException) { }
        Check(log == "a!", 12);
        Action nothing = null;
        nothing += A;
        log = "";
        nothing?.Invoke();
        Check(log == "a", 13);
        Action empty = null;
        empty?.Invoke();
        int count = 0;
        Action many = null;
        for (int i = 0; i < 50; i++) many += () => count++;
        many();
        Check(count == 50 && many.GetInvocationList().Length == 50, 14);
        Action combined = (Action)Delegate.Combine(new Action[] { A, B, A });
        log = "";
        combined();
        Check(log == "aba", 15);
        Action removedAll = (Action)Delegate.RemoveAll(combined, (Action)A);
        log = "";
        removedAll();
        Check(log == "b", 16);
        return failed == 0 ? 100 : failed;
    }
}
