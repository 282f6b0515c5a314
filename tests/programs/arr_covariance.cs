// Array covariance: a Dog[] viewed as Animal[] or object[]; storing a compatible element
// works, storing an incompatible one throws ArrayTypeMismatchException (stelem.ref check),
// null stores always work, Array.Copy between covariant arrays, and value-type arrays are
// not covariant with object[].
using System;

class Animal { public int Id; }
class Dog : Animal { }
class Puppy : Dog { }
class Cat : Animal { }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static void Store(object[] arr, int i, object v) => arr[i] = v;
    static void StoreA(Animal[] arr, int i, Animal v) => arr[i] = v;

    static int Main()
    {
        Dog[] dogs = new Dog[3];
        Animal[] animals = dogs;
        animals[0] = new Dog { Id = 1 };
        animals[1] = new Puppy { Id = 2 };
        Check(dogs[0].Id == 1 && dogs[1] is Puppy, 1);
        bool threw = false;
        try { animals[2] = new Cat(); } catch (ArrayTypeMismatchException) { threw = true; }
        Check(threw && dogs[2] == null, 2);
        threw = false;
        try { StoreA(animals, 2, new Animal()); } catch (ArrayTypeMismatchException) { threw = true; }
        Check(threw, 3);
        animals[2] = null;
        Check(dogs[2] == null, 4);
        object[] objs = new string[2];
        Store(objs, 0, "ok");
        threw = false;
        try { Store(objs, 1, 5); } catch (ArrayTypeMismatchException) { threw = true; }
        Check(threw && (string)objs[0] == "ok", 5);
        object[] real = new object[2];
        Store(real, 0, 5); Store(real, 1, "s");
        Check((int)real[0] == 5, 6);
        Animal[] mixed = { new Dog(), new Cat() };
        Dog[] target = new Dog[2];
        threw = false;
        try { Array.Copy(mixed, target, 2); } catch (InvalidCastException) { threw = true; }
        catch (ArrayTypeMismatchException) { threw = true; }
        Check(threw, 7);
        Array.Copy(new Animal[] { new Dog { Id = 9 } }, target, 1);
        Check(target[0].Id == 9, 8);
        object ints = new int[1];
        Check(!(ints is object[]), 9);
        threw = false;
        try { Array.Copy(new int[] { 1 }, new object[1], 1); } catch { threw = true; }
        Check(!threw, 10); // boxing copy is allowed
        Puppy[] pups = { new Puppy() };
        Dog[] asDogs = pups;
        threw = false;
        try { asDogs[0] = new Dog(); } catch (ArrayTypeMismatchException) { threw = true; }
        Check(threw, 11);
        Span<Animal> sp = default;
        threw = false;
        try { sp = new Span<Animal>(animals); } catch (ArrayTypeMismatchException) { threw = true; }
        Check(threw, 12);
        ReadOnlySpan<Animal> ro = animals;
        Check(ro.Length == 3, 13);
        return failed == 0 ? 100 : failed;
    }
}
