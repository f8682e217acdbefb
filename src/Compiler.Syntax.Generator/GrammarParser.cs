using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PythonAot.Compiler.Syntax.Generator;

/// <summary>Reads the line-based Syntax.grammar format (documented at the top of that file).</summary>
internal static class GrammarParser
{
    public static GrammarModel Parse(string text)
    {
        var model = new GrammarModel();
        NodeSpec? current = null;
        var comment = new StringBuilder();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                comment.Clear();
                continue;
            }
            if (trimmed.StartsWith("#"))
            {
                if (current == null) comment.Append(trimmed.Substring(1).Trim()).Append(' ');
                continue;
            }
            if (char.IsWhiteSpace(line[0]))
            {
                if (current == null || current.IsAbstract)
                {
                    model.Errors.Add($"line {lineNumber}: slot outside a node");
                    continue;
                }
                var slot = ParseSlot(trimmed, lineNumber, model);
                if (slot != null) current.Slots.Add(slot);
                continue;
            }

            var words = trimmed.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                model.Errors.Add($"line {lineNumber}: expected a declaration ('token Name', 'node Name : Base', ...)");
                current = null;
                continue;
            }
            switch (words[0])
            {
                case "trivia":
                    model.Trivia.Add(new TokenKindSpec(words[1], null));
                    current = null;
                    break;
                case "token":
                    model.Tokens.Add(new TokenKindSpec(words[1], QuotedText(trimmed)));
                    current = null;
                    break;
                case "keyword":
                    model.Keywords.Add(new TokenKindSpec(words[1], QuotedText(trimmed)));
                    current = null;
                    break;
                case "soft":
                    model.SoftKeywords.Add(new TokenKindSpec(words[1], QuotedText(trimmed)));
                    current = null;
                    break;
                case "abstract":
                case "node":
                    if (words.Length != 4 || words[2] != ":")
                    {
                        model.Errors.Add($"line {lineNumber}: expected '{words[0]} Name : Base'");
                        current = null;
                        break;
                    }
                    current = new NodeSpec(words[1], words[3], words[0] == "abstract", comment.ToString().Trim());
                    model.Nodes.Add(current);
                    comment.Clear();
                    break;
                default:
                    model.Errors.Add($"line {lineNumber}: unknown declaration '{words[0]}'");
                    break;
            }
        }
        Validate(model);
        return model;
    }

    /// <summary>Checks what the line format cannot: names are unique and every type a slot or base names exists.</summary>
    private static void Validate(GrammarModel model)
    {
        var nodes = new Dictionary<string, NodeSpec>();
        foreach (var node in model.Nodes)
        {
            if (nodes.ContainsKey(node.Name)) model.Errors.Add($"node '{node.Name}' is declared twice");
            nodes[node.Name] = node;
        }
        var kinds = new HashSet<string>();
        foreach (var kind in model.Trivia.Concat(model.Tokens).Concat(model.Keywords).Concat(model.SoftKeywords))
        {
            if (!kinds.Add(kind.Kind)) model.Errors.Add($"kind '{kind.Kind}' is declared twice");
            if (model.Keywords.Contains(kind) || model.SoftKeywords.Contains(kind))
                if (kind.Text == null) model.Errors.Add($"keyword '{kind.Kind}' has no text");
        }
        foreach (var node in model.Nodes)
        {
            if (node.Base != "SyntaxNode" && (!nodes.TryGetValue(node.Base, out var baseNode) || !baseNode.IsAbstract))
                model.Errors.Add($"node '{node.Name}' derives from '{node.Base}', which is not an abstract node of the grammar");
            var slotNames = new HashSet<string>();
            foreach (var slot in node.Slots)
            {
                if (!slotNames.Add(slot.Name)) model.Errors.Add($"node '{node.Name}' has two slots named '{slot.Name}'");
                if (slot.ElementType != null && !nodes.ContainsKey(slot.ElementType))
                    model.Errors.Add($"slot '{node.Name}.{slot.Name}' has the unknown type '{slot.ElementType}'");
            }
        }
    }

    private static string? QuotedText(string line)
    {
        var first = line.IndexOf('"');
        var last = line.LastIndexOf('"');
        return first >= 0 && last > first ? line.Substring(first + 1, last - first - 1) : null;
    }

    private static SlotSpec? ParseSlot(string text, int lineNumber, GrammarModel model)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            model.Errors.Add($"line {lineNumber}: expected 'Name: Type'");
            return null;
        }
        var name = text.Substring(0, colon).Trim();
        var type = text.Substring(colon + 1).Trim();
        var optional = type.EndsWith("?");
        if (optional) type = type.Substring(0, type.Length - 1);
        if (type == "Token") return new SlotSpec(name, SlotShape.Token, null, optional);
        if (type == "TokenList") return new SlotSpec(name, SlotShape.TokenList, null, true);
        if (type.StartsWith("List<")) return new SlotSpec(name, SlotShape.List, Inner(type), true);
        if (type.StartsWith("SeparatedList<")) return new SlotSpec(name, SlotShape.SeparatedList, Inner(type), true);
        return new SlotSpec(name, SlotShape.Node, type, optional);
    }

    private static string Inner(string type)
    {
        var open = type.IndexOf('<');
        return type.Substring(open + 1, type.Length - open - 2);
    }
}
