// GC.KeepAlive and WeakReference: a strongly held target stays alive across collections and
// its weak reference keeps returning it, WeakReference<T>.TryGetTarget, SetTarget, a weak
// reference to a value kept alive by GC.KeepAlive at the end of a method, and GCHandle
// (Normal) keeping an object reachable.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Payload { public int Id; public int[] Data = new int[100]; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Churn() { for (int i = 0; i < 20000; i++) { var x = new int[16]; x[0] = i; } }

    static int Main()
    {
        var strong = new Payload { Id = 7 };
        var weak = new WeakReference(strong);
        var weakT = new WeakReference<Payload>(strong);
        for (int i = 0; i < 5; i++) { Churn(); GC.Collect(); }
        Check(weak.IsAlive && ReferenceEquals(weak.Target, strong), 1);
        Check(weakT.TryGetTarget(out var got) && got.Id == 7, 2);
        var other = new Payload { Id = 8 };
        weakT.SetTarget(other);
        Check(weakT.TryGetTarget(out got) && got.Id == 8, 3);
        GC.KeepAlive(strong);
        var local = new Payload { Id = 9 };
        var wl = new WeakReference<Payload>(local);
        Churn();
        GC.Collect();
        Check(wl.TryGetTarget(out var l2) && l2.Id == 9, 4);
        GC.KeepAlive(local);
        var pinnedTarget = new Payload { Id = 10 };
        var handle = GCHandle.Alloc(pinnedTarget, GCHandleType.Normal);
        var wh = new WeakReference(pinnedTarget);
        pinnedTarget = null;
        Churn();
        GC.Collect();
        Check(handle.IsAllocated && ((Payload)handle.Target).Id == 10 && wh.IsAlive, 5);
        handle.Free();
        Check(!handle.IsAllocated, 6);
        var wnull = new WeakReference(null);
        Check(!wnull.IsAlive && wnull.Target == null, 7);
        GC.KeepAlive(other);
        return failed == 0 ? 100 : failed;
    }
}
