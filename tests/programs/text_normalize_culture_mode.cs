// Globalization-mode behaviours visible as text: string.Normalize/IsNormalized (FormC/FormD/KC)
// on ASCII and accented input, culture lookups under invariant mode (CultureInfo("en-US"),
// GetCultureInfo, CurrentCulture/UICulture names), and case mapping with explicit cultures.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static string Cps(string s) { var sb = new StringBuilder(); foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' '); return sb.ToString().TrimEnd(); }
    static string Try(Func<string> f) { try { return f(); } catch (Exception e) { return e.GetType().Name; } }

    static int Main()
    {
        Check("abc".Normalize() == "abc" && "abc".IsNormalized() && "abc".Normalize(NormalizationForm.FormD) == "abc", 1);
        string composed = "caf\u00e9", decomposed = "cafe\u0301", ligature = "\ufb01ne", width = "\uff21\uff22";
        foreach (var s in new[] { composed, decomposed, ligature, width, "\u212B", "\u1E9B\u0323" })
        {
            Console.WriteLine(Cps(s) + " => C: " + Try(() => Cps(s.Normalize(NormalizationForm.FormC))) + " | D: " + Try(() => Cps(s.Normalize(NormalizationForm.FormD))) + " | KC: " + Try(() => Cps(s.Normalize(NormalizationForm.FormKC))) + " | KD: " + Try(() => Cps(s.Normalize(NormalizationForm.FormKD))) + " | isC: " + Try(() => s.IsNormalized().ToString()));
        }
        Console.WriteLine("current=[" + CultureInfo.CurrentCulture.Name + "] ui=[" + CultureInfo.CurrentUICulture.Name + "] invariant=[" + CultureInfo.InvariantCulture.Name + "] " + CultureInfo.InvariantCulture.EnglishName + " " + CultureInfo.InvariantCulture.TwoLetterISOLanguageName + " " + CultureInfo.InvariantCulture.ThreeLetterISOLanguageName);
        Check(CultureInfo.CurrentCulture.Name == "" && CultureInfo.CurrentCulture.Equals(CultureInfo.InvariantCulture), 2);
        Console.WriteLine("new CultureInfo(en-US): " + Try(() => new CultureInfo("en-US").Name));
        Console.WriteLine("GetCultureInfo(fr-FR): " + Try(() => CultureInfo.GetCultureInfo("fr-FR").Name));
        Console.WriteLine("GetCultureInfo(\"\"): " + Try(() => "[" + CultureInfo.GetCultureInfo("").Name + "]"));
        Console.WriteLine("new CultureInfo(xx-bogus-culture): " + Try(() => new CultureInfo("xx-bogus-culture").Name));
        Console.WriteLine("GetCultures(all): " + Try(() => CultureInfo.GetCultures(CultureTypes.AllCultures).Length.ToString()));
        Console.WriteLine("RegionInfo.CurrentRegion: " + Try(() => RegionInfo.CurrentRegion.Name));
        Check("TITLE".ToLower(CultureInfo.InvariantCulture) == "title" && "i".ToUpper(CultureInfo.InvariantCulture) == "I", 3);
        Check(CultureInfo.InvariantCulture.CompareInfo.Name == "" && CultureInfo.InvariantCulture.IsReadOnly && !new CultureInfo("").IsReadOnly, 4);
        var clone = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        clone.NumberFormat.NumberDecimalSeparator = ",";
        Check(1.5.ToString(clone) == "1,5" && 1.5.ToString(CultureInfo.InvariantCulture) == "1.5", 5);
        var old = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = clone;
        string s2 = 2.25.ToString() + " " + $"{3.5}" + " " + string.Format("{0:F1}", 4.75);
        CultureInfo.CurrentCulture = old;
        Console.WriteLine(s2 + " " + 2.25.ToString());
        Check(s2 == "2,25 3,5 4,8" && 2.25.ToString() == "2.25", 6);
        Check(StringComparer.Create(CultureInfo.InvariantCulture, true).Equals("ABC", "abc") && StringComparer.FromComparison(StringComparison.Ordinal).Compare("a", "B") > 0, 7);
        return failed == 0 ? 100 : failed;
    }
}
