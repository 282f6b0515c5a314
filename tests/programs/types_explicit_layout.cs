// [StructLayout(LayoutKind.Explicit)] unions: overlapping int/float/bytes, a long split into
// halves, FieldOffset with padding, explicit structs nested in sequential ones, explicit
// Size, and the sizes of such structs.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct FloatBits { [FieldOffset(0)] public float F; [FieldOffset(0)] public uint U; [FieldOffset(0)] public byte B0; [FieldOffset(3)] public byte B3; }

[StructLayout(LayoutKind.Explicit)]
struct Halves { [FieldOffset(0)] public long All; [FieldOffset(0)] public int Lo; [FieldOffset(4)] public int Hi; [FieldOffset(2)] public short Mid; }

[StructLayout(LayoutKind.Explicit, Size = 24)]
struct Sparse { [FieldOffset(1)] public byte A; [FieldOffset(8)] public double D; [FieldOffset(20)] public int Tail; }

[StructLayout(LayoutKind.Explicit)]
struct DoubleLong { [FieldOffset(0)] public double D; [FieldOffset(0)] public long L; }

struct Holder { public byte Tag; public Halves H; public short After; }

[StructLayout(LayoutKind.Explicit)]
struct WithRef { [FieldOffset(0)] public object O; [FieldOffset(8)] public int I; [FieldOffset(12)] public int J; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var fb = new FloatBits { F = 1.0f };
        Check(fb.U == 0x3F800000 && fb.B3 == 0x3F && fb.B0 == 0, 1);
        fb.U = 0xC0000000;
        Check(fb.F == -2.0f, 2);
        var h = new Halves { All = 0x1122334455667788 };
        Check(h.Lo == 0x55667788 && h.Hi == 0x11223344 && h.Mid == 0x5566, 3);
        h.Hi = -1;
        Check(h.All == unchecked((long)0xFFFFFFFF55667788), 4);
        h.Mid = 0;
        Check(h.Lo == 0x00007788 && h.Hi == -1, 5);
        Check(Unsafe.SizeOf<Sparse>() == 24 && Unsafe.SizeOf<Halves>() == 8 && Unsafe.SizeOf<FloatBits>() == 4, 6);
        var sp = new Sparse { A = 9, D = 2.5, Tail = 7 };
        Check(sp.A == 9 && sp.D == 2.5 && sp.Tail == 7, 7);
        var dl = new DoubleLong { D = -0.0 };
        Check(dl.L == long.MinValue, 8);
        dl.L = 0x7FF0000000000000;
        Check(double.IsPositiveInfinity(dl.D), 9);
        var ho = new Holder { Tag = 1, After = 3 };
        ho.H.All = -2;
        Check(ho.H.Lo == -2 && ho.H.Hi == -1 && ho.Tag == 1 && ho.After == 3, 10);
        Check(Unsafe.SizeOf<Holder>() == 24, 11);
        var wr = new WithRef { O = "keep", I = 1, J = 2 };
        GC.Collect();
        Check((string)wr.O == "keep" && wr.I + wr.J == 3, 12);
        var arr = new Halves[3];
        arr[1].Lo = 5; arr[1].Hi = 6;
        Check(arr[1].All == 0x0000000600000005, 13);
        return failed == 0 ? 100 : failed;
    }
}
