// Delegates over static and instance methods: Target and Method identity, invocation of
// custom delegate types with ref/out parameters and return values, delegates stored in
// fields and arrays, equality of delegates bound to the same method/target.
using System;

delegate int BinOp(int a, int b);
delegate void RefOp(ref int x, out string s);
delegate T Producer<T>();

class Acc
{
    public int Total;
    public int Add(int a, int b) { Total += a + b; return Total; }
    public string Describe() => "acc" + Total;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Mul(int a, int b) => a * b;
    static void Twice(ref int x, out string s) { x *= 2; s = "t" + x; }
    static BinOp field = Mul;

    static int Main()
    {
        BinOp m = Mul;
        Check(m(6, 7) == 42 && m.Target == null, 1);
        var acc = new Acc();
        BinOp add = acc.Add;
        add(1, 2); add(3, 4);
        Check(acc.Total == 10 && ReferenceEquals(add.Target, acc), 2);
        Check(add.Method.Name == "Add" && m.Method.Name == "Mul", 3);
        RefOp r = Twice;
        int v = 5;
        r(ref v, out var s);
        Check(v == 10 && s == "t10", 4);
        Producer<string> p = acc.Describe;
        Check(p() == "acc10", 5);
        Check(field(3, 3) == 9, 6);
        field = add;
        Check(field(0, 0) == 10, 7);
        BinOp[] ops = { Mul, acc.Add, (a, b) => a - b };
        Check(ops[0](2, 5) == 10 && ops[2](2, 5) == -3 && ops[1](1, 1) == 12, 8);
        BinOp m2 = Mul;
        Check(m.Equals(m2) && m == m2 && m.GetHashCode() == m2.GetHashCode(), 9);
        BinOp add2 = new Acc().Add;
        Check(!add.Equals(add2), 10);
        BinOp add3 = acc.Add;
        Check(add.Equals(add3), 11);
        Func<int, int, int> f = Mul;
        Check(f(4, 4) == 16, 12);
        BinOp fromFunc = new BinOp(f);
        Check(fromFunc(2, 9) == 18, 13);
        Check(m.Invoke(1, 1) == 1 && m.DynamicInvoke == null == false, 14);
        return failed == 0 ? 100 : failed;
    }
}
