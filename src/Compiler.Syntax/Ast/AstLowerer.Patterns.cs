namespace PythonAot.Compiler.Syntax;

internal sealed partial class AstLowerer
{
    private AstNode Pattern(PatternSyntax? pattern)
    {
        switch (pattern)
        {
            case null:
                return Node("MatchAs", null, null, null);
            case ValuePatternSyntax v:
                if (v.Value is LiteralExpressionSyntax { Token.Kind: SyntaxKind.NoneKeyword or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword } literal)
                    return Node("MatchSingleton", Loc(v), LiteralValue(literal.Token));
                return Node("MatchValue", Loc(v), Expr(v.Value));
            case CapturePatternSyntax c:
                return Node("MatchAs", Loc(c), null, CaptureName(c.Name));
            case StarPatternSyntax s:
                return Node("MatchStar", Loc(s), CaptureName(s.Name));
            case AsPatternSyntax a:
                return Node("MatchAs", Loc(a), Pattern(a.Pattern), CaptureName(a.Name));
            case OrPatternSyntax o:
            {
                var patterns = NewList();
                foreach (var p in Each(o.Patterns)) patterns.Add(Pattern(p));
                return Node("MatchOr", Loc(o), patterns);
            }
            case SequencePatternSyntax s:
            {
                var patterns = NewList();
                foreach (var p in Each(s.Patterns)) patterns.Add(Pattern(p));
                return Node("MatchSequence", Loc(s), patterns);
            }
            case GroupPatternSyntax g:
                return Pattern(g.Pattern);
            case MappingPatternSyntax m:
            {
                var keys = NewList();
                var patterns = NewList();
                string? rest = null;
                foreach (var entry in Each(m.Entries))
                {
                    switch (entry)
                    {
                        case KeyPatternEntrySyntax k:
                            keys.Add(Expr(k.Key));
                            patterns.Add(Pattern(k.Pattern));
                            break;
                        case DoubleStarPatternEntrySyntax d:
                            rest = Identifier(d.Name);
                            break;
                    }
                }
                return Node("MatchMapping", Loc(m), keys, patterns, rest);
            }
            case ClassPatternSyntax c:
            {
                var patterns = NewList();
                var names = NewList();
                var keywordPatterns = NewList();
                foreach (var argument in Each(c.Arguments))
                {
                    if (argument.Name.Kind != SyntaxKind.None)
                    {
                        names.Add(Identifier(argument.Name));
                        keywordPatterns.Add(Pattern(argument.Pattern));
                    }
                    else
                    {
                        patterns.Add(Pattern(argument.Pattern));
                    }
                }
                return Node("MatchClass", Loc(c), Expr(c.Class), patterns, names, keywordPatterns);
            }
            default:
                return Node("MatchAs", Loc(pattern), null, null);
        }
    }

    /// <summary>A capture name; the wildcard <c>_</c> captures nothing (None).</summary>
    private static string? CaptureName(SyntaxToken name)
    {
        var text = Identifier(name);
        return text == "_" ? null : text;
    }
}
