// Built-in variant interfaces and delegates: IEnumerable<out T>, IReadOnlyList<out T>,
// IComparer<in T>, Func<out>/Action<in> assignments, `is` checks across variance, arrays
// implementing IList<T> of base types, and variance not applying to value types.
using System;
using System.Collections.Generic;

class Animal { public virtual string Sound => "..."; }
class Dog : Animal { public override string Sound => "woof"; }
class Cat : Animal { public override string Sound => "meow"; }

class ByLength : IComparer<object>
{
    public int Compare(object a, object b) => a.ToString().Length - b.ToString().Length;
}

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int CountSounds(IEnumerable<Animal> animals) { int n = 0; foreach (var a in animals) n += a.Sound.Length; return n; }

    static int Main()
    {
        var dogs = new List<Dog> { new Dog(), new Dog() };
        IEnumerable<Animal> animals = dogs;
        Check(CountSounds(animals) == 8, 1);
        IReadOnlyList<Animal> ro = dogs;
        Check(ro.Count == 2 && ro[1].Sound == "woof", 2);
        object o = dogs;
        Check(o is IEnumerable<Animal> && o is IEnumerable<object> && !(o is IEnumerable<Cat>), 3);
        Check(!(o is IList<Animal>), 4);
        IComparer<object> cmp = new ByLength();
        IComparer<string> scmp = cmp;
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(scmp);
        Check(words[0] == "a" && words[2] == "ccc", 5);
        Func<Dog> makeDog = () => new Dog();
        Func<Animal> makeAnimal = makeDog;
        Check(makeAnimal().Sound == "woof", 6);
        Action<Animal> speak = a => { };
        Action<Cat> speakCat = speak;
        speakCat(new Cat());
        Check(speakCat is Action<Cat> && (object)speak is Action<Dog>, 7);
        var ints = new List<int> { 1 };
        Check(!((object)ints is IEnumerable<object>), 8);
        Dog[] dogArr = { new Dog() };
        Check((object)dogArr is IList<Animal> && (object)dogArr is IReadOnlyCollection<object>, 9);
        IList<Animal> asList = dogArr;
        Check(asList[0].Sound == "woof" && asList.Count == 1, 10);
        IEnumerable<object> strings = new[] { "x", "y" };
        int c = 0;
        foreach (var s in strings) c += ((string)s).Length;
        Check(c == 2, 11);
        Func<object, string> f = x => x.ToString();
        Func<string, object> g = f;
        Check((string)g("hi") == "hi", 12);
        return failed == 0 ? 100 : failed;
    }
}
