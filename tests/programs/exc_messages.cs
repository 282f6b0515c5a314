// Exception messages and properties checked by string comparison: default messages of common
// exception types, custom messages, ArgumentException with ParamName, ArgumentNullException
// ThrowIfNull, InnerException chains, HResult values, Data dictionary, and GetBaseException.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Check(new InvalidOperationException("custom").Message == "custom", 1);
        Check(new Exception().Message == "Exception of type 'System.Exception' was thrown.", 2);
        Check(new InvalidOperationException().Message == "Operation is not valid due to the current state of the object.", 3);
        Check(new NotSupportedException().Message == "Specified method is not supported.", 4);
        var ae = new ArgumentException("bad value", "count");
        Check(ae.ParamName == "count" && ae.Message == "bad value (Parameter 'count')", 5);
        string msg = null, param = null;
        try { ArgumentNullException.ThrowIfNull((object)null, "thing"); } catch (ArgumentNullException e) { param = e.ParamName; msg = e.Message; }
        Check(param == "thing" && msg == "Value cannot be null. (Parameter 'thing')", 6);
        try { ArgumentOutOfRangeException.ThrowIfNegative(-1, "n"); } catch (ArgumentOutOfRangeException e) { param = e.ParamName; }
        Check(param == "n", 7);
        var inner = new FormatException("inner");
        var mid = new InvalidOperationException("mid", inner);
        var outer = new Exception("outer", mid);
        Check(outer.GetBaseException() == inner && outer.InnerException.InnerException == inner, 8);
        Check(new Exception().HResult == unchecked((int)0x80131500), 9);
        Check(new InvalidCastException().HResult == unchecked((int)0x80004002), 10);
        var ex = new Exception("data");
        ex.Data["k"] = 42;
        Check((int)ex.Data["k"] == 42, 11);
        try { new List<int>()[0] = 1; } catch (ArgumentOutOfRangeException e) { msg = e.ParamName; }
        Check(msg == "index", 12);
        try { new Dictionary<string, int>()["missing"] = 0; var x = new Dictionary<string, int>()["missing"]; }
        catch (KeyNotFoundException e) { msg = e.Message; }
        Check(msg == "The given key 'missing' was not present in the dictionary.", 13);
        try { throw new ObjectDisposedException("Thing"); } catch (ObjectDisposedException e) { msg = e.ObjectName; }
        Check(msg == "Thing", 14);
        Check(new TimeoutException().GetType().FullName == "System.TimeoutException", 15);
        return failed == 0 ? 100 : failed;
    }
}
