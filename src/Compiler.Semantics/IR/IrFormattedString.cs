using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>An f-string (high-level; lower-fstrings turns it into format calls and a join). Its type is str.</summary>
public sealed class IrFormattedString(IEnumerable<IrFormatPart> parts) : IrExpression
{
    /// <summary>The parts in order.</summary>
    public List<IrFormatPart> Parts { get; } = parts.ToList();

    /// <inheritdoc/>
    public override PyType Type => PyType.Str;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.FormattedString;
}
