// Value types: fields, constructors, methods on `this` (byref), copies, nested structs, structs
// in arrays and fields of classes, explicit layout with overlapping fields, sequential layout
// with Pack, and struct-returning methods.
using System;
using System.Runtime.InteropServices;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int LengthSquared() => X * X + Y * Y;
    public void Scale(int k) { X *= k; Y *= k; }
    public Point Add(Point o) => new Point(X + o.X, Y + o.Y);
}

struct Rect
{
    public Point TopLeft;
    public Point BottomRight;
    public long Tag;
    public int Area => (BottomRight.X - TopLeft.X) * (BottomRight.Y - TopLeft.Y);
}

[StructLayout(LayoutKind.Explicit)]
struct Overlay
{
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public int Low;
    [FieldOffset(4)] public int High;
    [FieldOffset(1)] public byte Second;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed
{
    public byte A;
    public int B;
    public short C;
}

struct Empty { }

class Holder
{
    public Point P;
    public Rect R;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static Point MakePoint(int v) => new Point(v, v * 2);
    static void Bump(ref Point p) { p.X++; }
    static int SumByValue(Point p) { p.X = 1000; return p.X + p.Y; }

    static unsafe int Main()
    {
        var p = new Point(3, 4);
        Check(p.LengthSquared() == 25, 1);
        p.Scale(2);
        Check(p.X == 6 && p.Y == 8, 2);
        var q = p;
        q.X = 0;
        Check(p.X == 6 && q.X == 0, 3);
        Bump(ref p);
        Check(p.X == 7, 4);
        Check(SumByValue(p) == 1008 && p.X == 7, 5);
        var s = p.Add(MakePoint(1));
        Check(s.X == 8 && s.Y == 10, 6);

        var r = new Rect { TopLeft = new Point(1, 1), BottomRight = new Point(4, 5), Tag = -1 };
        Check(r.Area == 12 && r.Tag == -1, 7);
        Rect r2 = default;
        Check(r2.Area == 0 && r2.TopLeft.X == 0, 8);

        var arr = new Point[3];
        arr[1].X = 5;
        arr[2] = new Point(7, 8);
        Check(arr[0].X == 0 && arr[1].X == 5 && arr[2].Y == 8, 9);
        ref Point pr = ref arr[1];
        pr.Y = 9;
        Check(arr[1].Y == 9, 10);

        var h = new Holder();
        h.P.X = 11;
        h.R.BottomRight.Y = 12;
        Check(h.P.X == 11 && h.R.BottomRight.Y == 12, 11);

        var o = new Overlay { Whole = 0x1122334455667788 };
        Check(o.Low == 0x55667788 && o.High == 0x11223344 && o.Second == 0x77, 12);
        o.High = 0;
        Check(o.Whole == 0x55667788, 13);

        Check(sizeof(Packed) == 7 && sizeof(Overlay) == 8 && sizeof(Rect) == 24 && sizeof(Empty) == 1, 14);
        var pk = new Packed { A = 1, B = 0x01020304, C = -2 };
        Check(pk.A == 1 && pk.B == 0x01020304 && pk.C == -2, 15);
        Packed* pp = &pk;
        Check(*((byte*)pp + 1) == 4, 16);


        return failed == 0 ? 100 : failed;
    }
}
