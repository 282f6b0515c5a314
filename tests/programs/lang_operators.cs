// User-defined operators and conversions: arithmetic, comparison, equality pairs, unary
// operators (++, --, -, !, ~, true/false), implicit and explicit conversions (including
// through generics and nullable lifting), checked user operators, and compound assignment.
using System;

readonly struct Frac
{
    public readonly long N, D;
    public Frac(long n, long d) { long g = Gcd(Math.Abs(n), Math.Abs(d)); if (d < 0) { n = -n; d = -d; } N = n / g; D = d / g; }
    static long Gcd(long a, long b) => b == 0 ? (a == 0 ? 1 : a) : Gcd(b, a % b);
    public static Frac operator +(Frac a, Frac b) => new Frac(a.N * b.D + b.N * a.D, a.D * b.D);
    public static Frac operator -(Frac a, Frac b) => new Frac(a.N * b.D - b.N * a.D, a.D * b.D);
    public static Frac operator *(Frac a, Frac b) => new Frac(a.N * b.N, a.D * b.D);
    public static Frac operator /(Frac a, Frac b) => new Frac(a.N * b.D, a.D * b.N);
    public static Frac operator -(Frac a) => new Frac(-a.N, a.D);
    public static Frac operator ++(Frac a) => new Frac(a.N + a.D, a.D);
    public static bool operator ==(Frac a, Frac b) => a.N == b.N && a.D == b.D;
    public static bool operator !=(Frac a, Frac b) => !(a == b);
    public static bool operator <(Frac a, Frac b) => a.N * b.D < b.N * a.D;
    public static bool operator >(Frac a, Frac b) => b < a;
    public static implicit operator Frac(long v) => new Frac(v, 1);
    public static explicit operator double(Frac f) => (double)f.N / f.D;
    public override bool Equals(object o) => o is Frac f && f == this;
    public override int GetHashCode() => HashCode.Combine(N, D);
}

struct Tri
{
    public int V;
    public static bool operator true(Tri t) => t.V > 0;
    public static bool operator false(Tri t) => t.V < 0;
    public static Tri operator &(Tri a, Tri b) => new Tri { V = Math.Min(a.V, b.V) };
    public static Tri operator |(Tri a, Tri b) => new Tri { V = Math.Max(a.V, b.V) };
    public static Tri operator !(Tri a) => new Tri { V = -a.V };
    public static Tri operator ~(Tri a) => new Tri { V = 0 };
}

struct Meters
{
    public int V;
    public static Meters operator +(Meters a, Meters b) => new Meters { V = a.V + b.V };
    public static Meters operator checked +(Meters a, Meters b) => new Meters { V = checked(a.V + b.V) };
    public static explicit operator Meters(int v) => new Meters { V = v };
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var half = new Frac(1, 2);
        var third = new Frac(1, 3);
        Check(half + third == new Frac(5, 6) && half - third == new Frac(1, 6), 1);
        Check(half * third == new Frac(1, 6) && half / third == new Frac(3, 2), 2);
        Check(-half == new Frac(-1, 2) && new Frac(2, -4) == -half, 3);
        var f = half;
        f++;
        Check(f == new Frac(3, 2), 4);
        Frac two = 2L;
        Check(two + half == new Frac(5, 2) && (double)(two + half) == 2.5, 5);
        Check(third < half && half > third && !(half < half), 6);
        Frac acc = 0L;
        for (int i = 1; i <= 10; i++) acc += new Frac(1, i * (i + 1));
        Check(acc == new Frac(10, 11), 7);
        Frac? maybe = half;
        Frac? none = null;
        Check((maybe + third) == new Frac(5, 6) && (none + third) == null, 8);
        var pos = new Tri { V = 1 }; var neg = new Tri { V = -1 };
        Check((pos && neg).V == -1 && (pos || neg).V == 1 && (!pos).V == -1 && (~pos).V == 0, 9);
        string r = pos ? "t" : "f";
        Check(r == "t", 10);
        var m = (Meters)int.MaxValue;
        var wrapped = unchecked(m + (Meters)1);
        Check(wrapped.V == int.MinValue, 11);
        bool threw = false;
        try { var c = checked(m + (Meters)1); } catch (OverflowException) { threw = true; }
        Check(threw, 12);
        return failed == 0 ? 100 : failed;
    }
}
