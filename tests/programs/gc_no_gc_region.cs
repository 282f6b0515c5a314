// GC.TryStartNoGCRegion / EndNoGCRegion and GCSettings.LatencyMode: the region starts, the
// latency mode says so, allocation works inside it, and ending it twice is an error.
using System;
using System.Runtime;

static class Program
{
    static int Main()
    {
        bool started = GC.TryStartNoGCRegion(1_000_000);
        Console.WriteLine($"started {started} mode {GCSettings.LatencyMode}");
        var data = new byte[1000];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)i;
        GC.EndNoGCRegion();
        Console.WriteLine($"mode after {GCSettings.LatencyMode == GCLatencyMode.NoGCRegion}");
        try
        {
            GC.EndNoGCRegion();
            return 1;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        return started && data[999] == unchecked((byte)999) ? 100 : 2;
    }
}
