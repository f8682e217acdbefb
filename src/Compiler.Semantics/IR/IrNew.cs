using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>Point(1, 2)</c>: allocates an instance and runs <see cref="Initializer"/> (the <c>__init__</c> instance) with
/// it and the arguments. A builtin class (ValueError) has no initializer instance: the runtime constructs it from the
/// arguments (its args); so does a user exception class without <c>__init__</c> (<c>class NotFound(KeyError): pass</c>).
/// </summary>
public sealed class IrNew(ClassType classType, IrFunction? initializer, IEnumerable<IrExpression> arguments) : IrExpression
{
    /// <summary>The class instantiated.</summary>
    public ClassType ClassType { get; set; } = classType;

    /// <summary>The <c>__init__</c> instance run (self excluded from <see cref="Arguments"/>), or null for a builtin class or a class without one (an exception class's arguments then become its args).</summary>
    public IrFunction? Initializer { get; set; } = initializer;

    /// <summary>The constructor arguments (without self).</summary>
    public List<IrExpression> Arguments { get; } = arguments.ToList();

    /// <inheritdoc/>
    public override PyType Type => ClassType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.New;
}
