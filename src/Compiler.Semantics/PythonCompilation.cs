using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SyntaxNode = PythonAot.Compiler.Syntax.SyntaxNode;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;
using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Semantics.Inference;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics;

/// <summary>
/// An immutable compilation over syntax trees, one module per tree (named after its file): modules import each
/// other by name (<c>from helpers import f</c>). Analysis (binding, type propagation, checks) runs once, lazily, the
/// first time a diagnostic or a semantic model is asked for; <see cref="AddSyntaxTrees"/> and <see cref="WithOptions"/>
/// return new compilations.
/// </summary>
public sealed class PythonCompilation
{
    private readonly Lazy<CompilationAnalysis> _analysis;

    private PythonCompilation(ImmutableArray<SyntaxTree> trees, PythonCompilationOptions options)
    {
        SyntaxTrees = trees;
        Options = options;
        _analysis = new Lazy<CompilationAnalysis>(() => CompilationAnalysis.Run(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a compilation.</summary>
    public static PythonCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, PythonCompilationOptions? options = null) =>
        new([.. syntaxTrees], options ?? PythonCompilationOptions.Default);

    /// <summary>Creates a compilation of one source text (module name from <paramref name="path"/>, "__main__" without one).</summary>
    public static PythonCompilation FromSource(string source, string path = "", PythonCompilationOptions? options = null) =>
        Create([SyntaxTree.ParseText(source, new PythonParseOptions((options ?? PythonCompilationOptions.Default).LanguageVersion), path)], options);

    /// <summary>The trees, one per module.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The options.</summary>
    public PythonCompilationOptions Options { get; }

    /// <summary>A compilation with more trees.</summary>
    public PythonCompilation AddSyntaxTrees(params SyntaxTree[] trees) => new(SyntaxTrees.AddRange(trees), Options);

    /// <summary>A compilation with other options.</summary>
    public PythonCompilation WithOptions(PythonCompilationOptions options) => new(SyntaxTrees, options);

    /// <summary>The module name of a tree (its file name without extension; "__main__" for a tree without a path).</summary>
    public static string GetModuleName(SyntaxTree tree) => TypeInference.ModuleNameOf(tree);

    /// <summary>All diagnostics: syntax (PA0xxx), binding (PA1xxx), typing (PA2xxx), untranslatable constructs (PA3xxx), by file and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _analysis.Value.Diagnostics;

    /// <summary>The semantic model of one tree of the compilation.</summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        if (!SyntaxTrees.Contains(tree)) throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));
        return new SemanticModel(this, tree, _analysis.Value);
    }

    internal CompilationAnalysis Analysis => _analysis.Value;
}
