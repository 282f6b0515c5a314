// AppContext and runtime information: GetData of unknown names returns null, SetData/GetData
// round trip, TryGetSwitch of an unknown switch, SetSwitch then TryGetSwitch, argument checks,
// Is64BitProcess, OSVersion.Platform, OperatingSystem checks, Environment.Version major, and
// assorted Environment properties (ProcessorCount, SystemPageSize, NewLine, WorkingSet).
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Console.WriteLine($"unknown data: {AppContext.GetData("DN.Unknown.Key") ?? "null"}");
        Check(AppContext.GetData("DN.Unknown.Key") == null, 2);
        AppContext.SetData("DN.Custom", 42);
        AppContext.SetData("DN.Text", "hello");
        Console.WriteLine($"{AppContext.GetData("DN.Custom")} {AppContext.GetData("DN.Text")} {AppContext.GetData("DN.Custom")?.GetType().Name}");
        Check((int)AppContext.GetData("DN.Custom") == 42, 3);
        bool found = AppContext.TryGetSwitch("DN.Unknown.Switch", out bool enabled);
        Console.WriteLine($"unknown switch: found={found} enabled={enabled}");
        Check(!found && !enabled, 4);
        AppContext.SetSwitch("DN.MySwitch", true);
        found = AppContext.TryGetSwitch("DN.MySwitch", out enabled);
        Console.WriteLine($"my switch: found={found} enabled={enabled}");
        Check(found && enabled, 5);
        AppContext.SetSwitch("DN.MySwitch", false);
        AppContext.TryGetSwitch("DN.MySwitch", out enabled);
        Check(!enabled, 6);
        try { AppContext.SetSwitch("", true); Check(false, 7); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        try { AppContext.GetData(null); Check(false, 8); }
        catch (ArgumentNullException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        Console.WriteLine($"64-bit: {Environment.Is64BitProcess} {Environment.Is64BitOperatingSystem} ptr {IntPtr.Size}");
        Check(Environment.Is64BitProcess && IntPtr.Size == 8, 9);
        Console.WriteLine($"platform: {Environment.OSVersion.Platform} unix? {OperatingSystem.IsLinux()} {OperatingSystem.IsWindows()}");
        Check(Environment.OSVersion.Platform == PlatformID.Unix, 10);
        Console.WriteLine($"runtime major >= 8: {Environment.Version.Major >= 8}");
        Console.WriteLine($"ProcessorCount > 0: {Environment.ProcessorCount > 0} SystemPageSize: {Environment.SystemPageSize > 0}");
        Check(Environment.ProcessorCount > 0, 11);
        Console.WriteLine($"HasShutdownStarted: {Environment.HasShutdownStarted} UserInteractive: {Environment.UserInteractive}");
        Console.WriteLine($"newline: {Environment.NewLine.Length} {(int)Environment.NewLine[0]}");
        Console.WriteLine($"workingset nonneg: {Environment.WorkingSet >= 0}");
        return failed == 0 ? 100 : failed;
    }
}
