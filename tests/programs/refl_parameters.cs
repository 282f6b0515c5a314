// Parameter metadata through reflection: ParameterInfo.Name, Position, Attributes ([In], [Out],
// Optional), ParameterType, HasDefaultValue and DefaultValue (int, string, null, enum, double,
// bool, char, long, decimal-less constants) of application methods and constructors, read from
// the assembly's embedded metadata; MethodInfo.ReturnParameter; a method with no parameters.
using System;
using System.Reflection;
using System.Runtime.InteropServices;

enum Mode { Fast = 1, Slow = 7 }

class Calc
{
    public Calc(int seed, string label = "calc") { }
    public int Add(int a, int b) => a + b;
    public string Greet(string name, string greeting = "Hello", int times = 2, Mode mode = Mode.Slow, object tag = null) => greeting + name;
    public static void Tweak([In] int[] x, [Out] int[] y, [In, Out] long[] z, bool flag = true, char c = 'q', double d = 2.5, long big = -40000000000) { }
    public void Nothing() { }
    public static float Half(float f = 0.5f, byte b = 200, short s = -3, uint u = 4000000000) => f;
}

static class Program
{
    static void Show(MethodBase m)
    {
        Console.WriteLine($"{m.Name}:");
        foreach (ParameterInfo p in m.GetParameters())
        {
            string dv = p.HasDefaultValue ? (p.DefaultValue == null ? "null" : $"{p.DefaultValue} ({p.DefaultValue.GetType().Name})") : "-";
            Console.WriteLine($"  #{p.Position} {p.Name} : {p.ParameterType.Name} attrs={p.Attributes} optional={p.IsOptional} out={p.IsOut} in={p.IsIn} default={dv}");
        }
    }

    static int Main()
    {
        Type t = typeof(Calc);
        Show(t.GetMethod("Add"));
        Show(t.GetMethod("Greet"));
        Show(t.GetMethod("Tweak"));
        Show(t.GetMethod("Nothing"));
        Show(t.GetMethod("Half"));
        Show(t.GetConstructors()[0]);
        int failures = 0;
        ParameterInfo[] ps = t.GetMethod("Add").GetParameters();
        if (ps.Length != 2 || ps[0].Name != "a" || ps[1].Name != "b") failures++;
        if ((string)t.GetMethod("Greet").GetParameters()[1].DefaultValue != "Hello") failures++;
        if (t.GetMethod("Add").ReturnParameter.Position != -1) failures++;
        Console.WriteLine($"return: {t.GetMethod("Add").ReturnParameter.ParameterType.Name}");
        Console.WriteLine(failures == 0 ? "ok" : $"failures: {failures}");
        return failures == 0 ? 100 : 1;
    }
}
