namespace PythonAot.Compiler.Syntax.Tests.Parsing;

/// <summary>Tree shapes of expressions: precedence, displays, comprehensions, calls, subscripts, strings.</summary>
[TestFixture]
public class ExpressionParsingTests : ParsingTestBase
{
    private ExpressionSyntax ParseExpression(string text)
    {
        UsingValidTree(text + "\n");
        var line = (SimpleStatementLineSyntax)Tree.GetRoot().Statements[0];
        return ((ExpressionStatementSyntax)line.Statements[0]).Expression;
    }

    [Test]
    public void Precedence_PowerBindsTighterThanUnaryMinus_AndIsRightAssociative()
    {
        UsingValidTree("-a ** b ** c\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.ExpressionStatement);
        N(SyntaxKind.UnaryExpression);
        N(SyntaxKind.MinusToken);
        N(SyntaxKind.BinaryExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "a");
        N(SyntaxKind.StarStarToken);
        N(SyntaxKind.BinaryExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "b");
        N(SyntaxKind.StarStarToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken, "c");
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void Precedence_BinaryOperatorsClimb()
    {
        // a | b ^ c & d << e + f * g  ==  a | (b ^ (c & (d << (e + (f * g)))))
        var expression = (BinaryExpressionSyntax)ParseExpression("a | b ^ c & d << e + f * g");
        Assert.That(expression.OperatorToken.Kind, Is.EqualTo(SyntaxKind.BarToken));
        var right = (BinaryExpressionSyntax)expression.Right;
        Assert.That(right.OperatorToken.Kind, Is.EqualTo(SyntaxKind.CaretToken));
        var left = (BinaryExpressionSyntax)ParseExpression("a - b - c");
        Assert.That(left.Left.Kind, Is.EqualTo(SyntaxKind.BinaryExpression), "left-associative");
    }

    [Test]
    public void BooleanOperators_AreBinaryExpressions_AndBindLooserThanNot()
    {
        var expression = (BinaryExpressionSyntax)ParseExpression("a or not b and c");
        Assert.That(expression.OperatorToken.Kind, Is.EqualTo(SyntaxKind.OrKeyword));
        var and = (BinaryExpressionSyntax)expression.Right;
        Assert.That(and.OperatorToken.Kind, Is.EqualTo(SyntaxKind.AndKeyword));
        Assert.That(and.Left.Kind, Is.EqualTo(SyntaxKind.UnaryExpression));
    }

    [Test]
    public void ComparisonChain_IsOneNodeWithClauses()
    {
        UsingValidTree("a < b not in c is not d\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.ExpressionStatement);
        N(SyntaxKind.ComparisonExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ComparisonClause);
        N(SyntaxKind.LessThanToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ComparisonClause);
        N(SyntaxKind.NotKeyword);
        N(SyntaxKind.InKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ComparisonClause);
        N(SyntaxKind.IsKeyword);
        N(SyntaxKind.NotKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void Parentheses_GroupTupleAndGenerator()
    {
        Assert.That(ParseExpression("(a)").Kind, Is.EqualTo(SyntaxKind.ParenthesizedExpression));
        Assert.That(ParseExpression("(a,)").Kind, Is.EqualTo(SyntaxKind.TupleExpression));
        Assert.That(ParseExpression("()").Kind, Is.EqualTo(SyntaxKind.TupleExpression));
        Assert.That(ParseExpression("(x for x in y)").Kind, Is.EqualTo(SyntaxKind.GeneratorExpression));
        Assert.That(((ParenthesizedExpressionSyntax)ParseExpression("(yield x)")).Expression.Kind, Is.EqualTo(SyntaxKind.YieldExpression));
        Assert.That(((ParenthesizedExpressionSyntax)ParseExpression("(x := 1)")).Expression.Kind, Is.EqualTo(SyntaxKind.AssignmentExpression));
    }

    [Test]
    public void Subscript_WithTwoSlices()
    {
        UsingValidTree("x[1, a:b:c]\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.ExpressionStatement);
        N(SyntaxKind.SubscriptExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.OpenBracketToken);
        N(SyntaxKind.LiteralExpression);
        N(SyntaxKind.NumberToken);
        N(SyntaxKind.CommaToken);
        N(SyntaxKind.SliceExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ColonToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ColonToken);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.CloseBracketToken);
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void GeneratorAsSoleArgument_HasNoParentheses()
    {
        UsingValidTree("f(x for x in y)\n");
        N(SyntaxKind.Module);
        N(SyntaxKind.SimpleStatementLine);
        N(SyntaxKind.ExpressionStatement);
        N(SyntaxKind.CallExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ArgumentList);
        N(SyntaxKind.OpenParenToken);
        N(SyntaxKind.Argument);
        N(SyntaxKind.GeneratorExpression);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.ComprehensionForClause);
        N(SyntaxKind.ForKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.InKeyword);
        N(SyntaxKind.NameExpression);
        N(SyntaxKind.IdentifierToken);
        N(SyntaxKind.CloseParenToken);
        N(SyntaxKind.NewLineToken);
        EOF();
    }

    [Test]
    public void Arguments_KeywordStarAndDoubleStar()
    {
        var call = (CallExpressionSyntax)ParseExpression("f(a, b=1, *c, **d)");
        var arguments = call.ArgumentList.Arguments;
        Assert.That(arguments.Count, Is.EqualTo(4));
        Assert.That(arguments[1].Name.Text, Is.EqualTo("b"));
        Assert.That(arguments[2].Prefix.Kind, Is.EqualTo(SyntaxKind.StarToken));
        Assert.That(arguments[3].Prefix.Kind, Is.EqualTo(SyntaxKind.StarStarToken));
    }

    [TestCase("[a, *b]", SyntaxKind.ListExpression)]
    [TestCase("[x for x in y if x for z in x]", SyntaxKind.ListComprehension)]
    [TestCase("{a, *b}", SyntaxKind.SetExpression)]
    [TestCase("{x for x in y}", SyntaxKind.SetComprehension)]
    [TestCase("{}", SyntaxKind.DictionaryExpression)]
    [TestCase("{a: 1, **b}", SyntaxKind.DictionaryExpression)]
    [TestCase("{k: v for k, v in y}", SyntaxKind.DictionaryComprehension)]
    [TestCase("lambda x, *y, z=1, **w: x", SyntaxKind.LambdaExpression)]
    [TestCase("a if b else c", SyntaxKind.ConditionalExpression)]
    [TestCase("await x", SyntaxKind.AwaitExpression)]
    [TestCase("a.b.c", SyntaxKind.MemberAccessExpression)]
    [TestCase("...", SyntaxKind.LiteralExpression)]
    [TestCase("~a", SyntaxKind.UnaryExpression)]
    [TestCase("a @ b", SyntaxKind.BinaryExpression)]
    [TestCase("x[::2]", SyntaxKind.SubscriptExpression)]
    [TestCase("x[*a]", SyntaxKind.SubscriptExpression)]
    public void Expression_Kind(string text, SyntaxKind kind) => Assert.That(ParseExpression(text).Kind, Is.EqualTo(kind));

    [Test]
    public void ImplicitConcatenation_IsOneStringExpression()
    {
        var strings = (StringExpressionSyntax)ParseExpression("'a' \"b\" f'{c!r:>{w}}' rb'd'".Replace("rb'd'", "'d'"));
        Assert.That(strings.Parts.Count, Is.EqualTo(4));
        var fstring = (FStringSyntax)strings.Parts[2];
        var field = (FStringReplacementFieldSyntax)fstring.Contents[0];
        Assert.That(field.Conversion.Text, Is.EqualTo("r"));
        Assert.That(field.FormatSpec.Any(c => c.Kind == SyntaxKind.FStringReplacementField), Is.True);
    }

    [Test]
    public void FString_SelfDocumentingExpression()
    {
        var strings = (StringExpressionSyntax)ParseExpression("f'{x = }'");
        var field = (FStringReplacementFieldSyntax)((FStringSyntax)strings.Parts[0]).Contents[0];
        Assert.That(field.EqualsToken.Kind, Is.EqualTo(SyntaxKind.EqualsToken));
    }
}
