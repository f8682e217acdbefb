namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>Generator[Y, S, R]</c>: what a function containing <c>yield</c> returns.</summary>
public sealed record GeneratorType(PyType Yield, PyType Send, PyType Return) : PyType
{
    /// <summary>A generator that yields <paramref name="yield"/> and takes and returns None.</summary>
    public GeneratorType(PyType yield) : this(yield, None, None)
    {
    }

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Generator;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [Yield, Send, Return];

    /// <inheritdoc/>
    public override string DisplayName => $"Generator[{Yield.DisplayName}, {Send.DisplayName}, {Return.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new GeneratorType(arguments[0], arguments[1], arguments[2]);
}
