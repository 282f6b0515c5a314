// System information through System.Native and the QCalls: local time zone, machine and user
// names, OS platform, process path, home directory, the environment block, a temporary file,
// the console encoding, colours on redirected output, Stopwatch, Guid and Random seeding.
using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
static class Program {
  static int Main() {
    var sw = Stopwatch.StartNew();
    Console.WriteLine($"now-utc offset ok: {Math.Abs(((DateTime.Now - DateTime.UtcNow) - TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow)).TotalSeconds) < 5}");
    Console.WriteLine($"tz id nonempty: {TimeZoneInfo.Local.Id.Length > 0}");
    Console.WriteLine($"machine: {Environment.MachineName.Length > 0} user: {Environment.UserName.Length > 0}");
    Console.WriteLine($"os: {Environment.OSVersion.Platform} 64: {Environment.Is64BitProcess}");
    Console.WriteLine($"path: {Environment.ProcessPath != null}");
    Console.WriteLine($"home: {Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).Length > 0}");
    IDictionary vars = Environment.GetEnvironmentVariables();
    Console.WriteLine($"vars has PATH: {vars.Contains("PATH")}");
    string tmp = Path.GetTempFileName();
    Console.WriteLine($"temp file exists: {File.Exists(tmp)}"); File.Delete(tmp);
    Console.WriteLine($"encoding: {Console.OutputEncoding.WebName}");
    Console.ForegroundColor = ConsoleColor.Red; Console.ResetColor();
    Console.WriteLine($"elapsed ok: {sw.ElapsedMilliseconds >= 0} {Stopwatch.Frequency}");
    Console.WriteLine($"version: {Environment.Version.Major}");
    Console.WriteLine($"guid: {Guid.NewGuid().ToString().Length}");
    Console.WriteLine($"random: {new Random().Next(10) < 10} {Random.Shared.Next(5) < 5}");
    Console.WriteLine("done");
    return 100;
  }
}
