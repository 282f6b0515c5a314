// Accesses through null unmanaged pointers raise NullReferenceException, as the JIT's fault
// handling does: stackalloc of zero bytes is null, a null int*, a small offset from null, a
// struct pointer's field; a valid pointer next to them still works.
using System;
using System.Runtime.CompilerServices;

static unsafe class Program
{
    struct Pair { public int A; public long B; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Size(int n) => n;

    static int Check(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine($"{what}: no exception");
            return 1;
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine($"{what}: {e.GetType().Name}");
            return 0;
        }
    }

    static void WriteThroughEmptyStackalloc()
    {
        byte* a = stackalloc byte[Size(0)];
        *a = 0;
    }

    static bool EmptyStackallocIsNull()
    {
        byte* a = stackalloc byte[Size(0)];
        return a == null;
    }

    static int ReadNullInt() { int* p = null; return *p; }
    static int ReadNullOffset() { int* p = (int*)IntPtr.Zero; return p[3]; }
    static void WriteNullLong() { long* p = null; p[1] = 5; }
    static long ReadNullStructField() { Pair* p = null; return p->B; }

    static int Main()
    {
        int failures = 0;
        Console.WriteLine($"empty stackalloc is null: {EmptyStackallocIsNull()}");
        failures += Check("write through stackalloc byte[0]", WriteThroughEmptyStackalloc);
        failures += Check("read *(int*)null", () => ReadNullInt());
        failures += Check("read ((int*)0)[3]", () => ReadNullOffset());
        failures += Check("write ((long*)null)[1]", WriteNullLong);
        failures += Check("read ((Pair*)null)->B", () => ReadNullStructField());

        int* ok = stackalloc int[4];
        for (int i = 0; i < 4; i++) ok[i] = i * i;
        Pair pair = new Pair { A = 3, B = 40 };
        Pair* pp = &pair;
        pp->B += ok[3];
        Console.WriteLine($"valid pointers: {ok[2]} {pp->A} {pp->B}");
        return failures == 0 && pp->B == 49 ? 100 : 1;
    }
}
