namespace PythonAot.Compiler.Syntax;

/// <summary>How deep a <see cref="SyntaxWalker"/> goes.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node,

    /// <summary>Nodes and tokens.</summary>
    Token,

    /// <summary>Nodes, tokens and trivia.</summary>
    Trivia,
}
