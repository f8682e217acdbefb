using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// A diagnostic attached to a green node: its span is relative to the node's full start, so the node can
/// be shared and moved (incremental reparse, edits) and the diagnostic moves with it.
/// </summary>
internal sealed class SyntaxDiagnosticInfo(DiagnosticDescriptor descriptor, int offset, int width, params object[] arguments)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    /// <summary>Start relative to the full start of the node carrying it.</summary>
    public int Offset { get; } = offset;

    public int Width { get; } = width;

    public object[] Arguments { get; } = arguments;

    /// <summary>The message as Roslyn's <see cref="Diagnostic.GetMessage"/> gives it: formatted only when there are arguments.</summary>
    public string GetMessage()
    {
        var format = Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Arguments.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Arguments);
    }

    public SyntaxDiagnosticInfo WithOffset(int offset) => new(Descriptor, offset, Width, Arguments);
}
