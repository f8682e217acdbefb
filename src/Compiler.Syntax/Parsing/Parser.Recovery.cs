using System.Text;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Error recovery: skipped tokens, missing tokens, diagnostics, pooled lists, and the checks CPython's invalid_*
// rules make on targets (assignment, del, for, with, annotations).
internal sealed partial class Parser
{
    /// <summary>Tokens (or whole nodes) skipped and diagnostics waiting for the next consumed token.</summary>
    private bool _hasPending;
    private readonly List<GreenNode> _skipped = [];
    private readonly List<(DiagnosticDescriptor Descriptor, object[] Arguments)> _pendingDiagnostics = [];

    /// <summary>Full position of the last reported error: a second error at the same spot is a cascade and is dropped.</summary>
    private int _lastErrorPosition = -1;

    private readonly Stack<List<GreenNode>> _listPool = new();

    // ---------------------------------------------------------------- pooled lists

    private List<GreenNode> GetNodeList() => _listPool.Count > 0 ? _listPool.Pop() : new List<GreenNode>(8);

    private void FreeNodeList(List<GreenNode> list)
    {
        list.Clear();
        if (_listPool.Count < 64) _listPool.Push(list);
    }

    private static GreenNode? CreateList(List<GreenNode> list) => GreenList.Create(list);

    /// <summary>Builds the list node and returns the builder to the pool.</summary>
    private GreenNode? ToListAndFree(List<GreenNode> list)
    {
        var result = GreenList.Create(list);
        FreeNodeList(list);
        return result;
    }

    // ---------------------------------------------------------------- skipping

    /// <summary>Moves the current token into the pending skipped text.</summary>
    private void SkipCurrentToken()
    {
        if (_currentKind == SyntaxKind.EndOfFileToken) return;
        _skipped.Add(_current);
        _hasPending = true;
        Advance();
    }

    /// <summary>Counts the times pending skipped text was attached to a consumed token.</summary>
    private long _skipGeneration;

    /// <summary>Where the pending skipped text stands before a node is parsed that may be skipped afterwards.</summary>
    private readonly record struct SkipMark(long Generation, int Count);

    private SkipMark MarkSkipped() => new(_skipGeneration, _skipped.Count);

    /// <summary>
    /// Skips a node parsed since <paramref name="mark"/> (its text and diagnostics become skipped-tokens trivia).
    /// Tokens skipped while it was parsed and not attached to one of its tokens follow it in the text, so it goes
    /// before them: after what was pending at the mark, or first when that was attached inside the node.
    /// </summary>
    private void SkipNode(GreenNode node, SkipMark mark)
    {
        _skipped.Insert(mark.Generation == _skipGeneration ? mark.Count : 0, node);
        _hasPending = true;
    }

    /// <summary>Parses an expression and skips it.</summary>
    private void SkipExpression()
    {
        var mark = MarkSkipped();
        SkipNode(ParseExpression(), mark);
    }

    /// <summary>Parses comprehension clauses (the current token starts one) and skips them.</summary>
    private void SkipComprehensionClauses()
    {
        var mark = MarkSkipped();
        SkipNode(ParseComprehensionClauses()!, mark);
    }

