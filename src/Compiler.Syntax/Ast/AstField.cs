namespace PythonAot.Compiler.Syntax;

/// <summary>
/// One field of an <see cref="AstNode"/>, in CPython's <c>_fields</c> order. <see cref="Value"/> is one of:
/// null (Python's None), an <see cref="AstNode"/>, a list (<see cref="IReadOnlyList{T}"/> of object?), a string
/// (an identifier or a str constant), an <see cref="int"/> (flags such as <c>level</c>, <c>simple</c>,
/// <c>conversion</c>, <c>is_async</c>), or, in <c>Constant.value</c>, a <see cref="bool"/>, a
/// <see cref="System.Numerics.BigInteger"/>, a <see cref="double"/>, an <see cref="AstImaginary"/>, a
/// <see cref="byte"/> array, an <see cref="AstCodePointString"/> (a str that holds surrogate code points) or
/// <see cref="AstEllipsis.Value"/>.
/// </summary>
/// <param name="Name">The field name (<c>targets</c>, <c>value</c>, ...).</param>
/// <param name="Value">The value.</param>
/// <param name="IsOptional">
/// True for the fields CPython's ASDL marks optional (<c>expr?</c>): <c>ast.dump</c> leaves them out when they
/// are None.
/// </param>
public readonly record struct AstField(string Name, object? Value, bool IsOptional);
