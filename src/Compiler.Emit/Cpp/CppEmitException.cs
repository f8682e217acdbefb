using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Thrown inside the C++ emitter when the IR holds a construct it cannot translate; <see cref="CppEmitter"/> turns it
/// into a PA41xx diagnostic at <see cref="Location"/> so the caller never sees an exception.
/// </summary>
internal sealed class CppEmitException(DiagnosticDescriptor descriptor, IrLocation? location, params object[] arguments) : Exception(string.Format(descriptor.MessageFormat.ToString(), arguments))
{
    /// <summary>The diagnostic reported.</summary>
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    /// <summary>Where the construct is, when known.</summary>
    public IrLocation? Location { get; } = location;

    /// <summary>The message arguments.</summary>
    public object[] Arguments { get; } = arguments;
}
