// return-100: the smallest program. No output; exits with 100. Measures the fixed cost of an
// executable (runtime, GC, start-up) and what trimming leaves of the framework.
public static class Program
{
    public static int Main() => 100;
}
