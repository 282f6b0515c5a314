// hello: the start-up benchmark. Prints one line and exits.
public static class Program
{
    public static void Main()
    {
        System.Console.WriteLine("Hello, World!");
    }
}
