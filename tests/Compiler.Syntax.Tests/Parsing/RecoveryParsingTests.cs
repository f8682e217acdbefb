namespace PythonAot.Compiler.Syntax.Tests.Parsing;

/// <summary>Error recovery: missing tokens are zero-width and flagged, junk becomes skipped-tokens trivia, diagnostics have ids and positions.</summary>
[TestFixture]
public class RecoveryParsingTests : ParsingTestBase
{
    [Test]
    public void MissingColon_IsAMissingToken()
    {
        UsingTree("if x\n    pass\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.IfStatement);
        N(SyntaxKind.IfKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        M(SyntaxKind.ColonToken);
        N(SyntaxKind.IndentedBlock);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.IndentToken);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.PassStatement);
        N(SyntaxKind.PassKeyword);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.DedentToken);
        EOF();
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0101 1:5 expected ':'" }));
    }

    [Test]
    public void MissingOperand_IsAMissingName()
    {
        UsingTree("x = 1 +\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.AssignmentStatement);
        N(SyntaxKind.AssignmentTarget);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.EqualsToken);
        N(SyntaxKind.BinaryExpression);
        N(SyntaxKind.LiteralExpression);
        N(SyntaxKind.NumberToken);
        N(SyntaxKind.PlusToken);
        N(SyntaxKind.NameExpression);
        M(SyntaxKind.IdentifierToken);
        N(SyntaxKind.NewLineToken);
        EOF();
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0100 1:8 invalid syntax" }));
    }

    [Test]
    public void UnexpectedTokens_BecomeSkippedTrivia_OnTheNewLine()
    {
        UsingTree("a b c\nd = 1\n");
        var newLine = Tree.GetRoot().DescendantTokens().First(t => t.Kind == SyntaxKind.NewLineToken);
        var skipped = newLine.LeadingTrivia.Single();
        Assert.That(skipped.Kind, Is.EqualTo(SyntaxKind.SkippedTokensTrivia));
        Assert.That(skipped.ToFullString(), Is.EqualTo("b c"));
        Assert.That(Tree.GetRoot().Statements.Count, Is.EqualTo(2));
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0100 1:3 invalid syntax" }));
    }

    [Test]
    public void MissingComma_InsideBrackets_IsInserted()
    {
        UsingTree("[a b]\n");
        var list = Tree.GetRoot().DescendantNodes().OfType<ListExpressionSyntax>().Single();
        Assert.That(list.Elements.Count, Is.EqualTo(2));
        Assert.That(list.Elements.GetSeparators().Single().IsMissing, Is.True);
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0101 1:2 invalid syntax. Perhaps you forgot a comma?" }));
    }

    [Test]
    public void UnclosedParenthesis_IsReportedAtTheOpeningParenthesis()
    {
        UsingTree("foo(a,\nx = 1\n");
        Assert.That(SortedDiagnostics(Tree).First(), Is.EqualTo("PA0018 1:4 '(' was never closed"));
    }

    [Test]
    public void MissingIndentedBlock_NamesTheHeaderLine()
    {
        UsingTree("def f():\n    x = 1\n\n    if x:\n    y = 2\n");
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0104 5:5 expected an indented block after 'if' statement on line 4" }));
        var block = Tree.GetRoot().DescendantNodes().OfType<IfStatementSyntax>().Single().Body;
        Assert.That(((IndentedBlockSyntax)block).Indent.IsMissing, Is.True);
    }

    [Test]
    public void UnexpectedIndent_KeepsTheStatements()
    {
        UsingTree("x = 1\n    y = 2\nz = 3\n");
        Assert.That(Tree.GetRoot().Statements.Count, Is.EqualTo(3));
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0103 2:5 unexpected indent" }));
    }

    [TestCase("f() = 1\n", "PA0106 1:1 cannot assign to function call here. Maybe you meant '==' instead of '='?")]
    [TestCase("f() = a = 1\n", "PA0105 1:1 cannot assign to function call")]
    [TestCase("del f()\n", "PA0107 1:5 cannot delete function call")]
    [TestCase("print 'x'\n", "PA0108 1:1 Missing parentheses in call to 'print'. Did you mean print(...)?")]
    [TestCase("f(a=1, b)\n", "PA0101 1:8 positional argument follows keyword argument")]
    [TestCase("def f(a=1, b): pass\n", "PA0101 1:12 non-default argument follows default argument")]
    [TestCase("try:\n    pass\nx = 1\n", "PA0101 3:1 expected 'except' or 'finally' block")]
    public void Diagnostic_IdPositionAndMessage(string text, string expected)
    {
        UsingTree(text);
        Assert.That(SortedDiagnostics(Tree).First(), Is.EqualTo(expected));
    }

    [TestCase("(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1")]
    [TestCase("x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    public void DeepNesting_IsCappedWithADiagnostic(string text)
    {
        UsingTree(text);
        Assert.That(Tree.GetDiagnostics(), Is.Not.Empty);
    }

    [Test]
    public void PathologicalNesting_DoesNotOverflowTheStack()
    {
        var inputs = new[]
        {
            new string('(', 100_000),
            new string('-', 100_000) + "1",
            string.Concat(Enumerable.Repeat("not ", 50_000)) + "x",
            string.Concat(Enumerable.Repeat("lambda: ", 50_000)) + "x",
            "x = " + string.Concat(Enumerable.Repeat("a if b else ", 50_000)) + "c",
            string.Concat(Enumerable.Repeat("a ** ", 50_000)) + "b",
            "x = " + string.Concat(Enumerable.Repeat("{1: [", 50_000)),
            "match x:\n case " + new string('[', 50_000) + ":\n  pass\n",
        };
        foreach (var input in inputs)
        {
            SyntaxTree? tree = null;
            // A small stack, as on a thread-pool thread: the parser must bail out well before it.
            var thread = new Thread(() => tree = SyntaxTree.ParseText(input), 1024 * 1024);
            thread.Start();
            thread.Join();
            Assert.That(tree, Is.Not.Null);
            Assert.That(tree!.GetRoot().ToFullString(), Is.EqualTo(input));
            Assert.That(tree.GetDiagnostics(), Is.Not.Empty);
        }
    }

    [Test]
    public void RandomJunk_AlwaysRoundTrips()
    {
        var pieces = new[] { "(", ")", "[", "]", "{", "}", ":", "\n", "\n    ", "  ", "if ", "def ", "lambda", "*", "**", ",", "=", "'", "\"", "f'{", "match ", "case ", "@", "\\", "yield", "not", "in", "->", ";", "\t", "x", "1", "async ", "with (", "for ", "except*", "...", ".", "else:", "try:" };
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var tree = SyntaxTree.ParseText(text);
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), text);
            _ = tree.GetDiagnostics().Count();
        }
    }
}
