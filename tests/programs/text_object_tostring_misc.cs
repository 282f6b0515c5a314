// Default and framework ToString texts: object/struct/class without override, boxed primitives,
// Nullable with and without value, Version, KeyValuePair, DBNull, IntPtr, arrays, delegates,
// List/Dictionary, StringBuilder, and the Message of common framework exceptions.
using System;
using System.Collections.Generic;
using System.Text;

class Plain { }
struct PlainStruct { public int X; }
class Custom { public override string ToString() => "custom!"; }
class NullToString { public override string? ToString() => null; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Msg(Action a) { try { a(); return "no exception"; } catch (Exception e) { return e.GetType().Name + ": " + e.Message; } }

    static int Main()
    {
        object[] things = { new Plain(), new PlainStruct(), new Custom(), 42, 4.5, 'c', true, 7L, (byte)3, 2.5m, 1.5f, new Version(1, 2, 3, 4), new Version(2, 0), new KeyValuePair<string, int>("k", 1), DBNull.Value, (IntPtr)16, new int[2], new List<int> { 1 }, new Dictionary<string, int>(), new StringBuilder("sb"), DayOfWeek.Sunday, Guid.Empty, TimeSpan.Zero, new object(), typeof(string), (Action)(() => { }), new Exception("plain").Message, new Uri("http://example.com/a b?q=1").ToString() };
        foreach (var t in things) Console.WriteLine($"{t.GetType().Name,-24} {t}");
        Check(new Plain().ToString() == "Plain" && new PlainStruct().ToString() == "PlainStruct" && new Custom().ToString() == "custom!", 1);
        int? some = 5, none = null;
        Check(some.ToString() == "5" && none.ToString() == "" && $"[{none}]" == "[]" && none.GetHashCode() == 0 && !none.HasValue, 2);
        Check(new Version(1, 2, 3, 4).ToString() == "1.2.3.4" && new Version(2, 0).ToString() == "2.0" && new Version(1, 2, 3, 4).ToString(2) == "1.2", 3);
        Check(Version.Parse("10.20.30").Build == 30 && new Version(1, 2) < new Version(1, 10) && new Version(1, 2).Revision == -1, 4);
        Check(DBNull.Value.ToString() == "" && ((IntPtr)16).ToString() == "16" && ((UIntPtr)255).ToString("X") == "FF", 5);
        Check(new NullToString().ToString() == null && $"<{new NullToString()}>" == "<>" && string.Concat("a", new NullToString(), "b") == "ab", 6);
        Check(((object)true).ToString() == "True" && ((object)'x').ToString() == "x" && ((object)(-0.0)).ToString() == "-0", 7);
        Console.WriteLine(Msg(() => throw new ArgumentNullException("param")));
        Console.WriteLine(Msg(() => throw new ArgumentNullException("param", "custom message")));
        Console.WriteLine(Msg(() => throw new ArgumentOutOfRangeException("idx", 5, "too big")));
        Console.WriteLine(Msg(() => throw new ArgumentException("bad arg", "name")));
        Console.WriteLine(Msg(() => { object o = "s"; var i = (int)o; }));
        Console.WriteLine(Msg(() => { int[] a = new int[1]; a[2] = 1; }));
        Console.WriteLine(Msg(() => { string? s = null; _ = s!.Length; }));
        Console.WriteLine(Msg(() => { int z = 0; _ = 1 / z; }));
        Console.WriteLine(Msg(() => { _ = new Dictionary<string, int>()["missing"]; }));
        Console.WriteLine(Msg(() => new List<int>()[0] = 1));
        Console.WriteLine(Msg(() => { var d = new Dictionary<int, int> { [1] = 1 }; d.Add(1, 2); }));
        Console.WriteLine(Msg(() => new Queue<int>().Dequeue()));
        Console.WriteLine(Msg(() => { var l = new List<int> { 1 }; foreach (var x in l) l.Add(2); }));
        Console.WriteLine(Msg(() => "abc".Substring(5)));
        Console.WriteLine(Msg(() => throw new InvalidOperationException()));
        Console.WriteLine(Msg(() => throw new NotSupportedException()));
        Console.WriteLine(Msg(() => throw new NotImplementedException()));
        Console.WriteLine(Msg(() => throw new FormatException()));
        Console.WriteLine(Msg(() => throw new OverflowException()));
        Console.WriteLine(Msg(() => throw new Exception()));
        Console.WriteLine(Msg(() => throw new ObjectDisposedException("thing")));
        Console.WriteLine(Msg(() => { _ = checked((byte)(200 + (byte)(DateTime.MinValue.Year * 100))); }));
        Check(new ArgumentNullException("p").ParamName == "p" && new ArgumentException("m", "p").Message == "m (Parameter 'p')", 8);
        var inner = new InvalidOperationException("outer", new FormatException("inner"));
        Check(inner.InnerException is FormatException && inner.GetBaseException().Message == "inner", 9);
        return failed == 0 ? 100 : failed;
    }
}
