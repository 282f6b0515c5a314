// [Flags] enums: combining with |, testing with & and HasFlag, removing with & ~, iterating
// over bits, switch on flag combinations, and Enum generic helpers.
using System;
using System.Runtime.CompilerServices;

[Flags]
enum Perm : ushort { None = 0, Read = 1, Write = 2, Exec = 4, Delete = 8, All = Read | Write | Exec | Delete }

[Flags]
enum Wide : ulong { Low = 1, High = 1UL << 63 }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    [MethodImpl(MethodImplOptions.NoInlining)] static Perm P(Perm p) => p;

    static int Count(Perm p)
    {
        int n = 0;
        foreach (Perm f in new[] { Perm.Read, Perm.Write, Perm.Exec, Perm.Delete }) if ((p & f) == f) n++;
        return n;
    }

    static int Main()
    {
        Perm rw = P(Perm.Read) | Perm.Write;
        Check(rw.HasFlag(Perm.Read) && rw.HasFlag(Perm.Write) && !rw.HasFlag(Perm.Exec), 1);
        Check((rw & Perm.Write) != 0 && (rw & Perm.Exec) == 0, 2);
        Check(rw.HasFlag(Perm.None), 3);
        Perm all = P(Perm.All);
        all &= ~Perm.Write;
        Check(all == (Perm.Read | Perm.Exec | Perm.Delete) && Count(all) == 3, 4);
        Check(Count(P(Perm.All)) == 4 && Count(P(Perm.None)) == 0, 5);
        all ^= Perm.Read;
        Check(all == (Perm.Exec | Perm.Delete), 6);
        Check((ushort)P(Perm.All) == 15, 7);
        Wide w = Wide.Low | Wide.High;
        Check(w.HasFlag(Wide.High) && (ulong)w == 0x8000000000000001, 8);
        int code = P(Perm.Read | Perm.Exec) switch
        {
            Perm.Read => 1,
            Perm.Read | Perm.Write => 2,
            Perm.Read | Perm.Exec => 3,
            _ => 0
        };
        Check(code == 3, 9);
        Check((P(Perm.Write) | Perm.Read).ToString() == "Read, Write", 10);
        Check(Perm.All.ToString() == "All", 11);
        Perm parsed = Enum.Parse<Perm>("Read, Delete");
        Check(parsed == (Perm.Read | Perm.Delete), 12);
        return failed == 0 ? 100 : failed;
    }
}
