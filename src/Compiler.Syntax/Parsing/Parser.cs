using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// The hand-written recursive-descent parser of Python 3.11 (plus 3.12's type parameters and type aliases),
/// with precedence climbing for binary operators. It always returns a tree whose text is the input: a token
/// the grammar needs but the input lacks is a zero-width missing token with a diagnostic, and tokens that fit
/// nowhere become <see cref="SyntaxKind.SkippedTokensTrivia"/> in the leading trivia of the next token.
/// Diagnostics follow CPython 3.11's wording and lines.
/// </summary>
/// <remarks>
/// The parser is split by area: this file holds the token buffer and the module loop;
/// Parser.Statements.cs the simple statements, Parser.CompoundStatements.cs blocks and compound statements,
/// Parser.Expressions.cs expressions, Parser.Patterns.cs match patterns, Parser.FStrings.cs f-strings and
/// string concatenation, Parser.Recovery.cs skipping, diagnostics and target validation.
/// </remarks>
internal sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly PythonParseOptions _options;
    private readonly CancellationToken _cancellationToken;

    // ---------------------------------------------------------------- token buffer
    // A window of lexed tokens: _tokens[_tokenOffset] is the current token, tokens after it are lookahead.
    // _starts holds each token's full start (its leading trivia included) in the text.
    private GreenToken[] _tokens = new GreenToken[64];
    private int[] _starts = new int[64];
    private int _tokenCount;
    private int _tokenOffset;
    private int _nextTokenStart;

    /// <summary>How many tokens left the window before <c>_tokens[0]</c> (absolute token index of slot 0).</summary>
    private long _tokenBase;
    private bool _lexedEndOfFile;
    private GreenToken _current = null!;
    private SyntaxKind _currentKind;

    public Parser(Lexer lexer, PythonParseOptions options, CancellationToken cancellationToken)
    {
        _lexer = lexer;
        _options = options;
        _cancellationToken = cancellationToken;
        _nextTokenStart = lexer.Position;
        FillCurrent();
    }

    /// <summary>
    /// The incremental-reparse seam. When set, the parser asks it at each statement start (at bracket depth 0,
    /// with nothing skipped pending) for a statement of an old tree that starts at this full position of the
    /// new text; when it returns one, the parser takes it as is, resets the lexer to the position right after
    /// it (<c>Lexer.ResetTo(position + node.FullWidth)</c>) and drops its token lookahead. The provider must
    /// only return statements whose text and lexer context (indentation, the token after it) are unchanged.
    /// </summary>
    public Func<int, StatementSyntax?>? ReuseCandidate { get; init; }

    private bool IsPython312 => _options.LanguageVersion >= PythonLanguageVersion.Python312;

    private GreenToken CurrentToken => _current;

    private SyntaxKind CurrentKind => _currentKind;

    /// <summary>The full start (leading trivia included) of the current token in the text.</summary>
    private int CurrentPosition => _starts[_tokenOffset];

    /// <summary>The start of the current token's text (after its leading trivia).</summary>
    private int CurrentSpanStart => _starts[_tokenOffset] + _current.GetLeadingTriviaWidth();

    private void FillCurrent()
    {
        if (_tokenOffset >= _tokenCount) LexOne();
        _current = _tokens[_tokenOffset];
        _currentKind = _current.Kind;
    }

    private void LexOne()
    {
        if (_tokenCount == _tokens.Length)
        {
            if (_tokenOffset > 0)
            {
                var keep = _tokenCount - _tokenOffset;
                Array.Copy(_tokens, _tokenOffset, _tokens, 0, keep);
                Array.Copy(_starts, _tokenOffset, _starts, 0, keep);
                _tokenBase += _tokenOffset;
                _tokenCount = keep;
                _tokenOffset = 0;
            }
            else
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
                Array.Resize(ref _starts, _starts.Length * 2);
            }
        }
        GreenToken token;
        if (_lexedEndOfFile)
        {
            // Past the end the lexer is not asked again: the end-of-file token repeats (zero width).
            token = _tokens[_tokenCount - 1];
        }
        else
        {
            token = _lexer.Lex();
            if (token.Kind == SyntaxKind.EndOfFileToken) _lexedEndOfFile = true;
        }
        _tokens[_tokenCount] = token;
        _starts[_tokenCount] = _nextTokenStart;
        _nextTokenStart += token.FullWidth;
        _tokenCount++;
    }

    /// <summary>The token <paramref name="n"/> places after the current one (0 is the current token).</summary>
    private GreenToken PeekToken(int n)
    {
        while (_tokenOffset + n >= _tokenCount)
        {
            if (_lexedEndOfFile && _tokens[_tokenCount - 1].Kind == SyntaxKind.EndOfFileToken)
                return _tokens[_tokenCount - 1];
            LexOne();
        }
        return _tokens[_tokenOffset + n];
    }

    private SyntaxKind PeekKind(int n) => n == 0 ? _currentKind : PeekToken(n).Kind;

    private void Advance()
    {
        if (_currentKind == SyntaxKind.EndOfFileToken) return;
        _tokenOffset++;
        if (_tokenOffset >= _tokenCount)
        {
            // Nothing is looked ahead: start the window over so the buffer never needs to move.
            _tokenBase += _tokenOffset;
            _tokenOffset = 0;
            _tokenCount = 0;
        }
        FillCurrent();
    }

    /// <summary>Consumes the current token, with any pending skipped text and diagnostics attached.</summary>
    private GreenToken EatToken()
    {
        var token = _current;
        if (_hasPending) token = AttachPending(token);
        Advance();
        return token;
    }

    /// <summary>Consumes the current token as <paramref name="kind"/> (a soft keyword acting as a keyword).</summary>
    private GreenToken EatTokenAs(SyntaxKind kind)
    {
        var token = EatToken();
        return token.Kind == kind ? token : token.WithKind(kind);
    }

    /// <summary>The current token when it has this kind, else a missing token with "expected '…'".</summary>
    private GreenToken ExpectToken(SyntaxKind kind)
    {
        if (_currentKind == kind) return EatToken();
        return CreateMissingToken(kind, ExpectedMessage(kind));
    }

    private GreenToken? TryEatToken(SyntaxKind kind) => _currentKind == kind ? EatToken() : null;

    /// <summary>Replaces the current token in the window (to attach a diagnostic to it before it is consumed).</summary>
    private void ReplaceCurrentToken(GreenToken token)
    {
        _tokens[_tokenOffset] = token;
        _current = token;
    }

    // ---------------------------------------------------------------- module

    public ModuleSyntax ParseModule()
    {
        var statements = GetNodeList();
        var extraIndents = 0;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var kind = _currentKind;
            if (kind == SyntaxKind.EndOfFileToken) break;
            if (kind == SyntaxKind.IndentToken)
            {
                // A statement indented for no reason: CPython's "unexpected indent".
                extraIndents++;
                SkipUnexpectedIndent();
                continue;
            }
            if (kind == SyntaxKind.DedentToken)
            {
                if (extraIndents > 0) extraIndents--;
                SkipCurrentToken();
                continue;
            }
            statements.Add(ParseStatement());
        }
        var endOfFile = EatToken();
        var module = GreenFactory.Module(CreateList(statements), endOfFile);
        FreeNodeList(statements);
        return module;
    }

    /// <summary>One statement: a reused one, a compound statement, or a line of simple statements.</summary>
    private StatementSyntax ParseStatement()
    {
        if (ReuseCandidate is { } reuse && !_hasPending && _bracketDepth == 0)
        {
            var position = CurrentPosition;
            var reused = reuse(position);
            // The statement's first token as lexed here may carry an error that depends on context outside the
            // old statement (an indentation error, say): the reused statement has none, so parse it afresh.
            if (reused is not null && !CurrentToken.ContainsDiagnostics)
            {
                _lexer.ResetTo(position + reused.FullWidth);
                _tokenBase += _tokenCount;
                _noNewLineFrom = -1;
                _tokenOffset = 0;
                _tokenCount = 0;
                _lexedEndOfFile = false;
                _nextTokenStart = position + reused.FullWidth;
                FillCurrent();
                return reused;
            }
        }

        var start = CurrentPosition;
        var statement = ParseStatementCore();
        if (CurrentPosition == start && _currentKind != SyntaxKind.EndOfFileToken)
        {
            // Progress guard: a statement must consume something; skip the token that stopped it.
            SkipCurrentToken();
        }
        return statement;
    }

    private StatementSyntax ParseStatementCore()
    {
        switch (_currentKind)
        {
            case SyntaxKind.IfKeyword: return ParseIfStatement();
            case SyntaxKind.WhileKeyword: return ParseWhileStatement();
            case SyntaxKind.ForKeyword: return ParseForStatement(null);
            case SyntaxKind.TryKeyword: return ParseTryStatement();
            case SyntaxKind.WithKeyword: return ParseWithStatement(null);
            case SyntaxKind.DefKeyword: return ParseFunctionDefinition(null, null);
            case SyntaxKind.ClassKeyword: return ParseClassDefinition(null);
            case SyntaxKind.AtToken: return ParseDecorated();
            case SyntaxKind.AsyncKeyword:
                switch (PeekKind(1))
                {
                    case SyntaxKind.DefKeyword: return ParseFunctionDefinition(null, EatToken());
                    case SyntaxKind.ForKeyword: return ParseForStatement(EatToken());
                    case SyntaxKind.WithKeyword: return ParseWithStatement(EatToken());
                }
                break;
            case SyntaxKind.IdentifierToken:
                if (IsMatchStatementStart()) return ParseMatchStatement();
                break;
        }
        return ParseSimpleStatementLine();
    }
}
