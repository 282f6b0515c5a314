// Stack traces: Exception.ToString() and StackTrace list the frames an exception passed
// through, innermost first, as "   at Ns.Type.Method(ParamType name)" lines: recursion (one
// line per activation), `throw;` (the rethrowing frame once), inner exceptions, generic types
// and methods, nested types, byref and array parameters, lambdas, iterators (+MoveNext()),
// async methods, ExceptionDispatchInfo ("--- End of stack trace from previous location ---"),
// exceptions the runtime raises, an exception never thrown (no trace) and `throw ex` (a new
// trace from the throwing frame).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace Traces
{
    class Box<T>
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Fail<U>(T value, U other, ref int count, int[] arr, List<string> list)
        {
            count++;
            throw new InvalidOperationException("box " + value + " " + other);
        }

        public class Inner
        {
            static int counter;
            [MethodImpl(MethodImplOptions.NoInlining)]
            public void Go(string s) => Box<int>.Fail<string>(1, s, ref counter, null, null);
        }
    }

    static class Program
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        static void Level(int depth)
        {
            if (depth == 0) throw new ArgumentException("deep");
            Level(depth - 1);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        static void Rethrow()
        {
            try { Level(2); }
            catch (ArgumentException) { throw; }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        static void Wrap()
        {
            try { Rethrow(); }
            catch (Exception e) { throw new InvalidOperationException("wrapped", e); }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        static void ThrowAgain()
        {
            Exception saved = null;
            try { Level(1); }
            catch (Exception e) { saved = e; }
            throw saved;
        }

        static IEnumerable<int> Iterate()
        {
            yield return 1;
            throw new FormatException("iterator");
        }

        static async Task<int> Inner1()
        {
            await Task.Yield();
            throw new NotSupportedException("async");
        }

        static async Task<int> Outer1() => await Inner1() + 1;

        [MethodImpl(MethodImplOptions.NoInlining)]
        static void Dispatch()
        {
            ExceptionDispatchInfo info = null;
            try { Level(0); }
            catch (Exception e) { info = ExceptionDispatchInfo.Capture(e); }
            info.Throw();
        }

        static void Show(string title, Action a)
        {
            try { a(); }
            catch (Exception e) { Console.WriteLine("[" + title + "]"); Console.WriteLine(e.ToString()); }
        }

        static int Main()
        {
            Show("recursion", () => Level(3));
            Show("rethrow", Rethrow);
            Show("inner", Wrap);
            Show("throw ex", ThrowAgain);
            Show("generic", () => new Box<string>.Inner().Go("x"));
            Show("iterator", () => { foreach (var x in Iterate()) { } });
            Show("async", () => Outer1().GetAwaiter().GetResult());
            Show("dispatch", Dispatch);
            Show("cast", () => { object o = "s"; Console.WriteLine((int)o); });
            Show("index", () => { int[] a = new int[1]; a[2] = 1; });
            Show("null", () => { string s = null; Console.WriteLine(s.Length); });
            try { Level(1); }
            catch (Exception e) { Console.WriteLine(e.StackTrace); }
            var never = new Exception("never thrown");
            Console.WriteLine(never.StackTrace == null ? "no trace" : "trace");
            return 100;
        }
    }
}
