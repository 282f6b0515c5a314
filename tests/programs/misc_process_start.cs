// System.Diagnostics.Process: a child started through /bin/sh writes to the inherited stdout,
// WaitForExit returns once SIGCHLD reports its end, ExitCode and HasExited follow; redirected
// stdin/stdout/stderr read and written synchronously and asynchronously (through the socket
// event engine), OutputDataReceived events; a program that cannot be started raises
// Win32Exception with errno (ENOENT = 2), and a child killed by a signal reports 128 + the
// signal number.
using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Main()
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
        var echo = Process.Start(new ProcessStartInfo("echo", "redirected output") { RedirectStandardOutput = true });
        Console.WriteLine($"sync read: [{echo.StandardOutput.ReadToEnd().Trim()}]");
        echo.WaitForExit();
        var cat = Process.Start(new ProcessStartInfo("cat") { RedirectStandardInput = true, RedirectStandardOutput = true });
        cat.StandardInput.WriteLine("first line");
        cat.StandardInput.WriteLine("second line");
        cat.StandardInput.Close();
        string text = await cat.StandardOutput.ReadToEndAsync();
        await cat.WaitForExitAsync();
        Console.WriteLine($"async read: {text.Replace("\n", "|")} exit {cat.ExitCode}");
        var both = Process.Start(new ProcessStartInfo("sh", "-c \"echo out; echo err 1>&2; exit 5\"") { RedirectStandardOutput = true, RedirectStandardError = true });
        var err = both.StandardError.ReadToEndAsync();
        var output = both.StandardOutput.ReadToEndAsync();
        await Task.WhenAll(err, output);
        both.WaitForExit();
        Console.WriteLine($"stdout [{output.Result.Trim()}] stderr [{err.Result.Trim()}] exit {both.ExitCode}");
        var lines = new System.Collections.Generic.List<string>();
        var events = new Process { StartInfo = new ProcessStartInfo("sh", "-c \"echo a; echo b; echo c\"") { RedirectStandardOutput = true } };
        events.OutputDataReceived += (_, e) => { if (e.Data != null) lock (lines) lines.Add(e.Data); };
        events.Start();
        events.BeginOutputReadLine();
        events.WaitForExit();
        Console.WriteLine("events: " + string.Join(",", lines));
        return 100;
    }
}
