// Assembly and Module objects beyond the entry assembly's name: an assembly without
// [AssemblyVersion] (0.0.0.0), framework assemblies other than CoreLib (System.Collections,
// System.Linq: names, versions, public key tokens), open generic and array types' assemblies,
// GetExecutingAssembly() from a lambda, a generic method, a static constructor and through a
// delegate, GetCallingAssembly() from Main and from a helper, Module
// identity and ScopeName, AssemblyName details (CultureInfo, HashAlgorithm, Flags, ToString,
// GetPublicKey), IsDynamic/IsCollectible/ImageRuntimeVersion, Type.AssemblyQualifiedName,
// Assembly equality and hash codes, and AppDomain.FriendlyName.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

class Holder
{
    public static readonly Assembly FromCctor;
    static Holder() { FromCctor = Assembly.GetExecutingAssembly(); }
    public class Inner { }
}

static class Program
{
    static Assembly Generic<T>() => Assembly.GetExecutingAssembly();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static Assembly Caller() => Assembly.GetCallingAssembly();

    static string Token(AssemblyName n)
    {
        byte[] t = n.GetPublicKeyToken();
        return t == null ? "null" : t.Length == 0 ? "empty" : Convert.ToHexString(t);
    }

    static int Main()
    {
        int failures = 0;
        void Check(bool ok, string what)
        {
            Console.WriteLine($"{what}: {(ok ? "ok" : "FAILED")}");
            if (!ok) failures++;
        }

        Assembly entry = Assembly.GetEntryAssembly();
        AssemblyName n = entry.GetName();
        Console.WriteLine($"name: {n.Name} version: {n.Version} culture: '{n.CultureName}' invariant: {n.CultureInfo == System.Globalization.CultureInfo.InvariantCulture}");
        Console.WriteLine($"to string: {n}");
        Console.WriteLine($"hash algorithm: {n.HashAlgorithm}");
        Console.WriteLine($"flags: {n.Flags}");
        Console.WriteLine($"public key: {n.GetPublicKey()?.Length.ToString() ?? "null"}");
        Console.WriteLine($"content type: {n.ContentType}");
        Console.WriteLine($"dynamic: {entry.IsDynamic} collectible: {entry.IsCollectible} core dynamic: {typeof(object).Assembly.IsDynamic}");
        Console.WriteLine($"image runtime version: {entry.ImageRuntimeVersion} core: {typeof(object).Assembly.ImageRuntimeVersion}");
        Console.WriteLine($"reflection only: {entry.ReflectionOnly}");

        Func<Assembly> lambda = () => Assembly.GetExecutingAssembly();
        Check(lambda() == entry, "GetExecutingAssembly() in a lambda");
        Check(Generic<string>() == entry, "GetExecutingAssembly() in a generic method");
        Check(Holder.FromCctor == entry, "GetExecutingAssembly() in a static constructor");
        Func<Assembly> group = Assembly.GetExecutingAssembly;
        Check(group() == entry, "GetExecutingAssembly through a delegate");
        Check(Caller() == entry, "GetCallingAssembly() in a helper called from Main");
        Check(Assembly.GetCallingAssembly() == entry, "GetCallingAssembly() in Main");

        Module m = entry.ManifestModule;
        Console.WriteLine($"scope name: {m.ScopeName}");
        Console.WriteLine($"module to string: {m}");
        Check(m.Assembly == entry, "ManifestModule.Assembly");
        Check(typeof(Holder).Module == m, "typeof(Holder).Module");
        Check(typeof(string).Module != m, "typeof(string).Module differs");
        Console.WriteLine($"core scope name: {typeof(string).Module.ScopeName}");

        Assembly coll = typeof(Stack<int>).Assembly;
        AssemblyName cn = coll.GetName();
        Console.WriteLine($"Stack<int>: {cn.Name} {cn.Version.Major} {Token(cn)}");
        Console.WriteLine($"Stack<int> full name ok: {coll.FullName == $"System.Collections, Version={cn.Version}, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a"}");
        Assembly linq = typeof(Enumerable).Assembly;
        Console.WriteLine($"Enumerable: {linq.GetName().Name} {Token(linq.GetName())}");
        Check(linq != coll && linq != entry, "distinct assemblies");
        Check(typeof(Dictionary<,>).Assembly == typeof(object).Assembly, "open generic in CoreLib");
        Check(typeof(Holder[][]).Assembly == entry, "jagged array of an application type");
        Check(typeof(List<Holder>).Assembly == typeof(object).Assembly, "List<Holder> is CoreLib's");

        Console.WriteLine($"qualified: {typeof(int).AssemblyQualifiedName}");
        Console.WriteLine($"qualified: {typeof(Holder).AssemblyQualifiedName}");
        Console.WriteLine($"qualified: {typeof(List<Holder>).AssemblyQualifiedName}");
        Console.WriteLine($"qualified: {typeof(Holder.Inner[][]).AssemblyQualifiedName}");
        Console.WriteLine($"qualified: {typeof(Dictionary<string, Stack<int>>).AssemblyQualifiedName}");
        Console.WriteLine($"qualified open generic is null: {typeof(Dictionary<,>).AssemblyQualifiedName == null}");
        Check(entry.Equals(typeof(Program).Assembly), "Equals");
        Check(entry.GetHashCode() == typeof(Program).Assembly.GetHashCode(), "GetHashCode");
        var set = new HashSet<Assembly> { entry, coll, linq, typeof(Program).Assembly, typeof(Queue<int>).Assembly };
        Console.WriteLine($"distinct in a set: {set.Count}");

        Console.WriteLine($"friendly name: {AppDomain.CurrentDomain.FriendlyName}");
        return failures == 0 ? 100 : 1;
    }
}
