using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;

namespace PythonAot.Compiler.Emit;

/// <summary>
/// The result of <see cref="ModuleCompiler"/>: the lowered module after the whole default
/// pass pipeline (null when anything failed), the syntax and semantic diagnostics (PA0xxx-PA4001) and the
/// diagnostics the passes reported.
/// </summary>
public sealed class ModuleCompilation
{
    /// <summary>Creates a result.</summary>
    public ModuleCompilation(PythonAot.Compiler.Syntax.SyntaxTree tree, IrModule? module, IEnumerable<Diagnostic> diagnostics, IEnumerable<PassDiagnostic> passDiagnostics)
    {
        Tree = tree;
        Module = module;
        Diagnostics = diagnostics.ToImmutableArray();
        PassDiagnostics = passDiagnostics.ToImmutableArray();
    }

    /// <summary>The parsed source (diagnostics point into it).</summary>
    public PythonAot.Compiler.Syntax.SyntaxTree Tree { get; }

    /// <summary>The module, ready for an emitter; null when a syntax, semantic or pass error stopped the compilation.</summary>
    public IrModule? Module { get; }

    /// <summary>Syntax, binding, typing and lowering diagnostics, errors and warnings.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>What the passes reported (an error stops the compilation; the IR verifier's problems come back here too).</summary>
    public ImmutableArray<PassDiagnostic> PassDiagnostics { get; }

    /// <summary>Whether a module came out.</summary>
    public bool Success => Module is not null;
}
