using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics;

/// <summary>What a node refers to: a symbol (variable, function, class, module, builtin) and, for an operation, the overload it resolved to.</summary>
/// <param name="Symbol">The symbol, or null.</param>
/// <param name="Overload">The resolved overload of the operation the node performs (<c>operator.add(str, str) -> str</c> for <c>a + b</c>), or null.</param>
public readonly record struct SymbolInfo(Symbol? Symbol, OperationOverload? Overload);
