using Microsoft.CodeAnalysis.Text;

namespace PythonAot.Compiler.Syntax.Tests.Trees;

/// <summary>The red tree API: navigation, positions, immutable edits, walkers, rewriters and the factory.</summary>
[TestFixture]
public class SyntaxTreeApiTests
{
    private const string Source = "# header\nimport os\n\ndef f(a, b=1):\n    return a + b  # sum\n\nx = f(1)\n";

    [Test]
    public void RootCoversTheTextAndRoundTrips()
    {
        var tree = SyntaxTree.ParseText(Source);
        var root = tree.GetRoot();
        Assert.That(root.ToFullString(), Is.EqualTo(Source));
        Assert.That(root.FullSpan, Is.EqualTo(new TextSpan(0, Source.Length)));
        Assert.That(tree.GetDiagnostics(), Is.Empty);
        Assert.That(root.SyntaxTree, Is.SameAs(tree));
    }

    [Test]
    public void RedNodesAreCreatedOnceAndKnowTheirParent()
    {
        var root = SyntaxTree.ParseText(Source).GetRoot();
        var function = root.Statements.OfType<FunctionDefinitionSyntax>().Single();
        Assert.That(root.Statements.OfType<FunctionDefinitionSyntax>().Single(), Is.SameAs(function));
        Assert.That(function.Parent, Is.SameAs(root));
        Assert.That(function.Name.Text, Is.EqualTo("f"));
        Assert.That(function.Parameters.Parameters.Count, Is.EqualTo(2));
        Assert.That(function.Parameters.Parameters.SeparatorCount, Is.EqualTo(1));
        Assert.That(function.Parameters.Parameters[1].Parent, Is.SameAs(function.Parameters));
        Assert.That(function.Span.Start, Is.EqualTo(Source.IndexOf("def", StringComparison.Ordinal)));
    }

    [Test]
    public void FindTokenReturnsTheTokenWhoseFullSpanContainsThePosition()
    {
        var root = SyntaxTree.ParseText(Source).GetRoot();
        var plus = Source.IndexOf('+');
        Assert.That(root.FindToken(plus).Kind, Is.EqualTo(SyntaxKind.PlusToken));
        var comment = Source.IndexOf("# sum", StringComparison.Ordinal);
        var owner = root.FindToken(comment);
        Assert.That(owner.Kind, Is.EqualTo(SyntaxKind.IdentifierToken), "a comment is trailing trivia of the token before it");
        Assert.That(owner.TrailingTrivia.Any(t => t.Kind == SyntaxKind.CommentTrivia && t.ToString() == "# sum"), Is.True);
        Assert.That(root.FindToken(0).Kind, Is.EqualTo(SyntaxKind.ImportKeyword), "the header comment leads the first token");
        Assert.That(root.FindToken(Source.Length).Kind, Is.EqualTo(SyntaxKind.EndOfFileToken));
    }

    [Test]
    public void DescendantTokensAreContiguousAndIncludeLayoutTokens()
    {
        var root = SyntaxTree.ParseText(Source).GetRoot();
        var kinds = root.DescendantTokens().Select(t => t.Kind).ToList();
        Assert.That(kinds, Does.Contain(SyntaxKind.IndentToken));
        Assert.That(kinds, Does.Contain(SyntaxKind.DedentToken));
        Assert.That(kinds.Count(k => k == SyntaxKind.NewLineToken), Is.EqualTo(4));
        Assert.That(kinds.Last(), Is.EqualTo(SyntaxKind.EndOfFileToken));
        Assert.That(TreeInvariants.Check(SyntaxTree.ParseText(Source)), Is.Null);
    }