    /// <summary>Skips tokens up to the end of the logical line (the NEWLINE stays current).</summary>
    private void SkipToEndOfLine()
    {
        while (_currentKind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
            SkipCurrentToken();
    }

    private void SkipUnexpectedIndent()
    {
        // The INDENT is zero-width; the diagnostic goes on the first token of the indented line, where CPython puts it.
        if (!_lastLineSkipped) AddPendingDiagnostic(SyntaxDiagnosticDescriptors.UnexpectedIndent);
        SkipCurrentToken();
    }

    private void AddPendingDiagnostic(DiagnosticDescriptor descriptor, params object[] arguments)
    {
        _pendingDiagnostics.Add((descriptor, arguments));
        _hasPending = true;
    }

    private GreenToken AttachPending(GreenToken token)
    {
        if (_skipped.Count > 0)
        {
            var trivia = CreateSkippedTrivia(_skipped, out var diagnostics);
            _skipped.Clear();
            if (trivia is not null) token = token.WithLeadingTrivia(PrependTrivia(trivia, token.LeadingTrivia));
            else if (diagnostics is not null)
            {
                // Zero-width skipped tokens (INDENT/DEDENT) carried diagnostics: move them onto this token.
                token = AddDiagnostics(token, diagnostics);
            }
        }
        if (_pendingDiagnostics.Count > 0)
        {
            var leading = token.GetLeadingTriviaWidth();
            var infos = new SyntaxDiagnosticInfo[_pendingDiagnostics.Count];
            for (var i = 0; i < infos.Length; i++)
                infos[i] = new SyntaxDiagnosticInfo(_pendingDiagnostics[i].Descriptor, leading, token.Width, _pendingDiagnostics[i].Arguments);
            _pendingDiagnostics.Clear();
            token = AddDiagnostics(token, infos);
        }
        _hasPending = false;
        _skipGeneration++;
        return token;
    }

    private static GreenToken AddDiagnostics(GreenToken token, SyntaxDiagnosticInfo[] infos)
    {
        var existing = token.GetDiagnostics();
        if (existing.Length == 0) return (GreenToken)token.WithDiagnostics(infos);
        var merged = new SyntaxDiagnosticInfo[existing.Length + infos.Length];
        existing.CopyTo(merged, 0);
        infos.CopyTo(merged, existing.Length);
        return (GreenToken)token.WithDiagnostics(merged);
    }

    /// <summary>One skipped-tokens trivia for the nodes (null when their text is empty), with their diagnostics.</summary>
    private static GreenTrivia? CreateSkippedTrivia(List<GreenNode> nodes, out SyntaxDiagnosticInfo[]? diagnostics)
    {
        var builder = new StringBuilder();
        List<SyntaxDiagnosticInfo>? infos = null;
        foreach (var node in nodes)
        {
            if (node.ContainsDiagnostics)
            {
                infos ??= [];
                CollectDiagnostics(node, builder.Length, infos);
            }
            node.WriteTo(builder);
        }
        diagnostics = infos?.ToArray();
        if (builder.Length == 0) return null;
        return new GreenTrivia(SyntaxKind.SkippedTokensTrivia, builder.ToString(), diagnostics);
    }

    /// <summary>Every diagnostic inside <paramref name="root"/>, offsets made relative to <paramref name="baseOffset"/>.</summary>
    private static void CollectDiagnostics(GreenNode root, int baseOffset, List<SyntaxDiagnosticInfo> result)
    {
        var stack = new Stack<(GreenNode Node, int Offset)>();
        stack.Push((root, baseOffset));
        while (stack.Count > 0)
        {
            var (node, offset) = stack.Pop();
            foreach (var info in node.GetDiagnostics()) result.Add(info.WithOffset(offset + info.Offset));
            if (node is GreenToken token)
            {
                if (token.LeadingTrivia is { ContainsDiagnostics: true } leading) stack.Push((leading, offset));
                if (token.TrailingTrivia is { ContainsDiagnostics: true } trailing)
                    stack.Push((trailing, offset + token.GetLeadingTriviaWidth() + token.Width));
                continue;
            }
            var childOffset = offset;
            for (var i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child is null) continue;
                if (child.ContainsDiagnostics) stack.Push((child, childOffset));
                childOffset += child.FullWidth;
            }
        }
    }

    /// <summary>Puts <paramref name="trivia"/> before the existing leading trivia, flattening lists.</summary>
    private static GreenNode PrependTrivia(GreenTrivia trivia, GreenNode? leading)
    {
        if (leading is null) return trivia;
        if (leading is GreenList list)
        {
            var children = new GreenNode[list.SlotCount + 1];
            children[0] = trivia;
            for (var i = 0; i < list.SlotCount; i++) children[i + 1] = list.GetSlot(i);
            return new GreenList(children);
        }
        return new GreenList([trivia, leading]);
    }

    // ---------------------------------------------------------------- diagnostics

    /// <summary>False for a second error at the same position (a cascade of the first).</summary>
    private bool ShouldReport(int position)
    {
        if (position == _lastErrorPosition) return false;
        _lastErrorPosition = position;
        return true;
    }

