// LINQ query expressions: multiple from clauses (SelectMany), let, where, orderby with several
// keys and descending, join, join ... into (group join) with DefaultIfEmpty for a left outer
// join, group ... by ... into with a continuation, anonymous types and their ToString.
using System;
using System.Collections.Generic;
using System.Linq;

record Student(int Id, string Name, string City);
record Score(int StudentId, string Subject, int Points);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var students = new List<Student>
        {
            new(1, "Ada", "Paris"), new(2, "Ben", "Oslo"), new(3, "Cy", "Paris"), new(4, "Dee", "Rome"), new(5, "Eli", "Oslo"),
        };
        var scores = new List<Score>
        {
            new(1, "math", 90), new(1, "art", 70), new(2, "math", 65), new(3, "math", 90), new(3, "art", 95),
            new(5, "art", 50), new(5, "math", 80), new(6, "math", 10),
        };

        var q1 = from s in students
                 join sc in scores on s.Id equals sc.StudentId
                 where sc.Points >= 70
                 orderby sc.Points descending, s.Name
                 select new { s.Name, sc.Subject, sc.Points };
        foreach (var r in q1) Console.WriteLine(r);
        Check(q1.Count() == 5 && q1.First().Name == "Cy" && q1.Last().Subject == "art", 1);

        var q2 = from s in students
                 join sc in scores on s.Id equals sc.StudentId into ss
                 let total = ss.Sum(x => x.Points)
                 orderby total descending, s.Id
                 select $"{s.Name}:{total}:{ss.Count()}";
        Console.WriteLine(string.Join(" ", q2));
        Check(string.Join(" ", q2) == "Cy:185:2 Ada:160:2 Eli:130:2 Ben:65:1 Dee:0:0", 2);

        var q3 = from s in students
                 join sc in scores on s.Id equals sc.StudentId into ss
                 from sc in ss.DefaultIfEmpty()
                 select (s.Name, Subject: sc?.Subject ?? "-");
        Console.WriteLine(string.Join(" ", q3));
        Check(q3.Count() == 8 && q3.Contains(("Dee", "-")), 3);

        var q4 = from s in students
                 group s by s.City into g
                 where g.Count() > 1
                 orderby g.Key
                 select new { City = g.Key, Names = string.Join("+", from x in g orderby x.Name descending select x.Name) };
        foreach (var r in q4) Console.WriteLine(r);
        Check(q4.Count() == 2 && q4.First().Names == "Eli+Ben" && q4.Last().Names == "Cy+Ada", 4);

        var q5 = from a in Enumerable.Range(1, 12)
                 from b in Enumerable.Range(a, 12 - a + 1)
                 let c2 = a * a + b * b
                 let c = (int)Math.Sqrt(c2)
                 where c * c == c2 && c <= 15
                 select (a, b, c);
        Console.WriteLine(string.Join(" ", q5));
        Check(q5.Count() == 4 && q5.First() == (3, 4, 5), 5);

        var q6 = from sc in scores
                 group sc.Points by sc.Subject into g
                 select new { Subject = g.Key, Avg = g.Average(), Max = g.Max(), N = g.Count() };
        foreach (var r in q6) Console.WriteLine(r);
        Check(q6.First().Subject == "math" && q6.First().Avg == 67.0, 6);

        var q7 = from s in students
                 where s.Name.Length == 3
                 select s.Name.ToUpperInvariant() into upper
                 where upper.Contains('E')
                 select upper;
        Check(string.Join(",", q7) == "BEN,DEE,ELI", 7);
        var anon1 = new { X = 1, Y = "a" };
        var anon2 = new { X = 1, Y = "a" };
        Check(anon1.Equals(anon2) && anon1.GetHashCode() == anon2.GetHashCode() && anon1.ToString() == "{ X = 1, Y = a }", 8);
        Console.WriteLine(new { A = (string)null, B = 2.5, C = new { D = 'x' } });
        return failed == 0 ? 100 : failed;
    }
}