    [Test]
    public void NextAndPreviousTokenFollowDocumentOrder()
    {
        var root = SyntaxTree.ParseText(Source + "class C:\n    @d\n    def g(self, *, k=(1, [2])): ...\n").GetRoot();
        var tokens = root.DescendantTokens().ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.That(tokens[i].GetNextToken(), Is.EqualTo(i + 1 < tokens.Count ? tokens[i + 1] : default(SyntaxToken)), $"after token {i}");
            Assert.That(tokens[i].GetPreviousToken(), Is.EqualTo(i > 0 ? tokens[i - 1] : default(SyntaxToken)), $"before token {i}");
        }
    }

    [Test]
    public void DescendantTriviaKeepsCommentsAndBlankLines()
    {
        var root = SyntaxTree.ParseText(Source).GetRoot();
        var trivia = root.DescendantTrivia().ToList();
        Assert.That(trivia.Where(t => t.Kind == SyntaxKind.CommentTrivia).Select(t => t.ToString()), Is.EqualTo(new[] { "# header", "# sum" }));
        Assert.That(trivia.Count(t => t.Kind == SyntaxKind.EndOfLineTrivia), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void ReplaceNodeSharesUntouchedNodesAndKeepsTrivia()
    {
        var tree = SyntaxTree.ParseText(Source);
        var root = tree.GetRoot();
        var binary = root.DescendantNodes().OfType<BinaryExpressionSyntax>().Single();
        var replacement = binary.WithOperatorToken(SyntaxFactory.Token(SyntaxKind.StarToken)
            .WithTrailingTrivia(binary.OperatorToken.TrailingTrivia));
        var edited = root.ReplaceNode(binary, replacement);
        Assert.That(edited.ToFullString(), Is.EqualTo(Source.Replace("a + b", "a * b")));
        Assert.That(root.ToFullString(), Is.EqualTo(Source), "the original tree is unchanged");
        Assert.That(edited.Statements[0].Green, Is.SameAs(root.Statements[0].Green), "untouched statements are shared");
    }

    [Test]
    public void InsertNodesAfterAddsAStatement()
    {
        var root = SyntaxTree.ParseText("a = 1\nb = 2\n").GetRoot();
        var extra = SyntaxTree.ParseText("c = 3\n").GetRoot().Statements[0];
        var edited = root.InsertNodesAfter(root.Statements[0], [extra]);
        Assert.That(edited.ToFullString(), Is.EqualTo("a = 1\nc = 3\nb = 2\n"));
        Assert.That(edited.Statements.Count, Is.EqualTo(3));
    }

    [Test]
    public void RemoveNodeDropsAStatement()
    {
        var root = SyntaxTree.ParseText("a = 1\nb = 2\nc = 3\n").GetRoot();
        var edited = root.RemoveNode(root.Statements[1]);
        Assert.That(edited.ToFullString(), Is.EqualTo("a = 1\nc = 3\n"));
    }

    [Test]
    public void WalkerVisitsNodesTokensAndTriviaInDocumentOrder()
    {
        var walker = new RecordingWalker();
        walker.Visit(SyntaxTree.ParseText("x = y  # c\n").GetRoot());
        Assert.That(walker.Names, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(walker.Text.ToString(), Is.EqualTo("x = y  # c\n"));
    }

    [Test]
    public void RewriterRenamesEveryName()
    {
        var root = SyntaxTree.ParseText("total = price * count + price\n").GetRoot();
        var rewritten = (ModuleSyntax)new RenameRewriter("price", "cost").Visit(root)!;
        Assert.That(rewritten.ToFullString(), Is.EqualTo("total = cost * count + cost\n"));
    }

    [Test]
    public void FactoryBuildsNodesThatPrintAsPython()
    {
        var call = SyntaxFactory.CallExpression(
            SyntaxFactory.NameExpression(SyntaxFactory.Identifier("print")),
            SyntaxFactory.ArgumentList(
                SyntaxFactory.Token(SyntaxKind.OpenParenToken),
                SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(default, default, default, SyntaxFactory.LiteralExpression(SyntaxFactory.Token(SyntaxKind.NumberToken, "1"))),
                }),
                SyntaxFactory.Token(SyntaxKind.CloseParenToken)));
        Assert.That(call.ToFullString(), Is.EqualTo("print(1)"));
        Assert.That(call.ArgumentList.Arguments.Single().Expression, Is.InstanceOf<LiteralExpressionSyntax>());
        Assert.That(SyntaxTree.ParseText(call.ToFullString() + "\n").GetRoot().DescendantNodes().OfType<CallExpressionSyntax>().Single()
            .IsEquivalentTo(call), Is.True, "parsing the printed text gives the same call");
    }

    [Test]
    public void DiagnosticsHaveIdsAndPythonLineNumbers()
    {
        var tree = SyntaxTree.ParseText("x = 1\r\nif x\n    pass\n", path: "m.py");
        var diagnostic = tree.GetDiagnostics().First();
        Assert.That(diagnostic.Id, Does.StartWith("PA0"));
        var span = diagnostic.Location.GetLineSpan();
        Assert.That(span.Path, Is.EqualTo("m.py"));
        Assert.That(span.StartLinePosition.Line, Is.EqualTo(1), "the second line, 0-based");
        Assert.That(diagnostic.GetMessage(), Is.EqualTo("expected ':'"));
    }

    [Test]
    public void SoftKeywordsBecomeKeywordsOnlyWhereTheyActAsKeywords()
    {
        var root = SyntaxTree.ParseText("match = 1\nmatch match:\n    case case:\n        pass\n").GetRoot();
        var tokens = root.DescendantTokens().Where(t => t.Text is "match" or "case").Select(t => t.Kind).ToList();
        Assert.That(tokens, Is.EqualTo(new[]
        {
            SyntaxKind.IdentifierToken, SyntaxKind.MatchKeyword, SyntaxKind.IdentifierToken,
            SyntaxKind.CaseKeyword, SyntaxKind.IdentifierToken,
        }));
    }

    private sealed class RecordingWalker() : SyntaxWalker(SyntaxWalkerDepth.Trivia)
    {
        public List<string> Names { get; } = [];

        public System.Text.StringBuilder Text { get; } = new();

        public override void VisitNameExpression(NameExpressionSyntax node)
        {
            Names.Add(node.Identifier.Text);
            base.VisitNameExpression(node);
        }

        public override void VisitToken(SyntaxToken token)
        {
            foreach (var trivia in token.LeadingTrivia) Text.Append(trivia.ToString());
            Text.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia) Text.Append(trivia.ToString());
        }
    }

    private sealed class RenameRewriter(string from, string to) : SyntaxRewriter
    {
        public override SyntaxNode? VisitNameExpression(NameExpressionSyntax node) =>
            node.Identifier.Text == from
                ? node.WithIdentifier(SyntaxFactory.Token(SyntaxKind.IdentifierToken, to)
                    .WithLeadingTrivia(node.Identifier.LeadingTrivia).WithTrailingTrivia(node.Identifier.TrailingTrivia))
                : node;
    }
}
