// System.Runtime.CompilerServices.Unsafe and MemoryMarshal: As, Add, AreSame, IsAddressLessThan,
// ReadUnaligned/WriteUnaligned, SizeOf, AsRef, NullRef/IsNullRef, BitCast, MemoryMarshal.Cast
// and GetArrayDataReference, all on managed references.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Two { public int A, B; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        int[] arr = { 1, 2, 3, 4 };
        ref int first = ref MemoryMarshal.GetArrayDataReference(arr);
        ref int third = ref Unsafe.Add(ref first, 2);
        Check(third == 3, 1);
        third = 30;
        Check(arr[2] == 30, 2);
        Check(Unsafe.AreSame(ref third, ref arr[2]) && !Unsafe.AreSame(ref first, ref third), 3);
        Check(Unsafe.IsAddressLessThan(ref first, ref third), 4);
        Check(Unsafe.ByteOffset(ref first, ref third) == (nint)8, 5);
        long pair = 0;
        ref Two two = ref Unsafe.As<long, Two>(ref pair);
        two.A = 1; two.B = 2;
        Check(pair == 0x0000000200000001, 6);
        float f = 1.0f;
        Check(Unsafe.As<float, int>(ref f) == 0x3F800000, 7);
        Check(Unsafe.BitCast<float, uint>(-0.0f) == 0x80000000u, 8);
        byte[] bytes = new byte[12];
        Unsafe.WriteUnaligned(ref bytes[3], 0x01020304);
        Check(bytes[3] == 4 && bytes[6] == 1, 9);
        Check(Unsafe.ReadUnaligned<int>(ref bytes[3]) == 0x01020304, 10);
        Span<int> ints = MemoryMarshal.Cast<byte, int>(bytes.AsSpan());
        Check(ints.Length == 3, 11);
        ints[0] = -1;
        Check(bytes[0] == 255 && bytes[3] == 255, 12);
        ref int nr = ref Unsafe.NullRef<int>();
        Check(Unsafe.IsNullRef(ref nr) && !Unsafe.IsNullRef(ref first), 13);
        object o = "str";
        string s = Unsafe.As<string>(o);
        Check(s.Length == 3, 14);
        Check(Unsafe.SizeOf<Two>() == 8, 15);
        Span<Two> twos = new Two[2];
        Span<long> longs = MemoryMarshal.Cast<Two, long>(twos);
        longs[1] = 0x0000000500000004;
        Check(twos[1].A == 4 && twos[1].B == 5, 16);
        int x = 5;
        ref int rx = ref Unsafe.AsRef(in x);
        rx = 6;
        Check(x == 6, 17);
        Check(MemoryMarshal.Read<short>(new byte[] { 0x34, 0x12 }) == 0x1234, 18);
        return failed == 0 ? 100 : failed;
    }
}