    /// <summary>
    /// A zero-width token the grammar needs here, with a diagnostic unless one was just reported here. The token
    /// sits before the pending skipped text and the current token's leading trivia; its diagnostic points past
    /// them, at the current token's text, where CPython reports the error (offsets are relative to the full start
    /// of the node that carries them, so an offset beyond this zero-width token is fine).
    /// </summary>
    private GreenToken CreateMissingToken(SyntaxKind kind, string? message = null)
    {
        SyntaxDiagnosticInfo[]? diagnostics = null;
        if (!_current.ContainsDiagnostics && ShouldReport(CurrentPosition))
        {
            var offset = PendingSkippedWidth() + _current.GetLeadingTriviaWidth();
            diagnostics = message is null
                ? [new SyntaxDiagnosticInfo(SyntaxDiagnosticDescriptors.InvalidSyntax, offset, 0)]
                : [new SyntaxDiagnosticInfo(SyntaxDiagnosticDescriptors.SyntaxErrorMessage, offset, 0, message)];
        }
        return GreenToken.Missing(kind, null, diagnostics);
    }

    /// <summary>The width of the skipped text waiting for the next consumed token.</summary>
    private int PendingSkippedWidth()
    {
        var width = 0;
        foreach (var node in _skipped) width += node.FullWidth;
        return width;
    }

    /// <summary>A missing token without a diagnostic (an error was reported for this spot already).</summary>
    private static GreenToken CreateSilentMissingToken(SyntaxKind kind) => GreenToken.Missing(kind);

    private static string? ExpectedMessage(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ColonToken => "expected ':'",
        SyntaxKind.OpenParenToken => "expected '('",
        SyntaxKind.EqualsToken => "expected '='",
        SyntaxKind.ImportKeyword => null,
        _ => null,
    };

    /// <summary>Reports an error on the current token (kept in place: it is consumed or skipped later).</summary>
    private void ReportAtCurrent(DiagnosticDescriptor descriptor, params object[] arguments)
    {
        if (_current.ContainsDiagnostics || !ShouldReport(CurrentPosition)) return;
        // "expected an indented block" waiting for this token is the error CPython raises here (its
        // `NEWLINE !INDENT` rules are tried before anything after the block).
        foreach (var pending in _pendingDiagnostics)
            if (pending.Descriptor == SyntaxDiagnosticDescriptors.ExpectedIndentedBlock) return;
        if (_lexer.EndsWithContinuationError && _currentKind is SyntaxKind.EndOfFileToken or SyntaxKind.NewLineToken && _current.Width == 0) return;
        var token = _current;
        var info = new SyntaxDiagnosticInfo(descriptor, token.GetLeadingTriviaWidth(), token.Width, arguments);
        ReplaceCurrentToken(AddDiagnostics(token, [info]));
    }

    private void ReportInvalidSyntaxAtCurrent()
    {
        if (_fStringDepth > 0) ReportAtCurrent(SyntaxDiagnosticDescriptors.SyntaxErrorMessage, "f-string: invalid syntax");
        else ReportAtCurrent(SyntaxDiagnosticDescriptors.InvalidSyntax);
    }

    private void ReportMessageAtCurrent(string message) => ReportAtCurrent(SyntaxDiagnosticDescriptors.SyntaxErrorMessage, message);

    private static GreenToken WithError(GreenToken token, DiagnosticDescriptor descriptor, params object[] arguments) =>
        AddDiagnostics(token, [new SyntaxDiagnosticInfo(descriptor, token.GetLeadingTriviaWidth(), token.Width, arguments)]);

    private static GreenToken WithMessage(GreenToken token, string message) =>
        WithError(token, SyntaxDiagnosticDescriptors.SyntaxErrorMessage, message);

    /// <summary>A copy of <paramref name="node"/> with one more diagnostic.</summary>
    private static T AddDiagnostic<T>(T node, SyntaxDiagnosticInfo info) where T : GreenNode
    {
        var existing = node.GetDiagnostics();
        var merged = new SyntaxDiagnosticInfo[existing.Length + 1];
        existing.CopyTo(merged, 0);
        merged[^1] = info;
        return (T)node.WithDiagnostics(merged);
    }

    /// <summary>A copy of <paramref name="node"/> with an error on its text (trivia excluded).</summary>
    private static T WithError<T>(T node, DiagnosticDescriptor descriptor, params object[] arguments) where T : GreenNode
        => WithErrorAt(node, 0, node, descriptor, arguments);

