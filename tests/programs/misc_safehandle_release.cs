// SafeHandle subclasses: ReleaseHandle called exactly once on Dispose, IsInvalid/IsClosed states,
// DangerousAddRef/DangerousRelease delaying release, SetHandleAsInvalid, GC.SuppressFinalize in a
// disposable wrapper with a finalizer, and CriticalFinalizerObject-style ownsHandle=false handles.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

sealed class FakeHandle : SafeHandle
{
    public static readonly List<string> Log = new();
    public FakeHandle(IntPtr value, bool owns = true) : base(IntPtr.Zero, owns) { SetHandle(value); }
    public override bool IsInvalid => handle == IntPtr.Zero || handle == new IntPtr(-1);
    protected override bool ReleaseHandle() { Log.Add("release " + handle.ToInt64()); return true; }
}

sealed class Wrapper : IDisposable
{
    readonly FakeHandle h;
    bool disposed;
    public Wrapper(long v) { h = new FakeHandle(new IntPtr(v)); }
    public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
    void Dispose(bool disposing) { if (disposed) return; disposed = true; if (disposing) h.Dispose(); FakeHandle.Log.Add("wrapper disposed " + disposing); }
    ~Wrapper() { Dispose(false); }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var h = new FakeHandle(new IntPtr(42));
        Console.WriteLine($"{h.IsInvalid} {h.IsClosed} {h.DangerousGetHandle().ToInt64()}");
        Check(!h.IsInvalid && !h.IsClosed, 1);
        h.Dispose();
        h.Dispose();
        Console.WriteLine($"{h.IsClosed} releases={FakeHandle.Log.Count}");
        Check(h.IsClosed && FakeHandle.Log.Count == 1, 2);
        var h2 = new FakeHandle(new IntPtr(7));
        bool added = false;
        h2.DangerousAddRef(ref added);
        h2.Dispose();
        Console.WriteLine($"after dispose with ref: closed={h2.IsClosed} log={FakeHandle.Log.Count}");
        Check(FakeHandle.Log.Count == 1, 3);
        h2.DangerousRelease();
        Console.WriteLine($"after release: log={string.Join(";", FakeHandle.Log)}");
        Check(FakeHandle.Log.Count == 2 && FakeHandle.Log[1] == "release 7", 4);
        var invalid = new FakeHandle(new IntPtr(-1));
        Console.WriteLine($"invalid {invalid.IsInvalid}");
        invalid.Dispose();
        Check(FakeHandle.Log.Count == 2, 5);
        var notOwned = new FakeHandle(new IntPtr(99), owns: false);
        notOwned.Dispose();
        Console.WriteLine($"not owned closed={notOwned.IsClosed} log={FakeHandle.Log.Count}");
        Check(FakeHandle.Log.Count == 2, 6);
        var marked = new FakeHandle(new IntPtr(5));
        marked.SetHandleAsInvalid();
        Console.WriteLine($"marked closed={marked.IsClosed}");
        marked.Dispose();
        Check(FakeHandle.Log.Count == 2, 7);
        using (var w = new Wrapper(11)) { }
        Console.WriteLine(string.Join(";", FakeHandle.Log));
        Check(FakeHandle.Log.Count == 4 && FakeHandle.Log[2] == "release 11" && FakeHandle.Log[3] == "wrapper disposed True", 8);
        var closed = new FakeHandle(new IntPtr(3));
        closed.Close();
        try { bool r = false; closed.DangerousAddRef(ref r); Check(false, 9); }
        catch (ObjectDisposedException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        Console.WriteLine($"final log count {FakeHandle.Log.Count}");
        Check(FakeHandle.Log.Count == 5, 10);
        return failed == 0 ? 100 : failed;
    }
}
