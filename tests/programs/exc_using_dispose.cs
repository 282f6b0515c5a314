// using statements and declarations: Dispose order (reverse of acquisition), Dispose on
// exceptions and early returns, using on null (no call), using on a struct IDisposable
// (no boxing: mutations visible only via the log), `using var`, and exceptions thrown by Dispose.
using System;

class Res : IDisposable
{
    public static string Log = "";
    readonly string name;
    public Res(string n) { name = n; Log += "+" + n; }
    public void Dispose() => Log += "-" + name;
}
struct SRes : IDisposable
{
    public string Name;
    public void Dispose() => Res.Log += "~" + Name;
}
class Bad : IDisposable { public void Dispose() => throw new InvalidOperationException("dispose"); }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Early()
    {
        using var a = new Res("a");
        using var b = new Res("b");
        if (Res.Log.Length > 0) return 1;
        return 2;
    }

    static int Main()
    {
        Res.Log = "";
        using (var x = new Res("x"))
        using (var y = new Res("y")) { Res.Log += "!"; }
        Check(Res.Log == "+x+y!-y-x", 1);
        Res.Log = "";
        try { using (new Res("e")) throw new Exception(); } catch { Res.Log += "c"; }
        Check(Res.Log == "+e-ec", 2);
        Res.Log = "";
        Check(Early() == 1 && Res.Log == "+a+b-b-a", 3);
        Res.Log = "";
        Res nothing = null;
        using (nothing) { Res.Log += "n"; }
        Check(Res.Log == "n", 4);
        Res.Log = "";
        using (var s = new SRes { Name = "s" }) { }
        Check(Res.Log == "~s", 5);
        string msg = null;
        try { using (new Bad()) { } } catch (InvalidOperationException e) { msg = e.Message; }
        Check(msg == "dispose", 6);
        msg = null;
        try { using (new Bad()) { throw new ArgumentException("body"); } }
        catch (Exception e) { msg = e.Message; }
        Check(msg == "dispose", 7); // the exception from Dispose replaces the body's
        Res.Log = "";
        for (int i = 0; i < 3; i++) { using var r = new Res(i.ToString()); if (i == 1) continue; Res.Log += "."; }
        Check(Res.Log == "+0.-0+1-1+2.-2", 8);
        return failed == 0 ? 100 : failed;
    }
}
