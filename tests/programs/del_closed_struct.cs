// Delegates closed over value types: a delegate to a struct instance method captures a boxed
// copy (later changes to the original are not seen; changes made through the delegate are
// not visible in the original), lambdas capturing struct locals by reference (closure class),
// and generic struct methods as delegates.
using System;

struct Counter
{
    public int N;
    public int Next() => ++N;
    public int Peek() => N;
    public T Echo<T>(T x) => x;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var c = new Counter { N = 10 };
        Func<int> next = c.Next;
        Check(next() == 11 && next() == 12, 1);
        Check(c.N == 10, 2);
        c.N = 100;
        Check(next() == 13, 3);
        Func<int> peek = c.Peek;
        c.N = 200;
        Check(peek() == 100, 4);
        Check(next.Target is Counter boxed && boxed.N == 13, 5);
        Func<string, string> echo = c.Echo<string>;
        Check(echo("e") == "e", 6);
        var local = new Counter();
        Func<int> viaLambda = () => local.Next();
        viaLambda(); viaLambda();
        Check(local.N == 2, 7);
        local.N = 50;
        Check(viaLambda() == 51, 8);
        int x = 1;
        Func<int> readX = () => x;
        x = 42;
        Check(readX() == 42, 9);
        DateTime d = new DateTime(2020, 5, 17);
        Func<int> day = () => d.Day;
        Func<string> dstr = d.DayOfWeek.ToString;
        Check(day() == 17 && dstr() == "Sunday", 10);
        int val = 7;
        Func<string> ts = val.ToString;
        val = 8;
        Check(ts() == "7", 11);
        return failed == 0 ? 100 : failed;
    }
}
