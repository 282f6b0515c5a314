// using/IDisposable patterns: using statements and declarations (reverse disposal order), nested
// usings, Dispose on exceptions, using with null resources, ref struct Dispose pattern (duck typed),
// idempotent Dispose, try/finally equivalence, and disposal of enumerators in foreach with break.
using System;
using System.Collections;
using System.Collections.Generic;

sealed class Res : IDisposable
{
    public static readonly List<string> Log = new();
    readonly string name; bool disposed;
    public Res(string n) { name = n; Log.Add("open " + n); }
    public void Use() { if (disposed) throw new ObjectDisposedException(name); Log.Add("use " + name); }
    public void Dispose() { if (disposed) { Log.Add("again " + name); return; } disposed = true; Log.Add("close " + name); }
}

ref struct RefRes
{
    public string Name;
    public void Dispose() => Res.Log.Add("ref dispose " + Name);
}

struct ValRes : IDisposable
{
    public int Id;
    public void Dispose() => Res.Log.Add("val dispose " + Id);
}

sealed class Counting : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator() { try { for (int i = 0; ; i++) yield return i; } finally { Res.Log.Add("enumerator finally"); } }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

static class Program
{
    static void Declarations()
    {
        using var a = new Res("a");
        using var b = new Res("b");
        a.Use(); b.Use();
    }

    static int Main()
    {
        Declarations();
        using (var x = new Res("x"))
        using (var y = new Res("y"))
        {
            x.Use(); y.Use();
        }
        try
        {
            using (var z = new Res("z")) { z.Use(); throw new InvalidOperationException("boom"); }
        }
        catch (InvalidOperationException e) { Res.Log.Add("caught " + e.Message); }
        using (Res n = null) { Res.Log.Add("null resource body"); }
        using (var r = new RefRes { Name = "rs" }) { Res.Log.Add("ref body"); }
        using (var v = new ValRes { Id = 7 }) { Res.Log.Add("val body"); }
        var twice = new Res("t");
        twice.Dispose(); twice.Dispose();
        try { twice.Use(); } catch (ObjectDisposedException e) { Res.Log.Add("ODE " + e.ObjectName); }
        foreach (var i in new Counting()) { if (i == 2) break; Res.Log.Add("item " + i); }
        IDisposable boxed = new ValRes { Id = 9 };
        using (boxed) { Res.Log.Add("boxed body"); }
        var multi = new Res("m1");
        using (multi) using (new Res("m2")) { Res.Log.Add("anonymous using"); }
        foreach (var line in Res.Log) Console.WriteLine(line);
        string joined = string.Join(",", Res.Log);
        bool ok = joined.StartsWith("open a,open b,use a,use b,close b,close a,open x,open y,use x,use y,close y,close x,open z,use z,close z,caught boom")
            && joined.Contains("null resource body,ref body,ref dispose rs,val body,val dispose 7")
            && joined.Contains("close t,again t,ODE t,item 0,item 1,enumerator finally,boxed body,val dispose 9")
            && joined.EndsWith("anonymous using,close m2,close m1");
        return ok ? 100 : 1;
    }
}
