namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>What the elements of a tuple without parentheses are, in the grammar rule that parses it.</summary>
internal enum TupleElementKind
{
    /// <summary>star_expressions: `a, *b` (statements, return values, for iterables).</summary>
    StarExpression,
    /// <summary>star_named_expressions: `a := 1, *b` (a match subject).</summary>
    StarNamedExpression,
    /// <summary>star_targets: `a, *b` on the left of `=` or after `for`.</summary>
    StarTarget,
    /// <summary>Plain expressions: Python 2's `except A, B:`, kept to report it.</summary>
    Expression,
}
