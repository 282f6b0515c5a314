// Assembly objects: Assembly.GetEntryAssembly(), typeof(X).Assembly, Assembly.GetExecutingAssembly()
// and their identity as CoreLib builds it (GetName().Name/Version/CultureName, FullName with
// Version/Culture/PublicKeyToken, ToString), the framework's assembly names and public key tokens,
// reference identity of Assembly objects (one per assembly: equality, Module.Assembly), and
// AppDomain.CurrentDomain.FriendlyName.
using System;
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.2.3.4")]

class Widget { }

static class Program
{
    static string Hex(byte[] b) => b == null ? "null" : b.Length == 0 ? "empty" : Convert.ToHexString(b);

    static int Main()
    {
        int failures = 0;
        void Check(bool ok, string what)
        {
            Console.WriteLine($"{what}: {(ok ? "ok" : "FAILED")}");
            if (!ok) failures++;
        }

        Assembly entry = Assembly.GetEntryAssembly();
        Check(entry != null, "entry assembly exists");
        AssemblyName n = entry.GetName();
        Console.WriteLine($"entry name: {n.Name}");
        Console.WriteLine($"entry version: {n.Version}");
        Console.WriteLine($"entry culture: '{n.CultureName}'");
        Console.WriteLine($"entry full name: {entry.FullName}");
        Console.WriteLine($"entry to string: {entry}");
        Console.WriteLine($"entry name full name: {n.FullName}");
        Console.WriteLine($"entry public key token: {Hex(n.GetPublicKeyToken())}");
        Console.WriteLine($"entry flags: {n.Flags}");

        Check(typeof(Program).Assembly == entry, "typeof(Program).Assembly == entry");
        Check(ReferenceEquals(typeof(Widget).Assembly, entry), "typeof(Widget).Assembly is entry");
        Check(Assembly.GetExecutingAssembly() == entry, "GetExecutingAssembly() == entry");
        Check(typeof(Program).Module.Assembly == entry, "typeof(Program).Module.Assembly == entry");
        Check(entry.ManifestModule == typeof(Program).Module, "ManifestModule == typeof(Program).Module");

        Assembly core = typeof(string).Assembly;
        Check(core != entry, "core != entry");
        Check(ReferenceEquals(core, typeof(object).Assembly), "typeof(string).Assembly is typeof(object).Assembly");
        AssemblyName cn = core.GetName();
        Console.WriteLine($"core name: {cn.Name}");
        Console.WriteLine($"core version major >= 10: {cn.Version.Major >= 10}");
        Console.WriteLine($"core public key token: {Hex(cn.GetPublicKeyToken())}");
        Console.WriteLine($"core full name starts: {core.FullName.StartsWith("System.Private.CoreLib, Version=")}");
        Console.WriteLine($"core full name ends: {core.FullName.EndsWith(", Culture=neutral, PublicKeyToken=7cec85d7bea7798e")}");
        Console.WriteLine($"List<int> assembly: {typeof(List<int>).Assembly.GetName().Name}");
        Console.WriteLine($"int[] assembly: {typeof(int[]).Assembly.GetName().Name}");
        Console.WriteLine($"Widget[] assembly: {typeof(Widget[]).Assembly.GetName().Name}");

        Console.WriteLine($"friendly name: {AppDomain.CurrentDomain.FriendlyName}");
        Check(AppDomain.CurrentDomain.FriendlyName == n.Name, "friendly name is the entry assembly's name");
        return failures == 0 ? 100 : 1;
    }
}
