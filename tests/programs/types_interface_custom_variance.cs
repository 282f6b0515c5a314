// User-declared variant interfaces and delegates (in/out type parameters): covariant
// producers, contravariant consumers, both on one interface, variant generic delegates,
// casts and `is` checks through variance, and variance with interface inheritance.
using System;

class Fruit { public virtual int Kind => 0; }
class Apple : Fruit { public override int Kind => 1; }
class GreenApple : Apple { public override int Kind => 2; }

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { int Consume(T item); }
interface ITransformer<in TIn, out TOut> { TOut Transform(TIn input); }
interface IBetterProducer<out T> : IProducer<T> { T ProduceTwice(); }
delegate TR Mapper<in TA, out TR>(TA a);

class AppleBox : IBetterProducer<Apple>
{
    public Apple Produce() => new Apple();
    public Apple ProduceTwice() => new GreenApple();
}
class FruitEater : IConsumer<Fruit> { public int Consume(Fruit f) => f.Kind + 10; }
class Juicer : ITransformer<Fruit, GreenApple> { public GreenApple Transform(Fruit f) => new GreenApple(); }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        IProducer<Fruit> pf = new AppleBox();
        Check(pf.Produce().Kind == 1, 1);
        IBetterProducer<Fruit> bf = new AppleBox();
        Check(bf.ProduceTwice().Kind == 2, 2);
        IConsumer<GreenApple> cg = new FruitEater();
        Check(cg.Consume(new GreenApple()) == 12, 3);
        ITransformer<Apple, Fruit> t = new Juicer();
        Check(t.Transform(new Apple()).Kind == 2, 4);
        object o = new AppleBox();
        Check(o is IProducer<object> && o is IProducer<Fruit> && !(o is IProducer<GreenApple>), 5);
        Check(o is IBetterProducer<Fruit>, 6);
        object c = new FruitEater();
        Check(c is IConsumer<Apple> && c is IConsumer<GreenApple> && !(c is IConsumer<object>), 7);
        object j = new Juicer();
        Check(j is ITransformer<GreenApple, object> && !(j is ITransformer<object, Apple>), 8);
        Mapper<Fruit, GreenApple> m = f => new GreenApple();
        Mapper<Apple, Fruit> m2 = m;
        Check(m2(new Apple()).Kind == 2, 9);
        try
        {
            var p = (IProducer<GreenApple>)o;
            Check(false, 10);
        }
        catch (InvalidCastException) { }
        var casted = (IConsumer<Apple>)c;
        Check(casted.Consume(new Apple()) == 11, 11);
        IProducer<Fruit>[] producers = { new AppleBox(), new AppleBox() };
        int k = 0;
        foreach (var p in producers) k += p.Produce().Kind;
        Check(k == 2, 12);
        return failed == 0 ? 100 : failed;
    }
}
