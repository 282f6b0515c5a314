// binary-trees: allocates and walks many short-lived complete binary trees next to one long-lived
// tree, so most of the time goes to the allocator and the garbage collector.
// Usage: binary-trees [maxDepth]   (default 19)
using System;

public sealed class Node
{
    public readonly Node? Left;
    public readonly Node? Right;

    public Node(Node? left, Node? right)
    {
        Left = left;
        Right = right;
    }

    public static Node Build(int depth)
    {
        if (depth == 0) return new Node(null, null);
        return new Node(Build(depth - 1), Build(depth - 1));
    }

    // Counts the nodes of the tree.
    public int Check()
    {
        int count = 1;
        if (Left != null) count += Left.Check();
        if (Right != null) count += Right.Check();
        return count;
    }
}

public static class Program
{
    const int MinDepth = 4;

    public static void Main(string[] args)
    {
        int requested = args.Length > 0 ? int.Parse(args[0]) : 19;
        int maxDepth = Math.Max(MinDepth + 2, requested);

        int stretchDepth = maxDepth + 1;
        Console.WriteLine($"stretch tree of depth {stretchDepth}\t check: {Node.Build(stretchDepth).Check()}");

        Node longLived = Node.Build(maxDepth);

        for (int depth = MinDepth; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + MinDepth);
            long check = 0;
            for (int i = 0; i < iterations; i++)
            {
                check += Node.Build(depth).Check();
            }
            Console.WriteLine($"{iterations}\t trees of depth {depth}\t check: {check}");
        }

        Console.WriteLine($"long lived tree of depth {maxDepth}\t check: {longLived.Check()}");
    }
}
