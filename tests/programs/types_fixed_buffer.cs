// Fixed-size buffers (unsafe struct fields `fixed T name[N]`): indexing, sizeof of the
// containing struct, fixed buffers in classes pinned with fixed, copying a struct copies the
// buffer, and fixed buffers of several element types.
using System;

unsafe struct Header
{
    public int Length;
    public fixed byte Name[16];
    public fixed long Values[4];
    public fixed char Code[3];
}

unsafe class Packet { public Header H; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static void SetName(ref Header h, string s)
    {
        h.Length = s.Length;
        for (int i = 0; i < s.Length && i < 16; i++) h.Name[i] = (byte)s[i];
    }
    static string GetName(in Header h)
    {
        var chars = new char[h.Length];
        fixed (byte* n = h.Name) for (int i = 0; i < h.Length; i++) chars[i] = (char)n[i];
        return new string(chars);
    }

    static int Main()
    {
        Check(sizeof(Header) == 4 + 16 + 4 + 32 + 8, 1);
        Header h = default;
        SetName(ref h, "dotnative");
        Check(GetName(h) == "dotnative", 2);
        Check(h.Name[0] == (byte)'d' && h.Name[9] == 0, 3);
        for (int i = 0; i < 4; i++) h.Values[i] = (long)i << 40;
        Check(h.Values[3] == 3L << 40, 4);
        Header copy = h;
        copy.Values[0] = 77;
        copy.Name[0] = (byte)'D';
        Check(h.Values[0] == 0 && h.Name[0] == (byte)'d' && copy.Name[0] == (byte)'D', 5);
        h.Code[0] = 'x'; h.Code[2] = 'z';
        Check(h.Code[0] == 'x' && h.Code[1] == '\0' && h.Code[2] == 'z', 6);
        var pkt = new Packet();
        fixed (long* v = pkt.H.Values)
        {
            v[1] = 123;
        }
        Check(pkt.H.Values[1] == 123, 7);
        SetName(ref pkt.H, "abc");
        GC.Collect();
        Check(GetName(pkt.H) == "abc", 8);
        var arr = new Header[2];
        arr[1].Values[2] = 9;
        Check(arr[1].Values[2] == 9 && arr[0].Values[2] == 0, 9);
        return failed == 0 ? 100 : failed;
    }
}
