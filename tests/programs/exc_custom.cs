// Custom exception classes: hierarchies with extra fields and constructors, overridden
// Message property, exceptions carrying objects, generic exception types, catching via a
// base, exceptions as ordinary objects (stored, compared), and throw expressions.
using System;

class ValidationException : Exception
{
    public string Field { get; }
    public int Code { get; }
    public ValidationException(string field, int code) : base("invalid " + field) { Field = field; Code = code; }
}
class RangeValidationException : ValidationException
{
    public int Min, Max;
    public RangeValidationException(string f, int min, int max) : base(f, 2) { Min = min; Max = max; }
    public override string Message => $"{Field} must be in [{Min},{Max}]";
}
class ResultException<T> : Exception { public T Result; public ResultException(T r) => Result = r; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int Validate(int age) => age is < 0 or > 150 ? throw new RangeValidationException("age", 0, 150) : age;
    static string Name(string s) => s ?? throw new ValidationException("name", 1);
    static int Search(int[] a, int v) { for (int i = 0; i < a.Length; i++) if (a[i] == v) throw new ResultException<int>(i); return -1; }

    static int Main()
    {
        try { Validate(200); Check(false, 1); }
        catch (ValidationException e) { Check(e is RangeValidationException r && r.Max == 150 && e.Code == 2, 2); Check(e.Message == "age must be in [0,150]", 3); }
        try { Name(null); }
        catch (ValidationException e) { Check(e.Field == "name" && e.Message == "invalid name" && e.Code == 1, 4); }
        Check(Validate(30) == 30 && Name("x") == "x", 5);
        try { Search(new[] { 4, 5, 6 }, 6); }
        catch (ResultException<int> r) { Check(r.Result == 2, 6); }
        var stored = new ValidationException("f", 9);
        Exception thrown = null;
        try { throw stored; } catch (Exception e) { thrown = e; }
        Check(ReferenceEquals(thrown, stored), 7);
        int count = 0;
        for (int i = 0; i < 3; i++)
        {
            try { throw stored; } catch (ValidationException) { count++; }
        }
        Check(count == 3, 8);
        var list = new System.Collections.Generic.List<Exception> { new ValidationException("a", 1), new RangeValidationException("b", 1, 2) };
        Check(list[1] is ValidationException v && v.Field == "b", 9);
        return failed == 0 ? 100 : failed;
    }
}
