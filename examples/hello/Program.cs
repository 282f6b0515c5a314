using System;

public static class Program
{
    public static void Main(string[] args)
    {
        string name = args.Length > 0 ? args[0] : "world";
        Console.WriteLine($"Hello, {name}!");
    }
}
