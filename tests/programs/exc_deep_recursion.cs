// Exceptions crossing many frames: thrown at recursion depth 5000 and caught at the top,
// finally blocks at every level running in innermost-first order, a catch in the middle of
// the recursion that rethrows, and recursion continuing to work after the unwinding.
using System;

class DepthException : Exception { public int Depth; public DepthException(int d) { Depth = d; } }

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static int finallies;
    static int lastFinallyDepth;
    static bool orderOk = true;

    static int Recurse(int depth, int throwAt)
    {
        try
        {
            if (depth == throwAt) throw new DepthException(depth);
            return Recurse(depth + 1, throwAt) + 1;
        }
        finally
        {
            if (lastFinallyDepth != 0 && depth != lastFinallyDepth - 1) orderOk = false;
            lastFinallyDepth = depth;
            finallies++;
        }
    }
    static int middleCatches;
    static int Middle(int depth, int max)
    {
        if (depth == max) throw new DepthException(depth);
        try { return Middle(depth + 1, max); }
        catch (DepthException) when (depth % 1000 == 0) { middleCatches++; throw; }
    }
    static int Sum(int n) => n == 0 ? 0 : n + Sum(n - 1);

    static int Main()
    {
        try { Recurse(0, 5000); Check(false, 1); }
        catch (DepthException e) { Check(e.Depth == 5000, 2); }
        Check(finallies == 5001 && orderOk && lastFinallyDepth == 0, 3);
        try { Middle(0, 4500); }
        catch (DepthException e) { Check(e.Depth == 4500, 4); }
        Check(middleCatches == 5, 5);
        Check(Sum(3000) == 4501500, 6);
        int caughtCount = 0;
        for (int i = 0; i < 200; i++)
        {
            try { Middle(0, 50 + i); } catch (DepthException) { caughtCount++; }
        }
        Check(caughtCount == 200, 7);
        return failed == 0 ? 100 : failed;
    }
}
