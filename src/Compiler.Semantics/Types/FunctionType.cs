using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// A user function or lambda referred to as a value. Its callable signature is fixed per call: an unannotated
/// function is instantiated for the argument types at each call site (or where it is passed to <c>map</c> or as a <c>key</c>).
/// </summary>
public sealed record FunctionType(FunctionSymbol Function) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Function;

    /// <inheritdoc/>
    public override string DisplayName => Function.IsLambda ? "lambda" : $"function {Function.QualifiedName}";
}
