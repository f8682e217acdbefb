using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Analysis;

/// <summary>
/// Finds Python that has no faithful ahead-of-time translation and reports it with the PA3xxx diagnostics of
/// <see cref="UntranslatableDiagnosticDescriptors"/>: dynamic code (<c>eval</c>), namespaces as dictionaries,
/// attribute names computed at run time, metaclasses, attributes of modules and classes changed from outside,
/// unannotated <c>*args</c>, unsupported modules, <c>Any</c>, attribute hooks, <c>import *</c>, coroutines,
/// dynamic imports and class changes. It reads the syntax tree only; what a name refers to comes from an
/// <see cref="INameClassifier"/>, so a user function named <c>eval</c> is not mistaken for the builtin.
/// </summary>
public sealed class UntranslatableConstructChecker
{
    private readonly INameClassifier _names;
    private readonly Func<string, bool> _isSupportedModule;

    /// <summary>Creates a checker.</summary>
    /// <param name="names">Says what each name refers to (a binder, or <see cref="SyntacticNameClassifier"/>).</param>
    /// <param name="isSupportedModule">
    /// Says whether an absolute module name (<c>"math"</c>, <c>"os.path"</c>, <c>"__future__"</c>) can be imported by a
    /// compiled program; an import of any other module is PA3009.
    /// </param>
    public UntranslatableConstructChecker(INameClassifier names, Func<string, bool> isSupportedModule)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(isSupportedModule);
        _names = names;
        _isSupportedModule = isSupportedModule;
    }

    /// <summary>Checks one file and returns its PA3xxx diagnostics, sorted by position (then by id).</summary>
    public IReadOnlyList<Diagnostic> Check(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var walker = new UntranslatableConstructWalker(tree, _names, _isSupportedModule);
        walker.Visit(tree.GetRoot());
        return walker.Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
    }
}
