// Open instance delegates (the first argument becomes `this`) and closed static delegates
// (the target becomes the first argument), created with Delegate.CreateDelegate from
// MethodInfo and through extension methods captured as delegates.
using System;
using System.Reflection;

class Item
{
    public int Value;
    public int Times(int k) => Value * k;
    public virtual string Name() => "item" + Value;
}
class Special : Item { public override string Name() => "special" + Value; }

static class Ext
{
    public static int Plus(this Item i, int k) => i.Value + k;
    public static string Shout(this string s) => s.ToUpperInvariant() + "!";
}

delegate int OpenTimes(Item target, int k);
delegate string OpenName(Item target);

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var times = (OpenTimes)Delegate.CreateDelegate(typeof(OpenTimes), typeof(Item).GetMethod("Times"));
        Check(times(new Item { Value = 3 }, 4) == 12 && times(new Item { Value = -1 }, 5) == -5, 1);
        var name = (OpenName)Delegate.CreateDelegate(typeof(OpenName), typeof(Item).GetMethod("Name"));
        Check(name(new Item { Value = 1 }) == "item1", 2);
        Check(name(new Special { Value = 2 }) == "special2", 3);
        var item = new Item { Value = 10 };
        Func<int, int> plus = item.Plus;
        Check(plus(5) == 15 && ReferenceEquals(plus.Target, item), 4);
        Func<string> shout = "hey".Shout;
        Check(shout() == "HEY!" && (string)shout.Target == "hey", 5);
        Func<Item, int, int> openFunc = (Func<Item, int, int>)Delegate.CreateDelegate(typeof(Func<Item, int, int>), typeof(Item).GetMethod("Times"));
        Check(openFunc(new Special { Value = 7 }, 2) == 14, 6);
        Func<string, string> lower = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), typeof(string).GetMethod("ToLowerInvariant", Type.EmptyTypes));
        Check(lower("ABC") == "abc", 7);
        var closedStatic = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), item, typeof(Ext).GetMethod("Plus"));
        Check(closedStatic(1) == 11, 8);
        return failed == 0 ? 100 : failed;
    }
}
