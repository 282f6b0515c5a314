// MemoryStream behaviour: growth on write, Capacity, Position beyond Length then writing (gap is
// zeroed), SetLength, ToArray vs GetBuffer vs TryGetBuffer, fixed-size (non-expandable) streams
// refusing growth, read-only over a byte array, WriteTo/CopyTo another stream, and Dispose.
using System;
using System.IO;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var ms = new MemoryStream();
        Console.WriteLine($"{ms.Length} {ms.Position} {ms.Capacity} {ms.CanWrite}");
        ms.Write(new byte[] { 1, 2, 3, 4, 5 }, 1, 3);
        Console.WriteLine($"{ms.Length} {ms.Position} cap>={ms.Capacity >= 3}");
        Check(ms.Length == 3 && ms.Position == 3, 1);
        ms.Position = 6;
        ms.WriteByte(9);
        Console.WriteLine(string.Join(",", ms.ToArray()));
        Check(ms.Length == 7 && ms.ToArray()[4] == 0 && ms.ToArray()[6] == 9, 2);
        ms.SetLength(2);
        Console.WriteLine($"{ms.Length} {ms.Position} {string.Join(",", ms.ToArray())}");
        Check(ms.Length == 2 && ms.Position == 2, 3);
        ms.Capacity = 100;
        Check(ms.Capacity == 100 && ms.GetBuffer().Length == 100, 4);
        Check(ms.TryGetBuffer(out ArraySegment<byte> seg) && seg.Count == 2 && seg.Offset == 0, 5);
        ms.Position = 0;
        Console.WriteLine($"{ms.ReadByte()} {ms.ReadByte()} {ms.ReadByte()}");
        var fixedBuf = new byte[4];
        var fixedMs = new MemoryStream(fixedBuf);
        fixedMs.Write(new byte[] { 7, 8, 9, 10 });
        try { fixedMs.WriteByte(11); Check(false, 6); }
        catch (NotSupportedException ex) { Console.WriteLine("fixed: " + ex.Message); }
        Console.WriteLine(string.Join(",", fixedBuf));
        Check(fixedBuf[3] == 10, 7);
        Check(!fixedMs.TryGetBuffer(out _), 8);
        try { fixedMs.GetBuffer(); Check(false, 9); }
        catch (UnauthorizedAccessException ex) { Console.WriteLine("getbuffer: " + ex.GetType().Name); }
        var ro = new MemoryStream(new byte[] { 1, 2, 3, 4, 5, 6 }, 2, 3, writable: false);
        Console.WriteLine($"{ro.CanWrite} {ro.Length} {ro.ReadByte()}");
        try { ro.WriteByte(0); Check(false, 10); }
        catch (NotSupportedException ex) { Console.WriteLine("readonly: " + ex.Message); }
        var src = new MemoryStream();
        for (int i = 0; i < 1000; i++) src.WriteByte((byte)i);
        var dst = new MemoryStream();
        src.WriteTo(dst);
        var dst2 = new MemoryStream();
        src.Position = 500;
        src.CopyTo(dst2, 64);
        Console.WriteLine($"{dst.Length} {dst2.Length} {dst2.ToArray()[0]}");
        Check(dst.Length == 1000 && dst2.Length == 500 && dst2.ToArray()[0] == 244, 11);
        var seekMs = new MemoryStream(new byte[10]);
        Console.WriteLine($"{seekMs.Seek(-2, SeekOrigin.End)} {seekMs.Seek(5, SeekOrigin.Current)} {seekMs.Read(new byte[4], 0, 4)}");
        try { seekMs.Seek(-1, SeekOrigin.Begin); Check(false, 12); }
        catch (IOException ex) { Console.WriteLine("seek: " + ex.GetType().Name + ": " + ex.Message); }
        ms.Dispose();
        Console.WriteLine($"{ms.CanRead} {ms.CanSeek} {ms.ToArray().Length}");
        try { var _ = ms.Length; Check(false, 13); }
        catch (ObjectDisposedException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        try { ms.WriteByte(1); Check(false, 14); }
        catch (ObjectDisposedException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        var rs = new MemoryStream(new byte[] { 10, 20, 30 });
        Span<byte> sp = stackalloc byte[8];
        int n = rs.Read(sp);
        Console.WriteLine($"{n} {sp[2]} {rs.Read(sp)}");
        Check(n == 3 && sp[2] == 30, 15);
        return failed == 0 ? 100 : failed;
    }
}