    private static T WithMessage<T>(T node, string message) where T : GreenNode
        => WithError(node, SyntaxDiagnosticDescriptors.SyntaxErrorMessage, message);

    /// <summary>
    /// A copy of <paramref name="node"/> with an error on its descendant <paramref name="target"/>, which starts
    /// <paramref name="targetOffset"/> characters after the full start of <paramref name="node"/>.
    /// </summary>
    private static T WithErrorAt<T>(T node, int targetOffset, GreenNode target, DiagnosticDescriptor descriptor, params object[] arguments)
        where T : GreenNode
    {
        var leading = target.GetLeadingTriviaWidth();
        var width = Math.Max(0, target.FullWidth - leading - target.GetTrailingTriviaWidth());
        var info = new SyntaxDiagnosticInfo(descriptor, targetOffset + leading, width, arguments);
        var existing = node.GetDiagnostics();
        SyntaxDiagnosticInfo[] merged;
        if (existing.Length == 0) merged = [info];
        else
        {
            merged = new SyntaxDiagnosticInfo[existing.Length + 1];
            existing.CopyTo(merged, 0);
            merged[^1] = info;
        }
        return (T)node.WithDiagnostics(merged);
    }

    // ---------------------------------------------------------------- targets

    private enum TargetKind
    {
        Star,
        Delete,
        For,
    }

    /// <summary>
    /// The first sub-expression of <paramref name="expression"/> that cannot be a target (CPython's
    /// _PyPegen_get_invalid_target), or null when all of it can; <paramref name="offset"/> is its offset from
    /// the full start of <paramref name="expression"/>.
    /// </summary>
    private static ExpressionSyntax? FindInvalidTarget(ExpressionSyntax expression, TargetKind kind, out int offset)
    {
        offset = 0;
        switch (expression.Kind)
        {
            case SyntaxKind.NameExpression:
            case SyntaxKind.MemberAccessExpression:
            case SyntaxKind.SubscriptExpression:
                return null;
            case SyntaxKind.ParenthesizedExpression:
            {
                var inner = ((ParenthesizedExpressionSyntax)expression).Expression;
                var result = FindInvalidTarget(inner, kind, out var innerOffset);
                offset = expression.GetSlotOffset(1) + innerOffset;
                return result;
            }
            case SyntaxKind.StarredExpression:
            {
                if (kind == TargetKind.Delete) return expression;
                var result = FindInvalidTarget(((StarredExpressionSyntax)expression).Expression, kind, out var innerOffset);
                offset = expression.GetSlotOffset(1) + innerOffset;
                return result;
            }
            case SyntaxKind.TupleExpression:
            case SyntaxKind.ListExpression:
            {
                var elements = expression.GetSlot(1);
                if (elements is null) return null;
                var elementsOffset = expression.GetSlotOffset(1);
                for (var i = 0; i < elements.SlotCount; i += 2)
                {
                    var result = FindInvalidTarget((ExpressionSyntax)elements.GetSlot(i)!, kind, out var innerOffset);
                    if (result is not null)
                    {
                        offset = elementsOffset + elements.GetSlotOffset(i) + innerOffset;
                        return result;
                    }
                }
                return null;
            }
            case SyntaxKind.ComparisonExpression when kind == TargetKind.For:
            {
                // `for x in y in z`: CPython checks the left operand when the first operator is `in`.
                var comparison = (ComparisonExpressionSyntax)expression;
                var first = (ComparisonClauseSyntax?)comparison.Comparisons?.GetSlot(0);
                if (first is not null && first.OperatorToken.Kind == SyntaxKind.InKeyword)
                    return FindInvalidTarget(comparison.Left, kind, out offset);
                return expression;
            }
            default:
                return expression;
        }
    }

