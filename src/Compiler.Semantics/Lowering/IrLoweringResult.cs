using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Lowering;

/// <summary>
/// The outcome of <see cref="IrLowering.Lower(PythonCompilation, Syntax.SyntaxTree, bool?)"/> (shaped like Roslyn's <c>EmitResult</c>): the module when the
/// lowering succeeded, otherwise the diagnostics that refused it (the compilation's errors, or PA4xxx for a typed
/// construct the IR cannot express yet).
/// </summary>
public sealed class IrLoweringResult
{
    internal IrLoweringResult(IrModule? module, ImmutableArray<Diagnostic> diagnostics)
    {
        Module = module;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether the module was lowered (no error diagnostic).</summary>
    public bool Success => Module is not null;

    /// <summary>The lowered module, or null when lowering was refused.</summary>
    public IrModule? Module { get; }

    /// <summary>The compilation's diagnostics (warnings included), plus any lowering error.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
