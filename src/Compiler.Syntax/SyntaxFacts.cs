namespace PythonAot.Compiler.Syntax;

/// <summary>Facts about syntax kinds: fixed texts, keyword lookup, categories (tables generated from Syntax.grammar).</summary>
public static partial class SyntaxFacts
{
}
