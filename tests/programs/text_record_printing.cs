// Records as text and values: positional record class and record struct ToString (nested
// records, collections, nulls, inheritance with PrintMembers), value equality and ==, with
// expressions, Deconstruct, readonly record struct, and EqualityContract across a hierarchy.
using System;
using System.Collections.Generic;

record Point(int X, int Y);
record Person(string Name, int Age, Point? Home);
record Employee(string Name, int Age, Point? Home, string Title) : Person(Name, Age, Home);
record struct Pair(double A, string B);
readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount:F2} {Currency}";
}
record Bag(int[] Items, List<string> Tags);
record Empty;
record WithBody(int Value)
{
    public int Doubled => Value * 2;
    public string Note { get; init; } = "n/a";
    private int hidden = 5;
    public int Hidden => hidden;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var p = new Point(1, 2);
        var person = new Person("Ann", 30, p);
        var emp = new Employee("Bob", 40, null, "Dev");
        Console.WriteLine(p);
        Console.WriteLine(person);
        Console.WriteLine(emp);
        Check(p.ToString() == "Point { X = 1, Y = 2 }" && person.ToString() == "Person { Name = Ann, Age = 30, Home = Point { X = 1, Y = 2 } }", 1);
        Check(emp.ToString() == "Employee { Name = Bob, Age = 40, Home = , Title = Dev }", 2);
        var pair = new Pair(1.5, null!);
        Console.WriteLine(pair + " | " + new Money(3.14159m, "EUR") + " | " + new Empty() + " | " + new WithBody(4) { Note = "x" });
        Check(pair.ToString() == "Pair { A = 1.5, B =  }" && new Empty().ToString() == "Empty { }", 3);
        Check(new WithBody(4).ToString() == "WithBody { Value = 4, Doubled = 8, Note = n/a, Hidden = 5 }", 4);
        var bag = new Bag(new[] { 1, 2 }, new List<string> { "a" });
        Console.WriteLine(bag);
        Check(bag.ToString() == "Bag { Items = System.Int32[], Tags = System.Collections.Generic.List`1[System.String] }", 5);
        Check(p == new Point(1, 2) && p != new Point(2, 1) && p.Equals((object)new Point(1, 2)) && p.GetHashCode() == new Point(1, 2).GetHashCode(), 6);
        Check(person == new Person("Ann", 30, new Point(1, 2)) && person != new Person("Ann", 31, p), 7);
        Person asPerson = new Employee("Bob", 40, null, "Dev");
        Check(!asPerson.Equals(new Person("Bob", 40, null)) && !new Person("Bob", 40, null).Equals(asPerson) && asPerson.Equals(emp), 8);
        var older = person with { Age = 31 };
        var moved = person with { Home = p with { Y = 9 } };
        Console.WriteLine(older + " / " + moved);
        Check(older.Age == 31 && person.Age == 30 && moved.Home!.Y == 9 && ReferenceEquals(older.Home, person.Home), 9);
        Person promoted = emp with { Title = "Lead" };
        Check(promoted is Employee e2 && e2.Title == "Lead" && promoted.GetType().Name == "Employee", 10);
        var (x, y) = p;
        var (name, age, home) = person;
        Check(x == 1 && y == 2 && name == "Ann" && age == 30 && home == p, 11);
        var pair2 = pair with { A = 2 };
        Check(pair2.A == 2 && pair.A == 1.5 && pair != pair2 && pair == new Pair(1.5, null!), 12);
        var m1 = new Money(1.0m, "USD"); var m2 = new Money(1.00m, "USD");
        Check(m1 == m2 && m1.Equals(m2), 13);
        Check(new Bag(bag.Items, bag.Tags) == bag && new Bag(new[] { 1, 2 }, bag.Tags) != bag, 14);
        var set = new HashSet<Point> { new Point(1, 2), new Point(1, 2), new Point(2, 1) };
        Check(set.Count == 2, 15);
        var dict = new Dictionary<Pair, int> { [new Pair(1, "a")] = 1 };
        dict[new Pair(1, "a")] = 2;
        Check(dict.Count == 1 && dict[new Pair(1, "a")] == 2, 16);
        object boxed = pair;
        Console.WriteLine(boxed.ToString() + " " + boxed.Equals(new Pair(1.5, null!)) + " " + p.GetType().FullName + " " + pair.GetType().FullName);
        return failed == 0 ? 100 : failed;
    }
}
