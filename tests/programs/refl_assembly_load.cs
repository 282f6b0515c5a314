// Assembly.Load in a closed world: the program's own assembly and framework assemblies it was
// compiled with answer the same RuntimeAssembly as typeof(X).Assembly; a missing assembly is
// FileNotFoundException with dotnet's text (a version above the assembly's too). Also: Type.GetType / Assembly.GetType with
// ignoreCase, and RuntimeHelpers.RunModuleConstructor on a module without an initializer.
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Zoo
{
    public class Keeper
    {
        public class Badge { }
    }
}

static class Program
{
    static int failures;

    static void Check(string what, bool ok)
    {
        Console.WriteLine($"{what}: {(ok ? "ok" : "WRONG")}");
        if (!ok) failures++;
    }

    static int Main()
    {
        var keeper = new Zoo.Keeper();
        var badge = new Zoo.Keeper.Badge();
        Assembly self = Assembly.Load("refl_assembly_load");
        Check("Load(own name) is typeof(Program).Assembly", self == typeof(Program).Assembly);
        Console.WriteLine(self.GetName().Name);
        Assembly upper = Assembly.Load("REFL_ASSEMBLY_LOAD");
        Check("names compare ignoring case", upper == self);
        Assembly core = Assembly.Load("System.Private.CoreLib");
        Check("Load(System.Private.CoreLib) is typeof(object).Assembly", core == typeof(object).Assembly);
        Assembly byName = Assembly.Load(new AssemblyName("System.Private.CoreLib"));
        Check("Load(AssemblyName)", byName == core);
        Assembly collections = Assembly.Load("System.Collections");
        Check("Load(System.Collections) is typeof(Stack<int>).Assembly", collections == typeof(Stack<int>).Assembly);

        foreach (string name in new[] { "NoSuchAssembly", "NoSuch, Version=1.2.3.4", "NoSuch, Version=1.2.3.4, Culture=neutral, PublicKeyToken=0123456789abcdef" })
        {
            try
            {
                Assembly.Load(name);
                Console.WriteLine($"{name}: loaded?");
                failures++;
            }
            catch (FileNotFoundException e)
            {
                Console.WriteLine($"{e.GetType().Name}: {e.Message.TrimEnd()} [{e.FileName}] 0x{e.HResult:X8}");
            }
        }
        // CoreLib binds by name alone; another assembly asked for in a newer version is not found.
        Check("CoreLib, Version=99.0.0.0", Assembly.Load("System.Private.CoreLib, Version=99.0.0.0") == core);
        Check("System.Collections, Version=1.0.0.0", Assembly.Load("System.Collections, Version=1.0.0.0") == collections);
        try
        {
            Assembly.Load("System.Collections, Version=99.0.0.0");
            Console.WriteLine("too new: loaded?");
            failures++;
        }
        catch (FileNotFoundException e)
        {
            Console.WriteLine($"too new: {e.Message.TrimEnd()}");
        }

        // Type.GetType(name, throwOnError, ignoreCase) and Assembly.GetType(name, throw, ignoreCase).
        Check("GetType(zoo.keeper, ignoreCase)", Type.GetType("zoo.keeper", false, true) == typeof(Zoo.Keeper));
        Check("GetType(ZOO.KEEPER+BADGE, ignoreCase)", Type.GetType("ZOO.KEEPER+BADGE", false, true) == badge.GetType());
        Check("GetType(zoo.keeper) is null without ignoreCase", Type.GetType("zoo.keeper", false, false) == null);
        Check("GetType(system.int32, ignoreCase)", Type.GetType("system.int32", false, true) == typeof(int));
        Check("Assembly.GetType(zoo.KEEPER, ignoreCase)", self.GetType("zoo.KEEPER", false, true) == keeper.GetType());
        Check("GetType(zoo.nothing, ignoreCase) is null", Type.GetType("zoo.nothing", false, true) == null);

        // No <Module> initializer in this assembly: nothing runs, nothing fails.
        RuntimeHelpers.RunModuleConstructor(typeof(Program).Module.ModuleHandle);
        RuntimeHelpers.RunModuleConstructor(typeof(Program).Module.ModuleHandle);
        Console.WriteLine("RunModuleConstructor: done");
        return failures == 0 ? 100 : 1;
    }
}
