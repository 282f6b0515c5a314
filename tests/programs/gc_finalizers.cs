// Finalizers: objects with finalizers allocated in bulk and dropped; after GC.Collect and
// GC.WaitForPendingFinalizers at least one finalizer must have run (tolerant of a
// conservative collector). Objects still referenced are never finalized, and
// GC.SuppressFinalize prevents finalization.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Tracked
{
    public static int Finalized;
    public static int LiveFinalized;
    public bool Live;
    public byte[] Payload = new byte[64];
    ~Tracked() { Interlocked.Increment(ref Finalized); if (Live) Interlocked.Increment(ref LiveFinalized); }
}

class Suppressed
{
    public static int Finalized;
    public Suppressed() => GC.SuppressFinalize(this);
    ~Suppressed() => Interlocked.Increment(ref Finalized);
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static Tracked[] keep = new Tracked[100];

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage(int n)
    {
        for (int i = 0; i < n; i++) { var t = new Tracked(); t.Payload[0] = (byte)i; }
        for (int i = 0; i < n; i++) new Suppressed();
    }

    static int Main()
    {
        for (int i = 0; i < keep.Length; i++) keep[i] = new Tracked { Live = true };
        for (int round = 0; round < 10; round++)
        {
            MakeGarbage(10_000);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Check(Tracked.Finalized >= 1, 1);
        Check(Tracked.LiveFinalized == 0, 2);
        Check(Suppressed.Finalized == 0, 3);
        int alive = 0;
        foreach (var t in keep) if (t.Live && t.Payload.Length == 64) alive++;
        Check(alive == 100, 4);
        GC.KeepAlive(keep);
        return failed == 0 ? 100 : failed;
    }
}
