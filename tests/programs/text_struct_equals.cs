// Default struct Equals and GetHashCode (ValueType.Equals/GetHashCode): bitwise structs,
// structs with references, floating-point fields (NaN, -0.0), nested structs, a field whose
// type overrides Equals, Nullable fields, and boxed comparisons.
using System;

struct Bits { public int A; public long B; }
struct WithRef { public int Id; public string Name; }
struct WithDouble { public double D; public int I; }
struct Nested { public WithRef Inner; public byte Tag; }
struct Custom
{
    public int V;
    public override bool Equals(object? o) => o is Custom c && (c.V % 10) == (V % 10);
    public override int GetHashCode() => V % 10;
}
struct HasCustom { public Custom C; public string S; }
struct WithNullable { public int? N; public object O; }
struct WithFloat { public float F; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) { failed = id; Console.WriteLine($"check {id} failed"); } }

    static int Main()
    {
        Check(new Bits { A = 1, B = 2 }.Equals(new Bits { A = 1, B = 2 }), 1);
        Check(!new Bits { A = 1, B = 2 }.Equals(new Bits { A = 1, B = 3 }), 2);
        Check(new Bits { A = 1, B = 2 }.GetHashCode() == new Bits { A = 1, B = 2 }.GetHashCode(), 3);
        string s1 = "he" + "llo".ToString(), s2 = new string("hello".ToCharArray());
        Check(!ReferenceEquals(s1, s2), 4);
        Check(new WithRef { Id = 1, Name = s1 }.Equals(new WithRef { Id = 1, Name = s2 }), 5);
        Check(!new WithRef { Id = 1, Name = "a" }.Equals(new WithRef { Id = 1, Name = "b" }), 6);
        Check(!new WithRef { Id = 1, Name = null! }.Equals(new WithRef { Id = 1, Name = "b" }), 7);
        Check(new WithRef { Id = 2 }.Equals(new WithRef { Id = 2 }), 8);
        Check(new WithRef { Id = 1, Name = s1 }.GetHashCode() == new WithRef { Id = 1, Name = s2 }.GetHashCode(), 9);
        Check(new WithDouble { D = double.NaN, I = 1 }.Equals(new WithDouble { D = double.NaN, I = 1 }), 10);
        Check(new WithDouble { D = 0.0 }.Equals(new WithDouble { D = -0.0 }), 11);
        Check(new WithDouble { D = 0.0 }.GetHashCode() == new WithDouble { D = -0.0 }.GetHashCode(), 12);
        Check(!new WithDouble { D = 1.0 }.Equals(new WithDouble { D = 2.0 }), 13);
        Check(new Nested { Inner = new WithRef { Id = 3, Name = s1 }, Tag = 1 }.Equals(new Nested { Inner = new WithRef { Id = 3, Name = s2 }, Tag = 1 }), 14);
        Check(!new Nested { Inner = new WithRef { Id = 3, Name = s1 }, Tag = 1 }.Equals(new Nested { Inner = new WithRef { Id = 4, Name = s2 }, Tag = 1 }), 15);
        Check(new HasCustom { C = new Custom { V = 3 }, S = "x" }.Equals(new HasCustom { C = new Custom { V = 13 }, S = "x" }), 16);
        Check(!new HasCustom { C = new Custom { V = 3 }, S = "x" }.Equals(new HasCustom { C = new Custom { V = 4 }, S = "x" }), 17);
        Check(new HasCustom { C = new Custom { V = 3 } }.GetHashCode() == new HasCustom { C = new Custom { V = 13 } }.GetHashCode(), 18);
        Check(new WithNullable { N = 5 }.Equals(new WithNullable { N = 5 }), 19);
        Check(!new WithNullable { N = 5 }.Equals(new WithNullable { N = null }), 20);
        Check(new WithNullable { N = null, O = 7 }.Equals(new WithNullable { N = null, O = 7 }), 21);
        Check(new WithFloat { F = float.NaN }.Equals(new WithFloat { F = float.NaN }), 22);
        object b1 = new Bits { A = 9 }, b2 = new Bits { A = 9 };
        Check(b1.Equals(b2) && !b1.Equals(new WithRef()) && !b1.Equals(null), 23);
        Check(new Nested().GetHashCode() == new Nested().GetHashCode(), 24);
        Check(new WithNullable { N = 5 }.GetHashCode() == new WithNullable { N = 5 }.GetHashCode(), 25);
        return failed == 0 ? 100 : failed;
    }
}
