using System.Text;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Analysis;

/// <summary>Small questions about syntax that the checker and the syntactic classifier share.</summary>
internal static class AnalysisSyntaxFacts
{
    /// <summary>True for a token that is in the source: an optional slot left empty has kind None, and a token the parser inserted is missing.</summary>
    public static bool IsPresent(this SyntaxToken token) => token.Kind != SyntaxKind.None && !token.IsMissing;

    /// <summary>The dotted name as text (<c>os.path</c>), or null when a part is missing (the parser recovered there).</summary>
    public static string? GetText(DottedNameSyntax? dotted)
    {
        if (dotted is null || dotted.Names.Count == 0) return null;
        var builder = new StringBuilder();
        foreach (var name in dotted.Names)
        {
            if (name.Identifier.IsMissing || name.Identifier.Text.Length == 0) return null;
            if (builder.Length > 0) builder.Append('.');
            builder.Append(name.Identifier.Text);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The places an assignment target stores to: the target itself, or the elements of a tuple, list,
    /// parenthesized or starred target, recursively (<c>a, (b.c, *d) = ...</c> gives a, b.c and d).
    /// </summary>
    public static IEnumerable<ExpressionSyntax> GetStoredExpressions(ExpressionSyntax target)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case TupleExpressionSyntax tuple:
                    for (var i = tuple.Elements.Count - 1; i >= 0; i--) pending.Push(tuple.Elements[i]);
                    break;
                case ListExpressionSyntax list:
                    for (var i = list.Elements.Count - 1; i >= 0; i--) pending.Push(list.Elements[i]);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    pending.Push(parenthesized.Expression);
                    break;
                case StarredExpressionSyntax starred:
                    pending.Push(starred.Expression);
                    break;
                case var stored:
                    yield return stored;
                    break;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="expression"/> is a str literal made only of plain (not f-, not bytes) string parts,
    /// so its value is fixed at compile time. <paramref name="value"/> is that value when it is easy to read
    /// (no escapes outside raw strings), else null.
    /// </summary>
    public static bool IsStringLiteral(ExpressionSyntax expression, out string? value)
    {
        value = null;
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        if (expression is not StringExpressionSyntax str || str.Parts.Count == 0) return false;
        var builder = new StringBuilder();
        var readable = true;
        foreach (var part in str.Parts)
        {
            if (part is not StringLiteralPartSyntax literal || literal.Token.IsMissing) return false;
            var text = literal.Token.Text;
            var prefixLength = 0;
            while (prefixLength < text.Length && char.IsAsciiLetter(text[prefixLength])) prefixLength++;
            var prefix = text[..prefixLength];
            if (prefix.Contains('b', StringComparison.OrdinalIgnoreCase)) return false;
            if (!readable) continue;
            var body = text[prefixLength..];
            var quoteLength = body.Length >= 6 && (body.StartsWith("'''", StringComparison.Ordinal) || body.StartsWith("\"\"\"", StringComparison.Ordinal)) ? 3 : 1;
            if (body.Length < 2 * quoteLength) { readable = false; continue; }
            var content = body[quoteLength..^quoteLength];
            var raw = prefix.Contains('r', StringComparison.OrdinalIgnoreCase);
            if (!raw && content.Contains('\\')) { readable = false; continue; }
            builder.Append(content);
        }
        if (readable) value = builder.ToString();
        return true;
    }

    /// <summary>The innermost function, lambda or class around <paramref name="node"/> (null at module level).</summary>
    public static SyntaxNode? GetEnclosingScope(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax)
                return current;
        }
        return null;
    }

    /// <summary>
    /// Whether only the truth of <paramref name="expression"/> is used: it is the condition of an if, elif, while,
    /// assert, conditional expression or comprehension if, the operand of <c>not</c>, or an operand of an and/or that
    /// is itself used only for its truth (parentheses are transparent).
    /// </summary>
    public static bool IsTruthOnly(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized) node = parenthesized;
        return node.Parent switch
        {
            IfStatementSyntax s => s.Condition == node,
            ElifClauseSyntax s => s.Condition == node,
            WhileStatementSyntax s => s.Condition == node,
            AssertStatementSyntax s => s.Condition == node,
            ConditionalExpressionSyntax s => s.Condition == node,
            ComprehensionIfClauseSyntax s => s.Condition == node,
            UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.NotKeyword } => true,
            BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.AndKeyword or SyntaxKind.OrKeyword } logical => IsTruthOnly(logical),
            _ => false,
        };
    }
}
