using System.Collections.Generic;

namespace PythonAot.Compiler.Syntax.Generator;

/// <summary>The parsed Syntax.grammar: token kinds and node classes.</summary>
internal sealed class GrammarModel
{
    public List<TokenKindSpec> Trivia { get; } = new List<TokenKindSpec>();
    public List<TokenKindSpec> Tokens { get; } = new List<TokenKindSpec>();
    public List<TokenKindSpec> Keywords { get; } = new List<TokenKindSpec>();
    public List<TokenKindSpec> SoftKeywords { get; } = new List<TokenKindSpec>();
    public List<NodeSpec> Nodes { get; } = new List<NodeSpec>();
    public List<string> Errors { get; } = new List<string>();

    public NodeSpec? FindNode(string name)
    {
        foreach (var node in Nodes)
            if (node.Name == name) return node;
        return null;
    }
}

internal sealed class TokenKindSpec
{
    public TokenKindSpec(string kind, string? text)
    {
        Kind = kind;
        Text = text;
    }

    public string Kind { get; }
    public string? Text { get; }
}

internal sealed class NodeSpec
{
    public NodeSpec(string name, string baseName, bool isAbstract, string comment)
    {
        Name = name;
        Base = baseName;
        IsAbstract = isAbstract;
        Comment = comment;
    }

    public string Name { get; }
    public string Base { get; }
    public bool IsAbstract { get; }
    public string Comment { get; }
    public List<SlotSpec> Slots { get; } = new List<SlotSpec>();

    /// <summary>The SyntaxKind member: the class name without the "Syntax" suffix.</summary>
    public string KindName => Name.EndsWith("Syntax") ? Name.Substring(0, Name.Length - "Syntax".Length) : Name;
}

internal enum SlotShape
{
    Token,
    Node,
    List,
    SeparatedList,
    TokenList,
}

internal sealed class SlotSpec
{
    public SlotSpec(string name, SlotShape shape, string? elementType, bool optional)
    {
        Name = name;
        Shape = shape;
        ElementType = elementType;
        IsOptional = optional;
    }

    public string Name { get; }
    public SlotShape Shape { get; }

    /// <summary>The node class of a node slot or of a list's elements.</summary>
    public string? ElementType { get; }

    public bool IsOptional { get; }

    public string FieldName => "_" + char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    public string ParameterName
    {
        get
        {
            var name = char.ToLowerInvariant(Name[0]) + Name.Substring(1);
            return Keywords.Contains(name) ? "@" + name : name;
        }
    }

    private static readonly HashSet<string> Keywords = new HashSet<string>
    {
        "default", "operator", "class", "params", "base", "this", "event", "object", "string", "in", "is", "as", "return",
    };
}
