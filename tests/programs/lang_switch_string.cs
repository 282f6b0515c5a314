// Switch on strings: few cases (compare chains), many cases (computed string hash + compare),
// null and empty strings, case sensitivity, switch expressions on strings and strings that
// share a hash prefix or length.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Few(string s)
    {
        switch (s) { case "yes": return 1; case "no": return 2; case null: return 3; default: return 0; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Many(string s)
    {
        switch (s)
        {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            case "delta": return 4;
            case "epsilon": return 5;
            case "zeta": return 6;
            case "eta": return 7;
            case "theta": return 8;
            case "iota": return 9;
            case "kappa": return 10;
            case "lambda": return 11;
            case "": return 12;
            case "Aa": return 13;
            case "BB": return 14;
            default: return 0;
        }
    }

    static string Kind(string ext) => ext switch
    {
        ".cs" or ".vb" => "code",
        ".png" or ".jpg" or ".gif" => "image",
        ".txt" => "text",
        null => "none",
        _ => "other"
    };

    static int Main()
    {
        Check(Few("yes") == 1 && Few("no") == 2 && Few(null) == 3 && Few("YES") == 0 && Few("") == 0, 1);
        string[] names = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "", "Aa", "BB" };
        for (int i = 0; i < names.Length; i++)
        {
            string copy = new string(names[i].ToCharArray());
            if (Many(copy) != i + 1) { Check(false, 2); break; }
        }
        Check(Many("Alpha") == 0 && Many("alph") == 0 && Many("alphaa") == 0 && Many(null) == 0, 3);
        Check(Many("mu") == 0 && Many("ETA") == 0, 4);
        Check(Kind(".cs") == "code" && Kind(".gif") == "image" && Kind(".txt") == "text", 5);
        Check(Kind(null) == "none" && Kind(".exe") == "other" && Kind("") == "other", 6);
        string built = "gam" + "ma".ToString();
        Check(Many(built) == 3, 7);
        var sb = new System.Text.StringBuilder();
        sb.Append('k').Append("appa");
        Check(Many(sb.ToString()) == 10, 8);
        return failed == 0 ? 100 : failed;
    }
}
