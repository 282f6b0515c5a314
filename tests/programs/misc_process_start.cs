// System.Diagnostics.Process without redirection: a child started through /bin/sh writes to
// the inherited stdout, WaitForExit returns once SIGCHLD reports its end, ExitCode and
// HasExited follow; a program that cannot be started raises Win32Exception with errno
// (ENOENT = 2), and a child killed by a signal reports 128 + the signal number.
using System;
using System.ComponentModel;
using System.Diagnostics;

static class Program
{
    static int Main()
    {
        var child = Process.Start(new ProcessStartInfo("sh", "-c \"echo child says hi; exit 3\"") { UseShellExecute = false });
        child.WaitForExit();
        Console.WriteLine($"exit code {child.ExitCode}, has exited {child.HasExited}");
        using (var again = Process.Start("sh", "-c \"exit 0\""))
        {
            Console.WriteLine($"waited: {again.WaitForExit(30000)}, exit code {again.ExitCode}");
        }
        var killed = Process.Start("sh", "-c \"kill -9 $$\"");
        killed.WaitForExit();
        Console.WriteLine($"killed: {killed.ExitCode}");
        try
        {
            Process.Start("/nonexistent/dotnative-program");
            Console.WriteLine("started?");
        }
        catch (Win32Exception e)
        {
            Console.WriteLine($"Win32Exception {e.NativeErrorCode}");
        }
        return 100;
    }
}
