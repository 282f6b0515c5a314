// OutOfMemoryException raised by the runtime for arrays longer than Array.MaxLength (one- and
// multi-dimensional, from variables and constants): it is catchable like any other runtime
// exception, has .NET's message and base type, and the program goes on allocating afterwards.
// Lengths past int.MaxValue (a native or long length) or negative raise OverflowException.
using System;
using System.Runtime.CompilerServices;

struct Pair { public long A, B; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Len(long n) => (int)n;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint ULen(uint n) => n;

    [MethodImpl(MethodImplOptions.NoInlining)] static nuint NLen(ulong n) => (nuint)n;
    [MethodImpl(MethodImplOptions.NoInlining)] static long LLen(long n) => n;

    static string Ovf(Func<object> f)
    {
        try { f(); return null; }
        catch (OverflowException e) { return e.Message; }
    }

    static string Oom(Func<object> f)
    {
        try { f(); return null; }
        catch (OutOfMemoryException e) { return e.Message; }
    }

    static int Main()
    {
        const string dims = "Array dimensions exceeded supported range.";
        Check(Oom(() => new int[Len(int.MaxValue)]) == dims, 1);
        Check(Oom(() => new Pair[int.MaxValue]) == dims, 2);
        Check(Oom(() => new byte[ULen(0x7fffffff)]) == dims, 3);
        Check(Oom(() => new string[Len(0x7FFFFFC8)]) == dims, 4);
        Check(Oom(() => new object[Len(0x7fffffff), Len(0x7fffffff)]) == dims, 5);
        Check(Oom(() => new byte[Len(0x10000), Len(0x10000)]) == dims, 6);
        bool overflow = false;
        try { _ = new int[ULen(0x80000000)]; } catch (OverflowException) { overflow = true; }
        Check(overflow, 7);
        const string ovf = "Arithmetic operation resulted in an overflow.";
        Check(Ovf(() => new int[NLen(0x80000000)]) == ovf, 12);
        Check(Ovf(() => new short[LLen(uint.MaxValue)]) == ovf, 13);
        Check(Ovf(() => new byte[NLen(0x80000000), 1]) == ovf, 14);
        Check(Ovf(() => new int[Len(-1)]) == ovf, 15);
        int[] small = new int[Len(16)];
        small[15] = 7;
        Check(small[15] == 7 && Oom(() => new int[Len(10), Len(10)]) == null, 8);
        Exception ex = null;
        try { _ = new long[Len(int.MaxValue)]; } catch (Exception e) { ex = e; }
        Check(ex is OutOfMemoryException && ex is SystemException && ex.GetType() == typeof(OutOfMemoryException), 9);
        Check(ex != null && ex.StackTrace != null && ex.StackTrace.Contains("Program.Main"), 10);
        Check(new OutOfMemoryException().Message == "Insufficient memory to continue the execution of the program.", 11);
        Console.WriteLine(failed == 0 ? "ok" : "failed " + failed);
        return failed == 0 ? 100 : failed;
    }
}
