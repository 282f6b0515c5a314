// Unsafe code and refs: ref locals and ref returns, in/out parameters, pointers and pointer
// arithmetic, fixed statements over arrays and strings, stackalloc (pointer and Span),
// sizeof, function pointers, Span<T> over arrays and stack memory.
using System;

unsafe struct Buffer16 { public fixed byte Data[16]; }

static unsafe class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int[] store = { 1, 2, 3 };
    static ref int Slot(int i) => ref store[i];
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static bool TryHalf(int x, out int half) { half = x / 2; return x % 2 == 0; }
    static int ReadIn(in int x) => x + 1;
    static int Sum(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
    static int AddOne(int x) => x + 1;

    static int Main()
    {
        ref int r = ref Slot(1);
        r = 20;
        Check(store[1] == 20, 1);
        Slot(2) += 5;
        Check(store[2] == 8, 2);
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Check(a == 2 && b == 1, 3);
        Check(TryHalf(10, out int h) && h == 5 && !TryHalf(7, out _), 4);
        Check(ReadIn(41) == 42, 5);

        int* stack = stackalloc int[8];
        for (int i = 0; i < 8; i++) stack[i] = i;
        Check(Sum(stack, 8) == 28, 6);
        int* p = stack + 3;
        Check(*p == 3 && p[2] == 5 && (p - stack) == 3 && *(p - 1) == 2, 7);
        p++;
        Check(*p == 4, 8);

        fixed (int* f = store)
        {
            Check(f[0] == 1 && Sum(f, 3) == 29, 9);
            f[0] = 100;
        }
        Check(store[0] == 100, 10);

        string s = "hello";
        fixed (char* c = s)
        {
            Check(c[0] == 'h' && c[4] == 'o' && c[5] == '\0', 11);
        }

        Span<int> span = stackalloc int[4];
        span.Fill(7);
        span[1] = 1;
        int total = 0;
        foreach (var x in span) total += x;
        Check(total == 22 && span.Length == 4, 12);
        Span<int> arrSpan = store.AsSpan(1, 2);
        arrSpan[0] = 50;
        Check(store[1] == 50 && arrSpan.Length == 2, 13);

        Check(sizeof(long) == 8 && sizeof(Buffer16) == 16 && sizeof(decimal) == 16, 14);
        Buffer16 buf;
        buf.Data[15] = 9;
        Check(buf.Data[15] == 9, 15);

        delegate*<int, int> fp = &AddOne;
        Check(fp(41) == 42, 16);

        long value = 0x0102030405060708;
        byte* bytes = (byte*)&value;
        Check(bytes[0] == 8 && bytes[7] == 1, 17);
        *(int*)bytes = 0;
        Check(value == 0x0102030400000000, 18);

        void* vp = &value;
        Check((long)vp != 0 && *(long*)vp == value, 19);

        ref int firstRef = ref store[0];
        ref int secondRef = ref System.Runtime.CompilerServices.Unsafe.Add(ref firstRef, 1);
        Check(secondRef == 50, 20);

        IntPtr ip = (IntPtr)stack;
        Check(*(int*)ip == 0 && ip != IntPtr.Zero, 21);

        return failed == 0 ? 100 : failed;
    }
}
