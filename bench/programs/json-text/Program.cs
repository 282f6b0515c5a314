// json-text: text processing on a JSON document. Generates n records as JSON text (nested
// objects, arrays, escaped strings, numbers), parses it with a hand-written recursive-descent
// parser into a tree, runs a few aggregate queries over the tree, serializes it back and parses
// that again; prints the aggregates and an FNV-1a hash of the serialized text.
// Usage: json-text [records]   (default 30000)
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

public abstract class JsonValue { }

public sealed class JsonObject : JsonValue
{
    public readonly List<string> Keys = new();
    public readonly Dictionary<string, JsonValue> Members = new();

    public void Add(string key, JsonValue value)
    {
        if (!Members.ContainsKey(key)) Keys.Add(key);
        Members[key] = value;
    }

    public JsonValue this[string key] => Members[key];
}

public sealed class JsonArray : JsonValue
{
    public readonly List<JsonValue> Items = new();
}

public sealed class JsonString : JsonValue
{
    public readonly string Value;
    public JsonString(string value) => Value = value;
}

public sealed class JsonNumber : JsonValue
{
    public readonly double Value;
    public JsonNumber(double value) => Value = value;
}

public sealed class JsonBool : JsonValue
{
    public static readonly JsonBool True = new(true), False = new(false);
    public readonly bool Value;
    JsonBool(bool value) => Value = value;
}

public sealed class JsonNull : JsonValue
{
    public static readonly JsonNull Instance = new();
}

public sealed class JsonParser
{
    readonly string text;
    int pos;

    JsonParser(string text) => this.text = text;

