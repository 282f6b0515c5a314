// Generic delegates: Func/Action of many arities, user generic delegates with constraints,
// delegates to generic methods with explicit instantiations, Predicate/Comparison/Converter,
// delegates returning delegates (currying), and composition.
using System;
using System.Collections.Generic;

delegate TOut Transformer<TIn, TOut>(TIn input) where TIn : notnull;
delegate void RefAction<T>(ref T value);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static T Id<T>(T x) => x;
    static List<T> Wrap<T>(T x) => new List<T> { x };
    static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) => x => g(f(x));

    static int Main()
    {
        Func<int, int, int, int, int, int, int, int> seven = (a, b, c, d, e, f, g) => a + b + c + d + e + f + g;
        Check(seven(1, 2, 3, 4, 5, 6, 7) == 28, 1);
        int acted = 0;
        Action<int, string, double> act3 = (i, s, d) => acted = i + s.Length + (int)d;
        act3(1, "ab", 3.9);
        Check(acted == 6, 2);
        Transformer<string, int> len = s => s.Length;
        Check(len("four") == 4, 3);
        RefAction<int> inc = (ref int v) => v++;
        int x = 1;
        inc(ref x); inc(ref x);
        Check(x == 3, 4);
        Func<string, string> ids = Id<string>;
        Func<double, List<double>> wrapD = Wrap<double>;
        Check(ids("i") == "i" && wrapD(2.5)[0] == 2.5, 5);
        Predicate<int> even = n => n % 2 == 0;
        Check(new List<int> { 1, 2, 3, 4 }.FindAll(even).Count == 2, 6);
        Comparison<string> byLen = (a, b) => a.Length.CompareTo(b.Length);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLen);
        Check(words[0] == "a" && words[2] == "ccc", 7);
        Converter<int, string> conv = n => new string('*', n);
        Check(new List<int> { 1, 3 }.ConvertAll(conv)[1] == "***", 8);
        Func<int, Func<int, Func<int, int>>> curried = a => b => c => a * 100 + b * 10 + c;
        Check(curried(1)(2)(3) == 123, 9);
        var composed = Compose<string, int, bool>(s => s.Length, n => n > 3);
        Check(composed("hello") && !composed("hi"), 10);
        var pipeline = Compose(Compose((int n) => n + 1, n => n * 2), n => "r" + n);
        Check(pipeline(4) == "r10", 11);
        Func<IEnumerable<int>, int> counter = e => { int c = 0; foreach (var _ in e) c++; return c; };
        Check(counter(new[] { 1, 2, 3 }) == 3, 12);
        return failed == 0 ? 100 : failed;
    }
}
