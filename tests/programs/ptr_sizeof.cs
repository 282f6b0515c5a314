// sizeof for primitives, pointers, enums, user structs with padding, explicit Size and Pack,
// generic structs via Unsafe.SizeOf<T>, empty structs, and Marshal-independent layouts.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Padded { public byte A; public int B; public byte C; }
struct Packed8 { public long A; public byte B; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Pack1 { public byte A; public int B; public byte C; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] struct Pack2 { public byte A; public int B; }
[StructLayout(LayoutKind.Sequential, Size = 32)] struct Sized { public int A; }
struct Empty { }
struct Nested { public Padded P; public short S; }
struct Gen<T> { public T Value; public byte Tag; }
enum SmallEnum : byte { A }
enum LongEnum : long { A }
struct WithRef { public object O; public int I; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(sizeof(byte) == 1 && sizeof(short) == 2 && sizeof(int) == 4 && sizeof(long) == 8, 1);
        Check(sizeof(char) == 2 && sizeof(bool) == 1 && sizeof(float) == 4 && sizeof(double) == 8, 2);
        Check(sizeof(decimal) == 16 && sizeof(nint) == 8 && sizeof(int*) == 8 && sizeof(void*) == 8, 3);
        Check(sizeof(SmallEnum) == 1 && sizeof(LongEnum) == 8, 4);
        Check(sizeof(Padded) == 12, 5);
        Check(sizeof(Packed8) == 16, 6);
        Check(sizeof(Pack1) == 6, 7);
        Check(sizeof(Pack2) == 6, 8);
        Check(sizeof(Sized) == 32, 9);
        Check(sizeof(Empty) == 1, 10);
        Check(sizeof(Nested) == 16, 11);
        Check(Unsafe.SizeOf<Gen<byte>>() == 2 && Unsafe.SizeOf<Gen<long>>() == 16 && Unsafe.SizeOf<Gen<short>>() == 4, 12);
        Check(Unsafe.SizeOf<WithRef>() == 16, 13);
        Check(Unsafe.SizeOf<Gen<Padded>>() == 16, 14);
        Check(Unsafe.SizeOf<object>() == 8 && Unsafe.SizeOf<string>() == 8, 15);
        Check(sizeof(Guid) == 16 && sizeof(DateTime) == 8 && sizeof(TimeSpan) == 8, 16);
        Pack1 p = default;
        Check((byte*)&p.B - (byte*)&p == 1 && (byte*)&p.C - (byte*)&p == 5, 17);
        Padded q = default;
        Check((byte*)&q.B - (byte*)&q == 4 && (byte*)&q.C - (byte*)&q == 8, 18);
        Padded* arr = stackalloc Padded[3];
        Check((byte*)&arr[2] - (byte*)arr == 24, 19);
        Check(Unsafe.SizeOf<ValueTuple<byte, long>>() == 16 && Unsafe.SizeOf<int?>() == 8, 20);
        return failed == 0 ? 100 : failed;
    }
}
