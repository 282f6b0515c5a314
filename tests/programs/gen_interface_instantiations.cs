// One class implementing several instantiations of the same generic interface (IHandler<int>,
// IHandler<string>, IConverter<int,string> and <string,int>): dispatch picks the right
// implementation, through generics and through object casts, plus explicit implementations
// and a generic class implementing IHandler<T> and IHandler<int> (overlap when T = int).
using System;
using System.Collections.Generic;

interface IHandler<T> { string Handle(T value); }
interface IConverter<A, B> { B Convert(A a); }

class Multi : IHandler<int>, IHandler<string>, IConverter<int, string>, IConverter<string, int>
{
    public string Handle(int v) => "int" + v;
    public string Handle(string v) => "str" + v;
    string IConverter<int, string>.Convert(int a) => a.ToString();
    int IConverter<string, int>.Convert(string a) => a.Length;
}

class Gen<T> : IHandler<T>, IHandler<List<T>>
{
    public string Handle(T v) => "T:" + typeof(T).Name;
    public string Handle(List<T> v) => "list:" + v.Count;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Call<T>(object o, T v) => ((IHandler<T>)o).Handle(v);

    static int Main()
    {
        var m = new Multi();
        IHandler<int> hi = m;
        IHandler<string> hs = m;
        Check(hi.Handle(3) == "int3" && hs.Handle("x") == "strx", 1);
        Check(Call(m, 5) == "int5" && Call(m, "y") == "stry", 2);
        Check(((IConverter<int, string>)m).Convert(42) == "42" && ((IConverter<string, int>)m).Convert("four") == 4, 3);
        object o = m;
        Check(o is IHandler<int> && o is IHandler<string> && !(o is IHandler<long>), 4);
        var g = new Gen<double>();
        Check(Call(g, 1.5) == "T:Double" && Call(g, new List<double> { 1, 2 }) == "list:2", 5);
        var gi = new Gen<int>();
        Check(((IHandler<int>)gi).Handle(1) == "T:Int32", 6);
        var handlers = new List<IHandler<int>> { m, gi };
        string all = "";
        foreach (var h in handlers) all += h.Handle(7) + ";";
        Check(all == "int7;T:Int32;", 7);
        return failed == 0 ? 100 : failed;
    }
}
