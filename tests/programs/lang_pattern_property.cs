// Property and positional patterns: nested property patterns, extended property patterns
// (a.b.c), positional patterns through Deconstruct and tuples, var patterns, and patterns
// combined with and/or/not.
using System;

class Address { public string City = ""; public int Zip; }
class Person
{
    public string Name = "";
    public int Age;
    public Address Home;
    public void Deconstruct(out string name, out int age) { name = Name; age = Age; }
}
readonly record struct Point(int X, int Y);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static string Describe(Person p) => p switch
    {
        { Age: < 18, Home.City: "Oslo" } => "young oslo",
        { Age: < 18 } => "young",
        { Home: null } => "homeless adult",
        { Home: { Zip: >= 9000 and < 10000 } } => "north",
        ("Bob", var age) when age > 60 => "old bob",
        ("Bob", _) => "bob",
        _ => "adult"
    };
    static string Quadrant(Point p) => p switch
    {
        (0, 0) => "origin",
        ( > 0, > 0) => "q1",
        ( < 0, > 0) => "q2",
        (_, 0) or (0, _) => "axis",
        { X: < 0, Y: < 0 } => "q3",
        _ => "q4"
    };
    static string Tuple(int a, bool b) => (a, b) switch
    {
        (0, _) => "zero",
        (var x, true) when x > 10 => "bigtrue",
        (_, true) => "true",
        (not 0, false) => "false"
    };

    static int Main()
    {
        var oslo = new Address { City = "Oslo", Zip = 150 };
        var tromso = new Address { City = "Tromso", Zip = 9008 };
        Check(Describe(new Person { Age = 10, Home = oslo }) == "young oslo", 1);
        Check(Describe(new Person { Age = 10, Home = tromso }) == "young", 2);
        Check(Describe(new Person { Age = 30 }) == "homeless adult", 3);
        Check(Describe(new Person { Age = 30, Home = tromso }) == "north", 4);
        Check(Describe(new Person { Name = "Bob", Age = 70, Home = oslo }) == "old bob", 5);
        Check(Describe(new Person { Name = "Bob", Age = 20, Home = oslo }) == "bob", 6);
        Check(Describe(new Person { Name = "Al", Age = 20, Home = oslo }) == "adult", 7);
        Check(Quadrant(new Point(0, 0)) == "origin" && Quadrant(new Point(1, 2)) == "q1" && Quadrant(new Point(-1, 2)) == "q2", 8);
        Check(Quadrant(new Point(5, 0)) == "axis" && Quadrant(new Point(-1, -1)) == "q3" && Quadrant(new Point(1, -1)) == "q4", 9);
        Check(Tuple(0, true) == "zero" && Tuple(11, true) == "bigtrue" && Tuple(5, true) == "true" && Tuple(5, false) == "false", 10);
        object o = new Person { Name = "Z", Age = 1 };
        Check(o is Person { Name: var nm, Age: 1 } && nm == "Z", 11);
        Check(o is not Person { Age: > 1 }, 12);
        return failed == 0 ? 100 : failed;
    }
}
