// Framework collections over value and reference types: List<T> (add, insert, remove, sort,
// enumerate, Contains), Dictionary<TKey,TValue> (add, lookup, update, remove, enumerate),
// HashSet<T>, Queue<T>, Stack<T>, and custom IEnumerable<T> with yield return.
using System;
using System.Collections.Generic;

class Person
{
    public string Name;
    public int Age;
    public Person(string name, int age) { Name = name; Age = age; }
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static IEnumerable<int> Evens(int max)
    {
        for (int i = 0; i <= max; i += 2) yield return i;
    }

    static int Main()
    {
        var list = new List<int>();
        for (int i = 0; i < 20; i++) list.Add(19 - i);
        Check(list.Count == 20 && list[0] == 19, 1);
        list.Sort();
        Check(list[0] == 0 && list[19] == 19 && list.Contains(7) && list.IndexOf(7) == 7, 2);
        list.RemoveAt(0);
        list.Insert(0, 100);
        list.Remove(5);
        Check(list.Count == 19 && list[0] == 100 && !list.Contains(5), 3);
        int sum = 0;
        foreach (var x in list) sum += x;
        Check(sum == 100 + 190 - 5, 4);

        var people = new List<Person> { new Person("ann", 30), new Person("bob", 25) };
        people.Sort((a, b) => a.Age.CompareTo(b.Age));
        Check(people[0].Name == "bob", 5);

        var dict = new Dictionary<string, int>();
        dict["one"] = 1;
        dict["two"] = 2;
        dict.Add("three", 3);
        dict["two"] = 22;
        Check(dict.Count == 3 && dict["two"] == 22 && dict.ContainsKey("three") && !dict.ContainsKey("four"), 6);
        Check(dict.TryGetValue("one", out int one) && one == 1 && !dict.TryGetValue("zero", out _), 7);
        Check(dict.Remove("one") && dict.Count == 2, 8);
        int total = 0;
        foreach (var kv in dict) total += kv.Value + kv.Key.Length;
        Check(total == 22 + 3 + 3 + 5, 9);
        bool thrown = false;
        try { int x = dict["missing"]; Check(x < 0, 10); }
        catch (KeyNotFoundException) { thrown = true; }
        Check(thrown, 11);

        var byId = new Dictionary<int, Person>();
        for (int i = 0; i < 100; i++) byId[i] = new Person("p" + i, i);
        Check(byId.Count == 100 && byId[57].Age == 57, 12);

        var set = new HashSet<int> { 1, 2, 3, 2, 1 };
        Check(set.Count == 3 && set.Contains(2) && !set.Contains(4), 13);

        var q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b");
        Check(q.Dequeue() == "a" && q.Count == 1, 14);
        var st = new Stack<long>();
        st.Push(1); st.Push(2);
        Check(st.Pop() == 2 && st.Peek() == 1, 15);

        int evens = 0;
        foreach (var e in Evens(10)) evens += e;
        Check(evens == 30, 16);

        var arr = list.ToArray();
        Check(arr.Length == 19 && arr[0] == 100, 17);
        return failed == 0 ? 100 : failed;
    }
}
