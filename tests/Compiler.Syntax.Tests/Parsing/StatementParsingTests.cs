namespace PythonAot.Compiler.Syntax.Tests.Parsing;

/// <summary>Tree shapes of statements (see Syntax.grammar for each node's slots).</summary>
[TestFixture]
public class StatementParsingTests : ParsingTestBase
{
    [Test]
    public void ChainedAssignment_IsOneStatementWithTwoTargets()
    {
        UsingValidTree("a = b = c\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.AssignmentStatement);
        N(SyntaxKind.AssignmentTarget);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "a");
        N(SyntaxKind.EqualsToken);
        N(SyntaxKind.AssignmentTarget);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "b");
        N(SyntaxKind.EqualsToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "c");
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void BareTuple_HasNoParentheses_AndStarTarget()
    {
        UsingValidTree("a, *b = c\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.AssignmentStatement);
        N(SyntaxKind.AssignmentTarget);
        N(SyntaxKind.TupleExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.CommaToken);
        N(SyntaxKind.StarredExpression);
        N(SyntaxKind.StarToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.EqualsToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void SimpleStatements_SeparatedBySemicolons_WithTrailingSemicolon()
    {
        UsingValidTree("pass; break;\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.PassStatement);
        N(SyntaxKind.PassKeyword);
        N(SyntaxKind.SemicolonToken);
        N(SyntaxKind.BreakStatement);
        N(SyntaxKind.BreakKeyword);
        N(SyntaxKind.SemicolonToken);
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void AnnotatedAndAugmentedAssignments()
    {
        UsingValidTree("x: int = 1\nx += 2\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.AnnotatedAssignmentStatement);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ColonToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "int");
        N(SyntaxKind.EqualsToken);
        N(SyntaxKind.LiteralExpression);
        N(SyntaxKind.NumberToken);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.AugmentedAssignmentStatement);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.PlusEqualsToken);
        N(SyntaxKind.LiteralExpression);
        N(SyntaxKind.NumberToken);
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void IfElifElse_WithIndentedAndInlineBlocks()
    {
        UsingValidTree("if a:\n    pass\nelif b: pass\nelse:\n    pass\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.IfStatement);
        N(SyntaxKind.IfKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ColonToken);
        N(SyntaxKind.IndentedBlock);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.IndentToken);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.PassStatement);
        N(SyntaxKind.PassKeyword);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.DedentToken);
        N(SyntaxKind.ElifClause);
        N(SyntaxKind.ElifKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ColonToken);
        N(SyntaxKind.InlineBlock);
        N(SyntaxKind.PassStatement);
        N(SyntaxKind.PassKeyword);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.ElseClause);
        N(SyntaxKind.ElseKeyword);
        N(SyntaxKind.ColonToken);
        N(SyntaxKind.IndentedBlock);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.IndentToken);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.PassStatement);
        N(SyntaxKind.PassKeyword);
        N(SyntaxKind.NewLineToken);
        N(SyntaxKind.DedentToken);
        EOF();
    }

