using System.Text;

namespace PythonAot.Cli;

/// <summary>
/// Re-reads the one-line text of <c>ast.dump</c> to pull out one node, drop the position attributes and lay it
/// out the way <c>ast.dump(node, indent=2)</c> does. Used by the demo, where the one-line form with
/// attributes is too dense to read.
/// </summary>
internal static class AstDumpPrinter
{
    private static readonly HashSet<string> s_attributes = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

    private abstract record Value;

    private sealed record Call(string Name, List<(string Name, Value Value)> Fields) : Value;

    private sealed record ListValue(List<Value> Items) : Value;

    private sealed record Atom(string Text) : Value;

    /// <summary>
    /// The first node named <paramref name="nodeName"/> (depth-first) in a dump, without position attributes,
    /// indented like <c>ast.dump(indent=2)</c>; null when there is none.
    /// </summary>
    public static string? Format(string dump, string nodeName)
    {
        var position = 0;
        var value = ParseValue(dump, ref position);
        var node = Find(value, nodeName);
        return node is null ? null : Render(Strip(node), 0).Text;
    }

    /// <summary>The whole dump, without position attributes, indented like <c>ast.dump(indent=2)</c>.</summary>
    public static string Format(string dump)
    {
        var position = 0;
        return Render(Strip(ParseValue(dump, ref position)), 0).Text;
    }

    private static Value? Find(Value value, string name) => value switch
    {
        Call call when call.Name == name => call,
        Call call => call.Fields.Select(f => Find(f.Value, name)).FirstOrDefault(v => v is not null),
        ListValue list => list.Items.Select(i => Find(i, name)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    private static Value Strip(Value value) => value switch
    {
        Call call => new Call(call.Name, call.Fields.Where(f => !s_attributes.Contains(f.Name)).Select(f => (f.Name, Strip(f.Value))).ToList()),
        ListValue list => new ListValue(list.Items.Select(Strip).ToList()),
        _ => value,
    };

    // ast.dump's _format with indent='  ': a node whose fields are all simple and at most three stays on one
    // line; a node without fields is simple; lists always break (the empty list is simple).
    private static (string Text, bool Simple) Render(Value value, int level)
    {
        level++;
        var prefix = "\n" + new string(' ', 2 * level);
        var separator = "," + prefix;
        switch (value)
        {
            case Call call:
            {
                var args = new List<string>();
                var allSimple = true;
                foreach (var (name, field) in call.Fields)
                {
                    var (text, simple) = Render(field, level);
                    allSimple &= simple;
                    args.Add(name + "=" + text);
                }
                if (allSimple && args.Count <= 3) return ($"{call.Name}({string.Join(", ", args)})", args.Count == 0);
                return ($"{call.Name}({prefix}{string.Join(separator, args)})", false);
            }
            case ListValue list:
                if (list.Items.Count == 0) return ("[]", true);
                return ($"[{prefix}{string.Join(separator, list.Items.Select(i => Render(i, level).Text))}]", false);
            default:
                return (((Atom)value).Text, true);
        }
    }

    private static Value ParseValue(string s, ref int i)
    {
        SkipSpaces(s, ref i);
        if (i < s.Length && s[i] == '[')
        {
            i++;
            var items = new List<Value>();
            SkipSpaces(s, ref i);
            while (i < s.Length && s[i] != ']')
            {
                items.Add(ParseValue(s, ref i));
                SkipSpaces(s, ref i);
                if (i < s.Length && s[i] == ',') i++;
                SkipSpaces(s, ref i);
            }
            i++;
            return new ListValue(items);
        }
        var start = i;
        if (i < s.Length && (char.IsLetter(s[i]) || s[i] == '_'))
        {
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
            if (i < s.Length && s[i] == '(')
            {
                var name = s[start..i];
                i++;
                var fields = new List<(string, Value)>();
                SkipSpaces(s, ref i);
                while (i < s.Length && s[i] != ')')
                {
                    var fieldStart = i;
                    while (i < s.Length && s[i] != '=') i++;
                    var field = s[fieldStart..i].Trim();
                    i++;
                    fields.Add((field, ParseValue(s, ref i)));
                    SkipSpaces(s, ref i);
                    if (i < s.Length && s[i] == ',') i++;
                    SkipSpaces(s, ref i);
                }
                i++;
                return new Call(name, fields);
            }
            // A string prefix (b'...') or a bare name (None, True, inf): fall through to the atom scanner.
            i = start;
        }
        var builder = new StringBuilder();
        while (i < s.Length && s[i] is not (',' or ')' or ']'))
        {
            var c = s[i];
            if (c is '\'' or '"')
            {
                var quote = c;
                builder.Append(c);
                i++;
                while (i < s.Length && s[i] != quote)
                {
                    if (s[i] == '\\' && i + 1 < s.Length) builder.Append(s[i++]);
                    builder.Append(s[i++]);
                }
                if (i < s.Length) builder.Append(s[i++]);
                continue;
            }
            builder.Append(c);
            i++;
        }
        return new Atom(builder.ToString().Trim());
    }

    private static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
    }
}
