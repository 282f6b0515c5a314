// Static fields of generic types: one copy per instantiation (int, long, string, object and
// two different reference types), static constructors running once per instantiation,
// generic static caches, and statics of nested generic types.
using System;
using System.Collections.Generic;

static class Counter<T>
{
    public static int Count;
    public static readonly string Tag;
    public static int Inits;
    static Counter() { Tag = typeof(T).Name; Inits++; }
}

class Cache<K, V> where K : notnull
{
    static readonly Dictionary<K, V> map = new();
    public static int Misses;
    public static V Get(K key, Func<K, V> make)
    {
        if (!map.TryGetValue(key, out var v)) { Misses++; map[key] = v = make(key); }
        return v;
    }
}

class Outer<T>
{
    public static List<T> Items = new();
    public class Inner<U> { public static int Hits; public static string Desc => typeof(T).Name + "/" + typeof(U).Name; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static void Bump<T>(int n) { for (int i = 0; i < n; i++) Counter<T>.Count++; }

    static int Main()
    {
        Bump<int>(3); Bump<long>(5); Bump<string>(7); Bump<object>(11); Bump<int>(1); Bump<List<string>>(2);
        Check(Counter<int>.Count == 4 && Counter<long>.Count == 5, 1);
        Check(Counter<string>.Count == 7 && Counter<object>.Count == 11 && Counter<List<string>>.Count == 2, 2);
        Check(Counter<List<int>>.Count == 0, 3);
        Check(Counter<int>.Tag == "Int32" && Counter<string>.Tag == "String" && Counter<List<string>>.Tag == "List`1", 4);
        Check(Counter<int>.Inits == 1 && Counter<string>.Inits == 1 && Counter<byte>.Inits == 1, 5);
        int made = 0;
        for (int i = 0; i < 10; i++) Cache<int, string>.Get(i % 3, k => { made++; return "v" + k; });
        Check(made == 3 && Cache<int, string>.Misses == 3 && Cache<int, string>.Get(2, k => "x") == "v2", 6);
        Check(Cache<string, int>.Misses == 0, 7);
        Cache<string, int>.Get("abc", s => s.Length);
        Check(Cache<string, int>.Misses == 1 && Cache<int, string>.Misses == 3, 8);
        Outer<int>.Items.Add(1);
        Outer<string>.Items.Add("a"); Outer<string>.Items.Add("b");
        Check(Outer<int>.Items.Count == 1 && Outer<string>.Items.Count == 2, 9);
        Outer<int>.Inner<string>.Hits = 4;
        Outer<string>.Inner<int>.Hits = 9;
        Check(Outer<int>.Inner<string>.Hits == 4 && Outer<string>.Inner<int>.Hits == 9 && Outer<int>.Inner<int>.Hits == 0, 10);
        Check(Outer<int>.Inner<string>.Desc == "Int32/String", 11);
        return failed == 0 ? 100 : failed;
    }
}