    [Test]
    public void WithParenthesizedItems_KeepsParenthesesOnTheStatement()
    {
        UsingValidTree("with (a as b, c):\n    pass\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.WithStatement);
        N(SyntaxKind.WithKeyword);
        N(SyntaxKind.OpenParenToken);
        N(SyntaxKind.WithItem);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.AsKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.CommaToken);
        N(SyntaxKind.WithItem);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.CloseParenToken);
        N(SyntaxKind.ColonToken);
    }

    [TestCase("with (a, b) as c: pass\n", SyntaxKind.TupleExpression)]
    [TestCase("with (a, *b): pass\n", SyntaxKind.TupleExpression)]
    [TestCase("with (yield x): pass\n", SyntaxKind.ParenthesizedExpression)]
    [TestCase("with (a := b): pass\n", SyntaxKind.ParenthesizedExpression)]
    [TestCase("with (a for a in b): pass\n", SyntaxKind.GeneratorExpression)]
    [TestCase("with (a), b: pass\n", SyntaxKind.ParenthesizedExpression)]
    public void WithParenthesizedExpression_IsAnExpressionItem(string text, SyntaxKind firstItemExpression)
    {
        UsingValidTree(text);
        var with = Tree.GetRoot().DescendantNodes().OfType<WithStatementSyntax>().Single();
        Assert.That(with.OpenParen.IsMissing || with.OpenParen.Kind == SyntaxKind.None, Is.True);
        Assert.That(with.Items[0].Expression.Kind, Is.EqualTo(firstItemExpression));
    }

    [Test]
    public void WithTupleOfItems_InParentheses_IsTwoItems()
    {
        UsingValidTree("with (a, b): pass\n");
        var with = Tree.GetRoot().DescendantNodes().OfType<WithStatementSyntax>().Single();
        Assert.That(with.Items.Count, Is.EqualTo(2));
        Assert.That(with.OpenParen.Kind, Is.EqualTo(SyntaxKind.OpenParenToken));
    }

    [Test]
    public void DecoratedAsyncFunction_WithEveryParameterKind()
    {
        UsingValidTree("@dec\n@a.b(1)\nasync def f(a, /, b: int = 1, *args: *Ts, c, d=2, **kw) -> None:\n    await x\n");
        var function = Tree.GetRoot().DescendantNodes().OfType<FunctionDefinitionSyntax>().Single();
        Assert.That(function.Decorators.Count, Is.EqualTo(2));
        Assert.That(function.AsyncKeyword.Kind, Is.EqualTo(SyntaxKind.AsyncKeyword));
        var parameters = function.Parameters.Parameters;
        Assert.That(parameters.Count, Is.EqualTo(7));
        Assert.That(parameters[1].Prefix.Kind, Is.EqualTo(SyntaxKind.SlashToken));
        Assert.That(parameters[3].Prefix.Kind, Is.EqualTo(SyntaxKind.StarToken));
        Assert.That(parameters[3].Annotation!.Kind, Is.EqualTo(SyntaxKind.StarredExpression));
        Assert.That(parameters[6].Prefix.Kind, Is.EqualTo(SyntaxKind.StarStarToken));
        Assert.That(function.Returns!.Kind, Is.EqualTo(SyntaxKind.LiteralExpression));
    }

    [Test]
    public void TryWithExceptStar_ElseAndFinally()
    {
        UsingValidTree("try:\n    pass\nexcept* E as e:\n    pass\nexcept* (F, G):\n    pass\nelse:\n    pass\nfinally:\n    pass\n");
        var statement = Tree.GetRoot().DescendantNodes().OfType<TryStatementSyntax>().Single();
        Assert.That(statement.ExceptClauses.Count, Is.EqualTo(2));
        Assert.That(statement.ExceptClauses[0].StarToken.Kind, Is.EqualTo(SyntaxKind.StarToken));
        Assert.That(statement.ExceptClauses[0].Name.Text, Is.EqualTo("e"));
        Assert.That(statement.ElseClause, Is.Not.Null);
        Assert.That(statement.FinallyClause, Is.Not.Null);
    }

    [Test]
    public void FromImport_WithDotsParenthesesAndTrailingComma()
    {
        UsingValidTree("from ...pkg.mod import (a as b, c,)\nfrom . import *\nimport os.path as p, sys\n");
        var imports = Tree.GetRoot().DescendantNodes().OfType<FromImportStatementSyntax>().ToList();
        Assert.That(imports[0].Dots.Count, Is.EqualTo(1));
        Assert.That(imports[0].Names.Count, Is.EqualTo(2));
        Assert.That(imports[1].StarToken.Kind, Is.EqualTo(SyntaxKind.StarToken));
    }

    [TestCase("match = 1\n")]
    [TestCase("match(x)\n")]
    [TestCase("match[x]\n")]
    [TestCase("match.x = 1\n")]
    [TestCase("match: int = 1\n")]
    [TestCase("case = 1\n")]
    [TestCase("type = 1\n")]
    [TestCase("_ = 1\n")]
    [TestCase("match * 2\n")]
    public void SoftKeywords_StayNames(string text)
    {
        UsingValidTree(text);
        Assert.That(Tree.GetRoot().DescendantNodes().OfType<MatchStatementSyntax>(), Is.Empty);
        Assert.That(Tree.GetRoot().DescendantTokens().Any(t => t.Kind is SyntaxKind.MatchKeyword or SyntaxKind.CaseKeyword or SyntaxKind.TypeKeyword), Is.False);
    }

    [Test]
    public void MatchStatement_EveryPatternKind()
    {
        UsingValidTree(
            "match (x):\n" +
            "    case 1 | -2 | 3+4j | 'a' 'b' | None:\n        pass\n" +
            "    case [a, *rest] | (b, c) | (d,) | ():\n        pass\n" +
            "    case {'k': v, **kw}:\n        pass\n" +
            "    case Point(x=0, y=_) as p if p:\n        pass\n" +
            "    case Color.RED:\n        pass\n" +
            "    case (a | b) as c:\n        pass\n" +
            "    case a, *b:\n        pass\n" +
            "    case _:\n        pass\n");
        var match = Tree.GetRoot().DescendantNodes().OfType<MatchStatementSyntax>().Single();
        Assert.That(match.MatchKeyword.Kind, Is.EqualTo(SyntaxKind.MatchKeyword));
        Assert.That(match.Cases.Count, Is.EqualTo(8));
        Assert.That(match.Cases.All(c => c.CaseKeyword.Kind == SyntaxKind.CaseKeyword));
        var kinds = Tree.GetRoot().DescendantNodes().Select(n => n.Kind).ToHashSet();
        Assert.That(kinds, Is.SupersetOf(new[]
        {
            SyntaxKind.OrPattern, SyntaxKind.ValuePattern, SyntaxKind.SequencePattern, SyntaxKind.StarPattern,
            SyntaxKind.MappingPattern, SyntaxKind.KeyPatternEntry, SyntaxKind.DoubleStarPatternEntry, SyntaxKind.ClassPattern,
            SyntaxKind.PatternArgument, SyntaxKind.AsPattern, SyntaxKind.CapturePattern, SyntaxKind.GroupPattern,
        }));
    }

    [Test]
    public void TypeAliasAndTypeParameters_UnderPython312()
    {
        var options = new PythonParseOptions(PythonLanguageVersion.Python312);
        UsingValidTree("type X[T] = list[T]\ndef f[T: int, *Ts, **P](x: T) -> T: pass\nclass C[T](Base): pass\n", options);
        Assert.That(Tree.GetRoot().DescendantNodes().OfType<TypeAliasStatementSyntax>().Count(), Is.EqualTo(1));
        Assert.That(Tree.GetRoot().DescendantNodes().OfType<TypeParameterListSyntax>().Count(), Is.EqualTo(3));
    }

    [Test]
    public void TypeAliasAndTypeParameters_UnderPython311_AreParsedWithADiagnostic()
    {
        UsingTree("type X = int\ndef f[T](x): pass\n");
        Assert.That(Tree.GetRoot().DescendantNodes().OfType<TypeAliasStatementSyntax>().Count(), Is.EqualTo(1));
        Assert.That(SortedDiagnostics(Tree), Is.EqualTo(new[]
        {
            "PA0109 1:1 type alias statements require Python 3.12 or newer",
            "PA0110 2:6 generic type parameters require Python 3.12 or newer",
        }));
    }

    [TestCase("global a, b\nnonlocal c\n")]
    [TestCase("del a, b[0], c.d, (e, [f])\n")]
    [TestCase("assert x, 'message'\n")]
    [TestCase("raise E from cause\nraise\n")]
    [TestCase("return\nreturn 1, *a\n")]
    [TestCase("for x, (y, *z) in a, b:\n    continue\nelse:\n    pass\n")]
    [TestCase("async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    return [x async for x in y]\n")]
    [TestCase("while x := f():\n    pass\nelse: pass\n")]
    [TestCase("class A(B, metaclass=M, **kw): pass\n")]
    [TestCase("x = yield\ny = yield from z\n")]
    [TestCase("if x:\n    pass\n\n# comment\n\n    # indented comment\nelse:\n    pass\n")]
    [TestCase("x = 1 \\\n    + 2\n")]
    [TestCase("def f(a, b=1, *, c, d=2, **e): pass\n")]
    [TestCase("def f(*, a): pass\nlambda *, a: a\nlambda a, /, b=1, *c, d, **e: 0\n")]
    [TestCase("print(*a, **b, c=1)\n")]
    public void ValidStatements_ParseWithoutDiagnostics(string text) => UsingValidTree(text);
}
