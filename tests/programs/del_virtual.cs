// Delegates bound to virtual methods dispatch on the object's runtime type (ldvirtftn),
// including overrides in derived classes, interface methods (class and struct receivers),
// abstract methods, and a delegate bound to `base.Method` (non-virtual call of the base).
using System;

abstract class Animal
{
    public virtual string Speak() => "...";
    public abstract int Legs();
    public Func<string> BaseSpeaker() => Speak;
}
class Dog : Animal
{
    public override string Speak() => "woof";
    public override int Legs() => 4;
    public Func<string> ParentSpeak() => base.Speak;
}
class Puppy : Dog { public override string Speak() => "yip"; }
class Bird : Animal { public override int Legs() => 2; }

interface IShape { double Area(); }
class Sq : IShape { public double S; public double Area() => S * S; }
struct Circle : IShape { public double R; public double Area() => 3 * R * R; }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        Animal a = new Puppy();
        Func<string> s = a.Speak;
        Check(s() == "yip", 1);
        Func<int> legs = a.Legs;
        Check(legs() == 4, 2);
        Check(new Bird().BaseSpeaker()() == "...", 3);
        Check(a.BaseSpeaker()() == "yip", 4);
        Check(new Puppy().ParentSpeak()() == "..." && new Dog().ParentSpeak()() == "...", 5);
        IShape sh = new Sq { S = 3 };
        Func<double> area = sh.Area;
        Check(area() == 9, 6);
        IShape c = new Circle { R = 2 };
        Func<double> ca = c.Area;
        Check(ca() == 12, 7);
        var circle = new Circle { R = 1 };
        Func<double> direct = circle.Area;
        circle.R = 10;
        Check(direct() == 3, 8);
        Animal[] zoo = { new Dog(), new Puppy(), new Bird() };
        var speakers = new Func<string>[zoo.Length];
        for (int i = 0; i < zoo.Length; i++) speakers[i] = zoo[i].Speak;
        string all = "";
        foreach (var f in speakers) all += f() + ";";
        Check(all == "woof;yip;...;", 9);
        Func<string> ts = a.ToString;
        Check(ts() == "Puppy", 10);
        Func<int> hc = "abc".GetHashCode;
        Check(hc() == "abc".GetHashCode(), 11);
        return failed == 0 ? 100 : failed;
    }
}
