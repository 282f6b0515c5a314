// User ref structs: a ref struct holding a Span (a tokenizer), ref struct with ref fields
// (C# 11 `ref int`), methods taking and returning spans, scoped parameters, a ref struct
// enumerator used by foreach, and ref structs as generic arguments (allows ref struct).
using System;

ref struct Tokenizer
{
    private ReadOnlySpan<char> rest;
    public Tokenizer(ReadOnlySpan<char> text) => rest = text;
    public bool Next(out ReadOnlySpan<char> token)
    {
        rest = rest.TrimStart(',');
        if (rest.IsEmpty) { token = default; return false; }
        int i = rest.IndexOf(',');
        token = i < 0 ? rest : rest[..i];
        rest = i < 0 ? default : rest[i..];
        return true;
    }
}

ref struct RefHolder
{
    public ref int Target;
    public RefHolder(ref int t) { Target = ref t; }
    public void Add(int v) => Target += v;
}

ref struct Countdown
{
    int n;
    public Countdown(int n) => this.n = n;
    public Countdown GetEnumerator() => this;
    public int Current => n;
    public bool MoveNext() => --n >= 0;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static Span<int> Evens(Span<int> s) { int k = 0; for (int i = 0; i < s.Length; i++) if (s[i] % 2 == 0) s[k++] = s[i]; return s[..k]; }
    static int Len<T>(T value) where T : allows ref struct => 1;
    static void Fill(scoped Span<int> s, int v) => s.Fill(v);

    static int Main()
    {
        var tk = new Tokenizer("ab,,cde,f");
        int count = 0, total = 0;
        while (tk.Next(out var t)) { count++; total += t.Length; }
        Check(count == 3 && total == 6, 1);
        int x = 5;
        var h = new RefHolder(ref x);
        h.Add(10);
        Check(x == 15, 2);
        h.Target = 1;
        Check(x == 1, 3);
        int[] arr = { 1, 2, 3, 4, 5, 6 };
        var ev = Evens(arr);
        Check(ev.Length == 3 && ev[2] == 6 && arr[0] == 2, 4);
        int s = 0;
        foreach (var v in new Countdown(4)) s = s * 10 + v;
        Check(s == 3210, 5);
        Check(Len(new Span<int>(arr)) == 1, 6);
        Span<int> local = stackalloc int[3];
        Fill(local, 7);
        Check(local[0] + local[2] == 14, 7);
        int[] big = new int[10];
        var hh = new RefHolder(ref big[3]);
        hh.Add(2);
        Check(big[3] == 2, 8);
        return failed == 0 ? 100 : failed;
    }
}
