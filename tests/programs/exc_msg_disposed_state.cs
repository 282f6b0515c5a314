// ObjectDisposedException and InvalidOperationException messages from framework objects in bad
// states: disposed streams, readers, writers, enumerators used after the collection changed,
// Timer/CancellationTokenSource disposed, StringBuilder capacity, Nullable and Lazy misuse.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

static class Program
{
    static int count;
    static void T(string what, Action a)
    {
        try { a(); Console.WriteLine($"{what}: no exception"); }
        catch (Exception e)
        {
            count++;
            string extra = e is ObjectDisposedException ode ? $" [ObjectName={ode.ObjectName}]" : "";
            Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}{extra}");
        }
    }

    static int Main()
    {
        var ms = new MemoryStream(new byte[4]); ms.Dispose();
        T("MemoryStream.Read", () => ms.Read(new byte[1], 0, 1));
        T("MemoryStream.Position", () => ms.Position = 1);
        T("MemoryStream.Seek", () => ms.Seek(0, SeekOrigin.Begin));
        var bs = new BufferedStream(new MemoryStream()); bs.Dispose();
        T("BufferedStream.Write", () => bs.WriteByte(1));
        var sr = new StreamReader(new MemoryStream(new byte[] { 65 })); sr.Dispose();
        T("StreamReader.Peek", () => sr.Peek());
        T("StreamReader.ReadToEnd", () => sr.ReadToEnd());
        var sw = new StreamWriter(new MemoryStream()); sw.Dispose();
        T("StreamWriter.Write", () => sw.Write('x'));
        T("StreamWriter.Flush", () => sw.Flush());
        var bw = new BinaryWriter(new MemoryStream()); bw.Dispose();
        T("BinaryWriter.Write", () => bw.Write(1));
        var br = new BinaryReader(new MemoryStream(new byte[8])); br.Dispose();
        T("BinaryReader.ReadInt32", () => br.ReadInt32());
        var strw = new StringWriter(); strw.Dispose();
        T("StringWriter.Write", () => strw.Write("s"));
        var cts = new CancellationTokenSource(); cts.Dispose();
        T("CancellationTokenSource.Token", () => { var tok = cts.Token; });
        T("CancellationTokenSource.Cancel", () => cts.Cancel());
        var cts2 = new CancellationTokenSource(); cts2.Cancel();
        T("ThrowIfCancellationRequested", () => cts2.Token.ThrowIfCancellationRequested());
        var mre = new ManualResetEventSlim(); mre.Dispose();
        T("ManualResetEventSlim.Set", () => mre.Set());
        var sem = new SemaphoreSlim(1); sem.Dispose();
        T("SemaphoreSlim.Wait", () => sem.Wait());
        T("SemaphoreSlim.Release too many", () => new SemaphoreSlim(1, 1).Release());
        var list = new List<int> { 1, 2 };
        var en = list.GetEnumerator(); list.Add(3);
        T("List enumerator after Add", () => en.MoveNext());
        var d = new Dictionary<int, int> { [1] = 1 };
        var den = d.GetEnumerator(); d[2] = 2;
        T("Dictionary enumerator after add", () => den.MoveNext());
        var q = new Queue<int>(new[] { 1 });
        var qen = q.GetEnumerator(); q.Dequeue();
        T("Queue enumerator after dequeue", () => qen.MoveNext());
        T("StringBuilder max capacity", () => new StringBuilder(2, 4).Append("hello"));
        T("StringBuilder negative capacity", () => new StringBuilder(-1));
        T("Monitor.Exit unowned", () => Monitor.Exit(new object()));
        T("Lazy self-reference", () => { Lazy<int> lz = null; lz = new Lazy<int>(() => lz.Value + 1); var v = lz.Value; });
        T("Array.Empty Enumerator Current", () => { var e = ((IEnumerable<int>)new List<int>()).GetEnumerator(); e.MoveNext(); var c = ((System.Collections.IEnumerator)e).Current; });
        T("Stack enumerator before start", () => { var e = ((System.Collections.IEnumerable)new Stack<int>(new[] { 1 })).GetEnumerator(); var c = e.Current; });
        T("Encoding exception fallback", () => Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes("é"));
        T("UTF8 throwOnInvalid", () => new UTF8Encoding(false, true).GetString(new byte[] { 0xFF }));
        Console.WriteLine($"caught {count}");
        return count == 26 ? 100 : 1;
    }
}
