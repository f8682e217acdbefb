using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.IR;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;

namespace PythonAot.Compiler.Semantics.Lowering;

/// <summary>
/// Builds the typed IR of one module from a compilation's analysis: the module's top-level code as
/// <see cref="IrModule.Init"/>, one <see cref="IrFunction"/> per function instance (<c>square[int]</c> and
/// <c>square[float]</c> for an unannotated function called with both), classes with their fields and method
/// instances, and the module's globals. Every type comes from inference; every implicit conversion becomes an
/// <see cref="IrConvert"/>; every node carries its source location.
/// <para>A compilation with an error diagnostic is never lowered (a half-typed program has no IR): the result
/// carries the diagnostics instead. A typed construct the IR cannot express yet is refused with PA4001.</para>
/// </summary>
public static class IrLowering
{
    /// <summary>
    /// Lowers the module of <paramref name="tree"/> (a tree of <paramref name="compilation"/>). Other modules of the
    /// compilation are analyzed together with it; calls into them refer to their function instances.
    /// </summary>
    public static IrLoweringResult Lower(PythonCompilation compilation, SyntaxTree tree) => Lower(compilation, tree, runsAsMain: null);

    /// <summary>
    /// Lowers <paramref name="tree"/>; <paramref name="runsAsMain"/> says whether the module runs as the program
    /// (<c>__name__ == "__main__"</c>, as under <c>python3 FILE</c>) or is imported (a shared library: <c>__name__</c> is the
    /// module's name, so an <c>if __name__ == "__main__":</c> block does not run when the library loads). Null: the
    /// compilation's first tree runs as main.
    /// </summary>
    public static IrLoweringResult Lower(PythonCompilation compilation, SyntaxTree tree, bool? runsAsMain)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(tree);
        if (!compilation.SyntaxTrees.Contains(tree)) throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));
        var diagnostics = compilation.GetDiagnostics();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return new IrLoweringResult(null, diagnostics);
        try
        {
            var module = new ModuleLowerer(compilation, tree, runsAsMain).Lower();
            return new IrLoweringResult(module, diagnostics);
        }
        catch (LoweringException e)
        {
            var location = e.Node is { } node ? node.SyntaxTree.GetLocation(node.Span) : Location.None;
            var diagnostic = Diagnostic.Create(LoweringDiagnosticDescriptors.NotSupported, location, e.Construct);
            return new IrLoweringResult(null, diagnostics.Add(diagnostic));
        }
    }
}
