using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SyntaxNode = PythonAot.Compiler.Syntax.SyntaxNode;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;
using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>The result of analyzing a compilation once: inference state and every diagnostic.</summary>
internal sealed class CompilationAnalysis
{
    private CompilationAnalysis(TypeInference inference, ImmutableArray<Diagnostic> diagnostics)
    {
        Inference = inference;
        Diagnostics = diagnostics;
    }

    public TypeInference Inference { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static CompilationAnalysis Run(PythonCompilation compilation)
    {
        var diagnostics = new List<Diagnostic>();
        var trees = compilation.SyntaxTrees;
        foreach (var tree in trees) diagnostics.AddRange(tree.GetDiagnostics());
        var inference = new TypeInference(compilation);
        // Trees with syntax errors are still bound and typed as far as they go: the tree always exists.
        inference.Run(trees);
        foreach (var module in inference.Modules)
        {
            diagnostics.AddRange(module.Scopes.Diagnostics);
            var checker = new UntranslatableConstructChecker(new BinderNameClassifier(inference, module), name => IsSupportedModule(compilation, name));
            diagnostics.AddRange(checker.Check(module.Tree));
        }
        diagnostics.AddRange(inference.Diagnostics);
        var sorted = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new CompilationAnalysis(inference, sorted);
    }

    private static bool IsSupportedModule(PythonCompilation compilation, string name) =>
        compilation.Options.TypingModules.Contains(name)
        || compilation.Options.OperationLibrary.Modules.Contains(name)
        || compilation.SyntaxTrees.Any(t => PythonCompilation.GetModuleName(t) == name);
}
