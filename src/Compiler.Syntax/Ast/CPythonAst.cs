namespace PythonAot.Compiler.Syntax;

/// <summary>
/// The CPython-AST view of a syntax tree: the tree lowered to the node classes, fields and positions of
/// CPython 3.11's <c>ast</c> module. <see cref="Dump(SyntaxTree)"/> prints it exactly as
/// <c>ast.dump(ast.parse(source), include_attributes=True)</c> does, which makes CPython itself the oracle
/// for the parser.
/// </summary>
public static class CPythonAst
{
    /// <summary>Lowers a tree to CPython's <c>ast.Module</c>.</summary>
    /// <exception cref="NotSupportedException">
    /// The tree holds a Python 3.12 construct (a <c>type</c> statement, a generic parameter list), which has no
    /// node in CPython 3.11's <c>ast</c> module.
    /// </exception>
    public static AstNode Lower(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new AstLowerer(tree).LowerModule(tree.GetRoot());
    }

    /// <summary>
    /// The dump of a tree, equal to <c>ast.dump(ast.parse(source), include_attributes=True)</c> for every
    /// source CPython 3.11 accepts.
    /// </summary>
    public static string Dump(SyntaxTree tree) => Dump(Lower(tree));

    /// <summary>The dump of a node, as <c>ast.dump(node, include_attributes=includeAttributes)</c> prints it.</summary>
    public static string Dump(AstNode node, bool includeAttributes = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        return AstDumper.Dump(node, includeAttributes);
    }
}
