// Captured loop variables: foreach variables are fresh per iteration, for-loop variables are
// shared across iterations, a copy inside the for body is fresh per iteration, while-loop
// locals declared inside the body, and closures created in nested loops.
using System;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    static int Main()
    {
        var fs = new List<Func<int>>();
        for (int i = 0; i < 5; i++) fs.Add(() => i);
        int sum = 0;
        foreach (var f in fs) sum += f();
        Check(sum == 25, 1);
        fs.Clear();
        for (int i = 0; i < 5; i++) { int copy = i; fs.Add(() => copy); }
        sum = 0;
        foreach (var f in fs) sum += f();
        Check(sum == 10, 2);
        fs.Clear();
        foreach (var v in new[] { 1, 2, 3, 4 }) fs.Add(() => v * 10);
        sum = 0;
        foreach (var f in fs) sum += f();
        Check(sum == 100, 3);
        fs.Clear();
        int k = 0;
        while (k < 3) { int local = k * 2; fs.Add(() => local); k++; }
        Check(fs[0]() == 0 && fs[2]() == 4, 4);
        var grid = new List<Func<int>>();
        for (int r = 0; r < 3; r++)
        {
            int row = r;
            for (int c = 0; c < 3; c++) { int col = c; grid.Add(() => row * 10 + col); }
        }
        Check(grid[0]() == 0 && grid[4]() == 11 && grid[8]() == 22, 5);
        var mutators = new List<Action>();
        int counter = 0;
        for (int i = 0; i < 4; i++) mutators.Add(() => counter += i);
        foreach (var m in mutators) m();
        Check(counter == 16, 6);
        var pairs = new List<Func<int>>();
        foreach (var (a, b) in new[] { (1, 2), (3, 4) }) pairs.Add(() => a * b);
        Check(pairs[0]() == 2 && pairs[1]() == 12, 7);
        var shared = new List<Action>();
        int shared1 = 0;
        for (int i = 0; i < 3; i++) { shared.Add(() => shared1++); }
        foreach (var a in shared) a();
        Check(shared1 == 3, 8);
        Func<int> last = null;
        for (int i = 0; i < 10; i++) { if (i == 7) { int seven = i; last = () => seven; } }
        Check(last() == 7, 9);
        return failed == 0 ? 100 : failed;
    }
}
