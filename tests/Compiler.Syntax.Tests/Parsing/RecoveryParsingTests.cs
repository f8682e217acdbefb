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

    [Test]
    public void BadToken_OnlyTheLexerReports_OnTheLineOfTheCharacter()
    {
        // test/tokenizedata/badsyntax_3131.py: the comment line leads the bad token, whose error is the only one.
        UsingTree("# -*- coding: utf-8 -*-\n\u20ac = 2\n");
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0001 2:1 invalid character '\u20ac' (U+20AC)" }));
        UsingTree("x = 1 + \u20ac\n");
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0001 1:9 invalid character '\u20ac' (U+20AC)" }));
    }

    [Test]
    public void SkippedText_BeforeAToken_KeepsTheTokensOwnDiagnosticOnItsText()
    {
        UsingTree("x = \u20ac 0777\n");
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[]
        {
            "PA0001 1:5 invalid character '\u20ac' (U+20AC)",
            "PA0010 1:7 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        }));
    }

    [Test]
    public void MissingToken_IsReportedAtTheTextOfTheNextToken_NotBeforeItsTrivia()
    {
        // The missing ':' sits before the comment line that leads `1`; CPython reports the error at `1`.
        UsingTree("(lambda a\n# c\n  1)\n");
        var colon = Tree.GetRoot().DescendantNodes().OfType<LambdaExpressionSyntax>().Single().ColonToken;
        Assert.That(colon.IsMissing, Is.True);
        Assert.That(colon.FullSpan.Start, Is.EqualTo("(lambda a".Length));
        Assert.That(SortedDiagnostics(Tree).First(), Is.EqualTo("PA0100 3:3 invalid syntax"));
        Assert.That(Tree.GetDiagnostics().Select(Format), Is.EqualTo(SortedDiagnostics(Tree)), "document order");
    }

    [Test]
    public void JunkInAParameterList_KeepsParametersAndCommasAlternating()
    {
        UsingTree("def f(a, /, b!, c): pass\n");
        var parameters = Tree.GetRoot().DescendantNodes().OfType<ParameterListSyntax>().Single().Parameters;
        Assert.That(parameters.Select(p => p.ToString()), Is.EqualTo(new[] { "a", "/", "b", "c" }));
        Assert.That(parameters.GetSeparators().Select(s => (s.Kind, s.IsMissing)),
            Is.EqualTo(Enumerable.Repeat((SyntaxKind.CommaToken, false), 3)));
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[] { "PA0100 1:14 invalid syntax" }));
    }

    [TestCase("def f(a b! c, d): pass\n")]
    [TestCase("def f(s\u20aclf, id, *, x=None): pass\n")]
    [TestCase("lambda**import b: 0\n")]
    public void JunkInAParameterList_KeepsTheListShape(string text) => UsingTree(text);

    [TestCase("class A[(x), T]: pass\n")]
    [TestCase("class A[:def **,\t$(del ]: pass\n")]
    public void JunkInATypeParameterList_KeepsTheListShape(string text) =>
        UsingTree(text, new PythonParseOptions(PythonLanguageVersion.Python312));

    [Test]
    public void SkippedExpression_GoesBeforeTheTokensSkippedInsideIt()
    {
        // The `(` expression is skipped as a whole after the trailing backslash inside it was skipped: the text keeps its order.
        UsingTree("def f(a, (\\");
        UsingTree("def (a=as async =,'\\x4'class with (in\\");
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
            Assert.That(Trees.TreeInvariants.CheckSeparatedLists(tree.GetRoot()), Is.Null, text);
            _ = tree.GetDiagnostics().Count();
        }
    }
}
