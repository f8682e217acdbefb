using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>One parameter of an overload's signature.</summary>
/// <param name="Name">The parameter name (keyword arguments match it).</param>
/// <param name="Type">Its type; may contain type parameters (T).</param>
/// <param name="Kind">Positional, keyword-only or variadic (<c>*objects</c>).</param>
/// <param name="IsOptional">Whether it has a default (written <c>= ...</c> in the signature).</param>
public sealed record OperationParameter(string Name, PyType Type, ParameterKind Kind, bool IsOptional)
{
    /// <summary><c>name: type</c>, <c>*name: type</c>, <c>name: type = ...</c>.</summary>
    public override string ToString() =>
        (Kind == ParameterKind.VarPositional ? "*" : "") + $"{Name}: {Type.DisplayName}" + (IsOptional ? " = ..." : "");
}
