namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>try: body except ...: ... else: ... finally: ...</c>.</summary>
public sealed class IrTry(IrBlock body, IEnumerable<IrExceptHandler>? handlers = null, IrBlock? @else = null, IrBlock? @finally = null) : IrStatement
{
    /// <summary>The protected body.</summary>
    public IrBlock Body { get; set; } = body;

    /// <summary>The handlers, tried in order.</summary>
    public List<IrExceptHandler> Handlers { get; } = handlers?.ToList() ?? [];

    /// <summary>Runs when the body ends without an exception (and without return/break/continue); empty when absent.</summary>
    public IrBlock Else { get; set; } = @else ?? new IrBlock();

    /// <summary>Runs on every way out; empty when absent.</summary>
    public IrBlock Finally { get; set; } = @finally ?? new IrBlock();

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Try;
}
