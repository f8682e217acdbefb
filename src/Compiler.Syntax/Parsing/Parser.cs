using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>Placeholder parser (replaced by the real recursive-descent parser).</summary>
internal sealed class Parser(Lexer lexer, PythonParseOptions options, CancellationToken cancellationToken)
{
    public GreenNode ParseModule()
    {
        _ = options;
        _ = cancellationToken;
        var skipped = new System.Text.StringBuilder();
        while (true)
        {
            var token = lexer.Lex();
            if (token.Kind == SyntaxKind.EndOfFileToken)
            {
                var leading = skipped.Length == 0 ? token.LeadingTrivia : GreenList.CreateTrivia([new GreenTrivia(SyntaxKind.SkippedTokensTrivia, skipped.ToString()), .. token.LeadingTrivia is null ? Array.Empty<GreenNode>() : [token.LeadingTrivia]]);
                return GreenFactory.Module(null, token.WithLeadingTrivia(leading));
            }
            skipped.Append(token.ToFullString());
        }
    }
}
