// isinst/castclass: class hierarchies, interfaces, generic interfaces with variance, arrays
// (covariance of reference arrays, int[] vs uint[] reinterpretation that the runtime allows,
// arrays to IList<T>), casts of null, and InvalidCastException on failed casts.
using System;
using System.Collections;
using System.Collections.Generic;

class Animal { }
class Dog : Animal, IComparable<Dog> { public int CompareTo(Dog o) => 0; }
class Cat : Animal { }
interface IMarker { }
class Marked : Dog, IMarker { }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Throws(Action a) { try { a(); return false; } catch (InvalidCastException) { return true; } }

    static int Main()
    {
        object d = new Marked();
        Check(d is Animal && d is Dog && d is IMarker && d is IComparable<Dog> && !(d is Cat), 1);
        Check(Throws(() => { var c = (Cat)d; }) && !Throws(() => { var a = (Animal)d; }), 2);
        object nul = null;
        Check(!(nul is Animal) && (Animal)nul == null && (nul as Dog) == null, 3);
        object dogs = new Dog[] { new Dog() };
        Check(dogs is Animal[] && dogs is object[] && !(dogs is Cat[]) && dogs is IList<Animal> && dogs is IEnumerable, 4);
        Check(dogs is IReadOnlyList<object> && !(dogs is IList<Marked>), 5);
        object ints = new int[] { -1 };
        Check(ints is int[] && !(ints is long[]) && !(ints is object[]) && ints is IList<int> && !(ints is IList<object>), 6);
        Check(ints is uint[], 7);  // the runtime treats int[] and uint[] as compatible
        uint[] asU = (uint[])ints;
        Check(asU[0] == uint.MaxValue, 8);
        object enumArr = new DayOfWeek[] { DayOfWeek.Monday };
        Check(enumArr is int[], 9);
        Check(!(ints is IList<uint>) || ints is IList<uint>, 10);
        object arr2 = new int[2, 2];
        Check(arr2 is int[,] && !(arr2 is int[]) && arr2 is Array, 11);
        object jag = new int[1][];
        Check(jag is int[][] && jag is object[] && jag is IEnumerable<int[]>, 12);
        Check(Throws(() => { var x = (string)(object)5; }), 13);
        Check(Throws(() => { var x = (IMarker)(object)new Dog(); }), 14);
        object list = new List<string>();
        Check(list is IEnumerable<object> && list is ICollection && !(list is IList<object>), 15);
        object str = "s";
        Check(str is IComparable<string> && str is IEnumerable<char> && str is ICloneable, 16);
        object del = new Func<Dog>(() => new Dog());
        Check(del is Func<Animal> && del is Delegate && del is MulticastDelegate && !(del is Func<Cat>), 17);
        object o2 = new object();
        Check(!(o2 is string) && Throws(() => { var s = (Array)o2; }), 18);
        return failed == 0 ? 100 : failed;
    }
}
