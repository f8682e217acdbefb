namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>An elementary operation and its overloads, in resolution order (earlier wins among equally good matches).</summary>
public sealed class Operation
{
    internal Operation(string name, OperationKind kind, IReadOnlyList<OperationOverload> overloads)
    {
        Name = name;
        Kind = kind;
        Overloads = overloads;
    }

    /// <summary>The qualified name: <c>operator.add</c>, <c>builtins.len</c>, <c>str.join</c>, <c>math.sqrt</c>.</summary>
    public string Name { get; }

    /// <summary>How it is spelled in Python.</summary>
    public OperationKind Kind { get; }

    /// <summary>The overloads.</summary>
    public IReadOnlyList<OperationOverload> Overloads { get; }

    /// <summary>The module or type part of the name (<c>operator</c>, <c>builtins</c>, <c>str</c>, <c>math</c>).</summary>
    public string Container => Name[..Name.LastIndexOf('.')];

    /// <summary>The last part of the name (<c>add</c>, <c>len</c>, <c>join</c>).</summary>
    public string ShortName => Name[(Name.LastIndexOf('.') + 1)..];

    /// <inheritdoc/>
    public override string ToString() => Name;
}