    /// <summary>CPython's _PyPegen_get_expr_name: how error messages call an expression.</summary>
    private static string GetExpressionName(GreenNode expression)
    {
        switch (expression.Kind)
        {
            case SyntaxKind.NameExpression: return "name";
            case SyntaxKind.MemberAccessExpression: return "attribute";
            case SyntaxKind.SubscriptExpression: return "subscript";
            case SyntaxKind.StarredExpression: return "starred";
            case SyntaxKind.ListExpression: return "list";
            case SyntaxKind.TupleExpression: return "tuple";
            case SyntaxKind.LambdaExpression: return "lambda";
            case SyntaxKind.CallExpression: return "function call";
            case SyntaxKind.BinaryExpression:
            case SyntaxKind.UnaryExpression: return "expression";
            case SyntaxKind.GeneratorExpression: return "generator expression";
            case SyntaxKind.YieldExpression: return "yield expression";
            case SyntaxKind.AwaitExpression: return "await expression";
            case SyntaxKind.ListComprehension: return "list comprehension";
            case SyntaxKind.SetComprehension: return "set comprehension";
            case SyntaxKind.DictionaryComprehension: return "dict comprehension";
            case SyntaxKind.DictionaryExpression: return "dict literal";
            case SyntaxKind.SetExpression: return "set display";
            case SyntaxKind.ComparisonExpression: return "comparison";
            case SyntaxKind.ConditionalExpression: return "conditional expression";
            case SyntaxKind.AssignmentExpression: return "named expression";
            case SyntaxKind.SliceExpression: return "slice";
            case SyntaxKind.ParenthesizedExpression: return GetExpressionName(((ParenthesizedExpressionSyntax)expression).Expression);
            case SyntaxKind.StringExpression:
            {
                var parts = ((StringExpressionSyntax)expression).Parts;
                if (parts is not null)
                    for (var i = 0; i < parts.SlotCount; i++)
                        if (parts.GetSlot(i)!.Kind == SyntaxKind.FString) return "f-string expression";
                return "literal";
            }
            case SyntaxKind.LiteralExpression:
                return ((LiteralExpressionSyntax)expression).Token.Kind switch
                {
                    SyntaxKind.NoneKeyword => "None",
                    SyntaxKind.TrueKeyword => "True",
                    SyntaxKind.FalseKeyword => "False",
                    SyntaxKind.DotDotDotToken => "ellipsis",
                    _ => "literal",
                };
            default: return "expression";
        }
    }

    /// <summary>Checks an assignment / for / with target; returns it with a diagnostic when it is invalid.</summary>
    private ExpressionSyntax CheckTarget(ExpressionSyntax target, TargetKind kind)
    {
        if (target.IsMissing) return target;
        var invalid = FindInvalidTarget(target, kind, out var offset);
        if (invalid is null || invalid.IsMissing) return target;
        var name = GetExpressionName(invalid);
        return kind == TargetKind.Delete
            ? WithErrorAt(target, offset, invalid, SyntaxDiagnosticDescriptors.CannotDelete, name)
            : WithErrorAt(target, offset, invalid, SyntaxDiagnosticDescriptors.CannotAssign, name);
    }

    /// <summary>The single target of an annotation or augmented assignment: a name, attribute or subscript, maybe parenthesized.</summary>
    private static bool IsSingleTarget(ExpressionSyntax target)
    {
        while (target.Kind == SyntaxKind.ParenthesizedExpression) target = ((ParenthesizedExpressionSyntax)target).Expression;
        return target.Kind is SyntaxKind.NameExpression or SyntaxKind.MemberAccessExpression or SyntaxKind.SubscriptExpression;
    }

    // ---------------------------------------------------------------- token classes

    /// <summary>Whether a token of this kind can start an expression (CPython's expression FIRST set).</summary>
    private static bool CanStartExpression(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken or SyntaxKind.NumberToken or SyntaxKind.StringToken or SyntaxKind.FStringStartToken
            or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken
            or SyntaxKind.MinusToken or SyntaxKind.PlusToken or SyntaxKind.TildeToken
            or SyntaxKind.NotKeyword or SyntaxKind.LambdaKeyword or SyntaxKind.AwaitKeyword
            or SyntaxKind.NoneKeyword or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword
            or SyntaxKind.DotDotDotToken => true,
        _ => false,
    };

    private static bool CanStartStarExpression(SyntaxKind kind) => kind == SyntaxKind.StarToken || CanStartExpression(kind);

    private static bool IsEndOfLogicalLine(SyntaxKind kind) =>
        kind is SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken or SyntaxKind.IndentToken or SyntaxKind.DedentToken;
}
