namespace PythonAot.Compiler.Syntax;

/// <summary>The value of the <c>...</c> literal (Python's <c>Ellipsis</c>).</summary>
public sealed class AstEllipsis
{
    private AstEllipsis() { }

    /// <summary>The one Ellipsis.</summary>
    public static AstEllipsis Value { get; } = new();

    /// <summary>Python's repr, <c>Ellipsis</c>.</summary>
    public override string ToString() => "Ellipsis";
}
