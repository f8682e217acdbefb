using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Syntax.Generator;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Generator;

/// <summary>The grammar spec reader and the source generator that turns Syntax.grammar into the tree's code.</summary>
[TestFixture]
public class SyntaxGeneratorTests
{
    private static string GrammarPath => Path.Combine(StdlibCorpus.RepositoryRoot, "src", "Compiler.Syntax", "Syntax.grammar");

    [Test]
    public void TheRealGrammar_ReadsWithoutErrors_AndEveryNodeBecameATypedClass()
    {
        var model = GrammarParser.Parse(File.ReadAllText(GrammarPath));
        Assert.That(model.Errors, Is.Empty);
        var assembly = typeof(SyntaxNode).Assembly;
        foreach (var node in model.Nodes)
        {
            var type = assembly.GetType("PythonAot.Compiler.Syntax." + node.Name);
            Assert.That(type, Is.Not.Null, node.Name);
            Assert.That(type!.IsAbstract, Is.EqualTo(node.IsAbstract), node.Name);
            if (node.IsAbstract) continue;
            Assert.That(Enum.IsDefined(typeof(SyntaxKind), node.KindName), Is.True, node.KindName);
            foreach (var slot in node.Slots)
                Assert.That(type.GetProperty(slot.Name, BindingFlags.Public | BindingFlags.Instance), Is.Not.Null, $"{node.Name}.{slot.Name}");
        }
        foreach (var keyword in model.Keywords)
            Assert.That(SyntaxFacts.GetKeywordKind(keyword.Text!).ToString(), Is.EqualTo(keyword.Kind));
    }

    [TestCase("token", "expected a declaration")]
    [TestCase("node A : Missing\n    X: Token", "derives from 'Missing'")]
    [TestCase("abstract B : SyntaxNode\nnode A : B\n    X: Nope", "unknown type 'Nope'")]
    [TestCase("abstract B : SyntaxNode\nnode A : B\nnode A : B", "declared twice")]
    [TestCase("node A : SyntaxNode\n    X: Token\n    X: Token", "two slots named 'X'")]
    [TestCase("    X: Token", "slot outside a node")]
    [TestCase("node A SyntaxNode", "expected 'node Name : Base'")]
    [TestCase("keyword IfKeyword", "has no text")]
    [TestCase("token A\ntoken A", "kind 'A' is declared twice")]
    public void MalformedGrammar_IsReportedNotCrashed(string grammar, string expected)
    {
        var model = GrammarParser.Parse(grammar);
        Assert.That(model.Errors, Has.Some.Contains(expected));
    }

    [Test]
    public void Generator_WritesKindsNodesFactoryAndVisitors_ForASmallGrammar()
    {
        const string grammar = """
            token IdentifierToken
            token PlusToken "+"
            abstract ExpressionSyntax : SyntaxNode
            node NameExpressionSyntax : ExpressionSyntax
                Identifier: Token
            node AddExpressionSyntax : ExpressionSyntax
                Left: ExpressionSyntax
                PlusToken: Token
                Right: ExpressionSyntax?
            """;
        var (sources, diagnostics) = Run(grammar);
        Assert.That(diagnostics, Is.Empty);
        Assert.That(sources.Keys, Is.EquivalentTo(new[] { "SyntaxKind.g.cs", "SyntaxFacts.g.cs", "GreenNodes.g.cs", "RedNodes.g.cs", "SyntaxVisitors.g.cs" }));
        Assert.That(sources["SyntaxKind.g.cs"], Does.Contain("AddExpression,"));
        Assert.That(sources["SyntaxFacts.g.cs"], Does.Contain("\"+\" => SyntaxKind.PlusToken"));
        Assert.That(sources["RedNodes.g.cs"], Does.Contain("public ExpressionSyntax? Right =>"));
        Assert.That(sources["RedNodes.g.cs"], Does.Contain("public AddExpressionSyntax WithLeft(ExpressionSyntax left)"));
        Assert.That(sources["GreenNodes.g.cs"], Does.Contain("GreenNodeCache.TryGet"), "three-slot nodes are hash-consed");
        Assert.That(sources["SyntaxVisitors.g.cs"], Does.Contain("public virtual void VisitAddExpression(AddExpressionSyntax node)"));
    }

    [Test]
    public void Generator_ReportsGrammarErrorsAsDiagnostics_AndWritesNothing()
    {
        var (sources, diagnostics) = Run("node A : Missing\n    X: Token\n");
        Assert.That(sources, Is.Empty);
        Assert.That(diagnostics.Select(d => d.Id), Has.All.EqualTo("PAGEN001"));
        Assert.That(diagnostics.Single().GetMessage(), Does.Contain("Missing"));
    }

    private static (Dictionary<string, string> Sources, IReadOnlyList<Diagnostic> Diagnostics) Run(string grammar)
    {
        var compilation = CSharpCompilation.Create("GeneratorTest");
        var driver = CSharpGeneratorDriver.Create([new SyntaxGenerator().AsSourceGenerator()],
            additionalTexts: [new InMemoryAdditionalText("Syntax.grammar", grammar)]);
        var result = driver.RunGenerators(compilation).GetRunResult();
        var sources = result.GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString());
        return (sources, result.Diagnostics);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
