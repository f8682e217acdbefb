using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics;

/// <summary>The type of an expression: <see cref="Type"/> at that point (narrowed), and the variable's declared or inferred type.</summary>
/// <param name="Type">The expression's type (after narrowing for a name: <c>x</c> is <c>int</c> inside <c>if x is not None</c>), or null when the node is not an expression the model typed.</param>
/// <param name="DeclaredType">For a narrowed name, the variable's own type (<c>int | None</c>); otherwise equal to <paramref name="Type"/>.</param>
public readonly record struct TypeInfo(PyType? Type, PyType? DeclaredType);
