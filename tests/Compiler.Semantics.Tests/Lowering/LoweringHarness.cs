using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Passes;

namespace PythonAot.Compiler.Semantics.Tests.Lowering;

/// <summary>Compiles a program, lowers it and checks the result with the verifier.</summary>
internal static class LoweringHarness
{
    /// <summary>The verified module of <paramref name="source"/>; fails the test on any diagnostic error or verifier problem.</summary>
    public static IrModule Lower(string source, string path = "example.py")
    {
        var compilation = PythonCompilation.FromSource(source, path);
        var result = IrLowering.Lower(compilation, compilation.SyntaxTrees[0]);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, () => string.Join("\n", errors.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")));
        Assert.That(result.Success, Is.True);
        var problems = IrVerifier.Check(result.Module!);
        Assert.That(problems, Is.Empty, () => string.Join("\n", problems) + "\n" + IrPrinter.Print(result.Module!));
        return result.Module!;
    }

    /// <summary>
    /// The printed IR of the function named <paramref name="function"/> of <paramref name="source"/> after the whole
    /// default pipeline; fails the test on a pass diagnostic.
    /// </summary>
    public static string AfterPipeline(string source, string function = "f")
    {
        var module = Lower(source);
        var run = PassManager.Run(module, PassPipeline.CreateDefault(), PassRunOptions.ForLibrary(OperationLibrary.Default));
        Assert.That(run.Diagnostics, Is.Empty);
        return Function(module, function);
    }

    /// <summary>How many times <paramref name="part"/> occurs in <paramref name="text"/>.</summary>
    public static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>The printed IR of the function named <paramref name="name"/> (instance name, or qualified name when unique).</summary>
    public static string Function(IrModule module, string name) =>
        IrPrinter.Print(module.AllFunctions.Single(f => f.InstanceName == name || (f.QualifiedName == name && module.AllFunctions.Count(g => g.QualifiedName == name) == 1)));

    /// <summary>Every node of every function, for structural assertions.</summary>
    public static List<IrNode> Nodes(IrModule module)
    {
        var collector = new NodeCollector();
        foreach (var function in module.AllFunctions) collector.VisitFunction(function);
        return collector.Nodes;
    }

    private sealed class NodeCollector : IrVisitor
    {
        public List<IrNode> Nodes { get; } = [];

        protected override void Enter(IrNode node) => Nodes.Add(node);
    }
}
