// Literal (const) fields through reflection: an application enum's and class's const fields
// (embedded metadata) and the framework's (int.MaxValue, Math.PI, string-typed and enum-typed
// constants, a framework enum's members), listed by GetFields/GetField with IsLiteral,
// FieldType, GetRawConstantValue and GetValue.
using System;
using System.Linq;
using System.Reflection;

enum Level : short { Low = -1, Mid = 5, High = 9 }

static class Limits
{
    public const string Unit = "kg";
    public const char Sep = ';';
    public const Level Start = Level.Mid;
    public const float Ratio = 0.25f;
    public const ulong Mask = 0xFFFF_0000_0000_0001;
    public const object Nothing = null;
}

static class Program
{
    static void Show(FieldInfo f) =>
        Console.WriteLine($"{f.DeclaringType.Name}.{f.Name} : {f.FieldType.Name} literal={f.IsLiteral} raw={f.GetRawConstantValue() ?? "null"} ({f.GetRawConstantValue()?.GetType().Name ?? "-"}) value={f.GetValue(null) ?? "null"}");

    static int Main()
    {
        foreach (FieldInfo f in typeof(Level).GetFields(BindingFlags.Public | BindingFlags.Static)) Show(f);
        foreach (FieldInfo f in typeof(Limits).GetFields().OrderBy(f => f.Name)) Show(f);
        Show(typeof(int).GetField("MaxValue"));
        Show(typeof(Math).GetField("PI"));
        foreach (FieldInfo f in typeof(DayOfWeek).GetFields(BindingFlags.Public | BindingFlags.Static).Take(3)) Show(f);
        int failures = 0;
        if ((int)typeof(int).GetField("MaxValue").GetValue(null) != int.MaxValue) failures++;
        if ((Level)typeof(Limits).GetField("Start").GetValue(null) != Level.Mid) failures++;
        Console.WriteLine(failures == 0 ? "ok" : $"failures: {failures}");
        return failures == 0 ? 100 : 1;
    }
}
