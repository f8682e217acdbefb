using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>A builtin function, library module function or constant, implemented by the operation library (<c>len</c>, <c>math.sqrt</c>).</summary>
public sealed class OperationSymbol : Symbol
{
    /// <summary>Creates the symbol of an operation.</summary>
    public OperationSymbol(Operation operation) : base(operation.ShortName, null) => Operation = operation;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Operation;

    /// <summary>The operation.</summary>
    public Operation Operation { get; }

    /// <inheritdoc/>
    public override string ToDisplayString() => $"builtin {Operation.Name}";
}