    public static JsonValue Parse(string text)
    {
        var parser = new JsonParser(text);
        JsonValue value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser.pos != text.Length) throw parser.Error("trailing characters");
        return value;
    }

    FormatException Error(string message) => new($"{message} at offset {pos}");

    void SkipWhitespace()
    {
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
            pos++;
        }
    }

    void Expect(char c)
    {
        SkipWhitespace();
        if (pos >= text.Length || text[pos] != c) throw Error($"expected '{c}'");
        pos++;
    }

    JsonValue ParseValue()
    {
        SkipWhitespace();
        if (pos >= text.Length) throw Error("unexpected end");
        char c = text[pos];
        switch (c)
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return new JsonString(ParseString());
            case 't': ExpectWord("true"); return JsonBool.True;
            case 'f': ExpectWord("false"); return JsonBool.False;
            case 'n': ExpectWord("null"); return JsonNull.Instance;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                throw Error($"unexpected '{c}'");
        }
    }

    void ExpectWord(string word)
    {
        if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0) throw Error($"expected {word}");
        pos += word.Length;
    }

    JsonObject ParseObject()
    {
        var obj = new JsonObject();
        pos++; // '{'
        SkipWhitespace();
        if (text[pos] == '}') { pos++; return obj; }
        while (true)
        {
            SkipWhitespace();
            string key = ParseString();
            Expect(':');
            obj.Add(key, ParseValue());
            SkipWhitespace();
            char c = text[pos++];
            if (c == '}') return obj;
            if (c != ',') throw Error("expected ',' or '}'");
        }
    }

    JsonArray ParseArray()
    {
        var array = new JsonArray();
        pos++; // '['
        SkipWhitespace();
        if (text[pos] == ']') { pos++; return array; }
        while (true)
        {
            array.Items.Add(ParseValue());
            SkipWhitespace();
            char c = text[pos++];
            if (c == ']') return array;
            if (c != ',') throw Error("expected ',' or ']'");
        }
    }

    string ParseString()
    {
        if (text[pos] != '"') throw Error("expected string");
        pos++;
        int start = pos;
        // Fast path: no escapes.
        while (pos < text.Length && text[pos] != '"' && text[pos] != '\\') pos++;
        if (pos < text.Length && text[pos] == '"')
        {
            return text.Substring(start, pos++ - start);
        }
        var sb = new StringBuilder();
        sb.Append(text, start, pos - start);
        while (true)
        {
            if (pos >= text.Length) throw Error("unterminated string");
            char c = text[pos++];
            if (c == '"') return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            char e = text[pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)int.Parse(text.AsSpan(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    pos += 4;
                    break;
                default: throw Error($"bad escape '\\{e}'");
            }
        }
    }

    JsonNumber ParseNumber()
    {
        int start = pos;
        if (text[pos] == '-') pos++;
        while (pos < text.Length)
        {
            char c = text[pos];
            if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') pos++;
            else break;
        }
        return new JsonNumber(double.Parse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}

public static class JsonWriter
{
    public static string Write(JsonValue value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    static void Write(StringBuilder sb, JsonValue value)
    {
        switch (value)
        {
            case JsonObject obj:
                sb.Append('{');
                for (int i = 0; i < obj.Keys.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteString(sb, obj.Keys[i]);
                    sb.Append(':');
                    Write(sb, obj.Members[obj.Keys[i]]);
                }
                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (int i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, array.Items[i]);
                }
                sb.Append(']');
                break;
            case JsonString s: WriteString(sb, s.Value); break;
            case JsonNumber n: sb.Append(n.Value.ToString("R", CultureInfo.InvariantCulture)); break;
            case JsonBool b: sb.Append(b.Value ? "true" : "false"); break;
            default: sb.Append("null"); break;
        }
    }

    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}

public static class Program
{
    static uint state = 12345;

    static int Next(int max)
    {
        state = state * 1664525 + 1013904223;
        return (int)((state >> 8) % (uint)max);
    }

    static readonly string[] Cities = { "Lisboa", "Zürich", "Kraków", "Malmö", "São Paulo", "Reykjavík", "Ōsaka", "Nice" };
    static readonly string[] Tags = { "new", "vip", "beta", "churned", "trial", "staff", "partner", "test" };
    static readonly string[] Syllables = { "ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "pa" };

    static string Name()
    {
        var sb = new StringBuilder();
        int parts = 2 + Next(3);
        for (int i = 0; i < parts; i++) sb.Append(Syllables[Next(Syllables.Length)]);
        if (Next(10) == 0) sb.Append(" \"the ").Append(Syllables[Next(Syllables.Length)]).Append('"');
        if (Next(20) == 0) sb.Append("\\\t\n");
        return sb.ToString();
    }

    static string Generate(int records)
    {
        var sb = new StringBuilder();
        sb.Append("{\"version\": 1, \"records\": [\n");
        for (int i = 0; i < records; i++)
        {
            if (i > 0) sb.Append(",\n");
            string name = Name();
            sb.Append("  {\"id\": ").Append(i)
              .Append(", \"name\": "); JsonWriter.WriteString(sb, name);
            sb.Append(", \"email\": "); JsonWriter.WriteString(sb, name.Replace(' ', '.').Replace("\"", "") + "@example.org");
            sb.Append(", \"active\": ").Append(Next(3) == 0 ? "false" : "true")
              .Append(", \"score\": ").Append(((Next(2000000) - 500000) / 1000.0).ToString("R", CultureInfo.InvariantCulture))
              .Append(", \"manager\": ").Append(Next(4) == 0 ? "null" : Next(records).ToString(CultureInfo.InvariantCulture))
              .Append(", \"address\": {\"city\": "); JsonWriter.WriteString(sb, Cities[Next(Cities.Length)]);
            sb.Append(", \"zip\": \"").Append(Next(100000).ToString("D5", CultureInfo.InvariantCulture)).Append("\"}");
            sb.Append(", \"tags\": [");
            int tagCount = Next(4);
            for (int t = 0; t < tagCount; t++)
            {
                if (t > 0) sb.Append(", ");
                JsonWriter.WriteString(sb, Tags[Next(Tags.Length)]);
            }
            sb.Append("], \"history\": [");
            int events = Next(6);
            for (int e = 0; e < events; e++)
            {
                if (e > 0) sb.Append(", ");
                sb.Append("{\"t\": ").Append(1_600_000_000L + Next(100_000_000))
                  .Append(", \"v\": ").Append(((Next(200001) - 100000) / 100.0).ToString("E3", CultureInfo.InvariantCulture)).Append('}');
            }
            sb.Append("]}");
        }
        sb.Append("\n]}\n");
        return sb.ToString();
    }

    static uint Fnv1a(string s)
    {
        uint hash = 2166136261;
        foreach (char c in s)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash;
    }

    public static void Main(string[] args)
    {
        int records = args.Length > 0 ? int.Parse(args[0]) : 30_000;
        string text = Generate(records);
        var root = (JsonObject)JsonParser.Parse(text);
        var list = ((JsonArray)root["records"]).Items;

        double scoreSum = 0, historySum = 0;
        int active = 0, managers = 0, events = 0, longestName = 0, escapedNames = 0;
        var perCity = new Dictionary<string, int>();
        var perTag = new Dictionary<string, int>();
        foreach (JsonValue item in list)
        {
            var record = (JsonObject)item;
            scoreSum += ((JsonNumber)record["score"]).Value;
            if (((JsonBool)record["active"]).Value) active++;
            if (record["manager"] is JsonNumber) managers++;
            string name = ((JsonString)record["name"]).Value;
            longestName = Math.Max(longestName, name.Length);
            if (name.IndexOfAny(new[] { '"', '\\', '\n' }) >= 0) escapedNames++;
            string city = ((JsonString)((JsonObject)record["address"])["city"]).Value;
            perCity[city] = perCity.GetValueOrDefault(city) + 1;
            foreach (JsonValue tag in ((JsonArray)record["tags"]).Items)
            {
                string t = ((JsonString)tag).Value;
                perTag[t] = perTag.GetValueOrDefault(t) + 1;
            }
            foreach (JsonValue ev in ((JsonArray)record["history"]).Items)
            {
                historySum += ((JsonNumber)((JsonObject)ev)["v"]).Value;
                events++;
            }
        }

        string compact = JsonWriter.Write(root);
        string again = JsonWriter.Write(JsonParser.Parse(compact));

        var output = new StringBuilder();
        output.Append("input chars: ").Append(text.Length).Append('\n');
        output.Append("records: ").Append(list.Count).Append(", active: ").Append(active)
              .Append(", with manager: ").Append(managers).Append(", events: ").Append(events).Append('\n');
        output.Append("score sum: ").Append(scoreSum.ToString("F3", CultureInfo.InvariantCulture))
              .Append(", history sum: ").Append(historySum.ToString("F3", CultureInfo.InvariantCulture)).Append('\n');
        output.Append("longest name: ").Append(longestName).Append(", names with escapes: ").Append(escapedNames).Append('\n');
        var cities = new List<string>(perCity.Keys);
        cities.Sort(string.CompareOrdinal);
        foreach (string city in cities) output.Append("city ").Append(city).Append(": ").Append(perCity[city]).Append('\n');
        var tags = new List<string>(perTag.Keys);
        tags.Sort(string.CompareOrdinal);
        foreach (string tag in tags) output.Append("tag ").Append(tag).Append(": ").Append(perTag[tag]).Append('\n');
        output.Append("compact chars: ").Append(compact.Length).Append(", round trip equal: ").Append(compact == again).Append('\n');
        output.Append("fnv1a: ").Append(Fnv1a(compact).ToString("x8", CultureInfo.InvariantCulture)).Append('\n');
        Console.Out.Write(output.ToString());
    }
}
