// Read-only wrappers and observable collections: ReadOnlyCollection over a live List (changes seen,
// mutation via IList throws NotSupportedException), ReadOnlyDictionary, AsReadOnly,
// ObservableCollection CollectionChanged/PropertyChanged events for add/remove/replace/move/clear.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.ComponentModel;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var backing = new List<int> { 1, 2, 3 };
        var ro = backing.AsReadOnly();
        backing.Add(4);
        Console.WriteLine($"{ro.Count} {ro[3]} {ro.Contains(2)} {ro.IndexOf(3)}");
        Check(ro.Count == 4 && ro[3] == 4, 1);
        try { ((IList<int>)ro).Add(5); Check(false, 2); }
        catch (NotSupportedException ex) { Console.WriteLine("NotSupported: " + ex.Message); }
        try { ((ICollection<int>)ro).Clear(); Check(false, 3); }
        catch (NotSupportedException) { Console.WriteLine("Clear NotSupported"); }
        Console.WriteLine(((ICollection<int>)ro).IsReadOnly);
        var rd = new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
        Console.WriteLine($"{rd["b"]} {rd.Count} {rd.ContainsKey("c")} {string.Join(",", rd.Keys)}");
        Check(rd["b"] == 2 && !rd.ContainsKey("c"), 4);
        try { ((IDictionary<string, int>)rd)["c"] = 3; Check(false, 5); }
        catch (NotSupportedException) { Console.WriteLine("dict NotSupported"); }
        Console.WriteLine(ReadOnlyCollection<int>.Empty.Count);
        var oc = new ObservableCollection<string>();
        var log = new List<string>();
        oc.CollectionChanged += (s, e) =>
        {
            string items(System.Collections.IList l) => l == null ? "-" : string.Join("|", System.Linq.Enumerable.Cast<object>(l));
            log.Add($"{e.Action} new={items(e.NewItems)}@{e.NewStartingIndex} old={items(e.OldItems)}@{e.OldStartingIndex}");
        };
        ((INotifyPropertyChanged)oc).PropertyChanged += (s, e) => log.Add("prop " + e.PropertyName);
        oc.Add("a"); oc.Add("b"); oc.Insert(0, "z");
        oc[1] = "A";
        oc.Move(0, 2);
        oc.Remove("b");
        oc.Clear();
        foreach (var line in log) Console.WriteLine(line);
        Check(log.Count > 10 && log[0].StartsWith("prop Count"), 6);
        var oc2 = new ObservableCollection<int>(new[] { 3, 1, 2 });
        int events = 0;
        oc2.CollectionChanged += (s, e) =>
        {
            events++;
            if (events == 1)
            {
                try { oc2.Add(99); Check(false, 7); }
                catch (InvalidOperationException) { Console.WriteLine("reentrancy blocked"); }
            }
        };
        oc2.CollectionChanged += (s, e) => { };
        oc2.Add(4);
        Console.WriteLine($"{events} {string.Join(",", oc2)}");
        Check(events == 1 && oc2.Count == 4, 8);
        var roo = new ReadOnlyObservableCollection<int>(oc2);
        oc2.RemoveAt(0);
        Console.WriteLine($"{roo.Count} {roo[0]}");
        Check(roo.Count == 3 && roo[0] == 1, 9);
        return failed == 0 ? 100 : failed;
    }
}
