// Records: value equality (==, Equals, GetHashCode), reference inequality, with-expressions
// producing modified copies, inheritance (EqualityContract makes derived != base), positional
// records with Deconstruct, record structs, init-only properties, and custom members.
using System;
using System.Collections.Generic;

record Person(string Name, int Age)
{
    public string Nick { get; init; } = "";
    public bool Adult => Age >= 18;
}
record Employee(string Name, int Age, string Company) : Person(Name, Age);
record struct Coord(double Lat, double Lon);
readonly record struct Money(decimal Amount, string Currency)
{
    public Money Add(Money o) => this with { Amount = Amount + o.Amount };
}
record Node(int Value, Node Next);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var a = new Person("Ann", 30);
        var b = new Person("Ann", 30);
        Check(a == b && a.Equals(b) && !ReferenceEquals(a, b), 1);
        Check(a.GetHashCode() == b.GetHashCode(), 2);
        var c = a with { Age = 31 };
        Check(c.Age == 31 && c.Name == "Ann" && a.Age == 30 && c != a, 3);
        var d = a with { Nick = "A" };
        Check(d != a && d.Nick == "A", 4);
        var e = new Employee("Ann", 30, "X");
        Check(!a.Equals(e) && a != e, 5);
        Person pe = e;
        var e2 = pe with { Age = 40 };
        Check(e2 is Employee emp && emp.Company == "X" && emp.Age == 40, 6);
        var (name, age) = a;
        Check(name == "Ann" && age == 30 && a.Adult, 7);
        var c1 = new Coord(1.5, 2.5);
        var c2 = c1 with { Lon = 0 };
        Check(c1 != c2 && c2.Lat == 1.5 && c1 == new Coord(1.5, 2.5), 8);
        c2.Lon = 9;
        Check(c2.Lon == 9, 9);
        var m = new Money(1.5m, "EUR").Add(new Money(2m, "EUR"));
        Check(m == new Money(3.5m, "EUR"), 10);
        var set = new HashSet<Person> { a, b, c };
        Check(set.Count == 2, 11);
        var n1 = new Node(1, new Node(2, null));
        var n2 = new Node(1, new Node(2, null));
        Check(n1 == n2 && n1 != new Node(1, null), 12);
        Person nul = null;
        Check(nul != a && !(a == nul), 13);
        return failed == 0 ? 100 : failed;
    }
}
