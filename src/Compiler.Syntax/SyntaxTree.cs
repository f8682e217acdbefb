using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Syntax.Errors;
using PythonAot.Compiler.Syntax.InternalSyntax;
using PythonAot.Compiler.Syntax.Text;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// A parsed Python file: its text, its immutable tree, its diagnostics. Parsing never fails: any input gives a
/// tree whose <see cref="SyntaxNode.ToFullString"/> equals the text, plus diagnostics for what is wrong.
/// </summary>
public sealed class SyntaxTree
{
    private readonly GreenNode _green;
    private readonly IReadOnlyList<Diagnostic> _fileDiagnostics;
    private SyntaxNode? _root;
    private PythonLineMap? _lines;
    private string? _text;

    private SyntaxTree(GreenNode green, SyntaxNode? root, string? text, PythonParseOptions options, string path,
        Encoding? encoding, IReadOnlyList<Diagnostic>? fileDiagnostics)
    {
        _green = green;
        _root = root;
        _text = text;
        Options = options;
        FilePath = path;
        Encoding = encoding;
        _fileDiagnostics = fileDiagnostics ?? [];
    }

    /// <summary>The options the tree was parsed with.</summary>
    public PythonParseOptions Options { get; }

    /// <summary>The path the tree was parsed from (may be empty).</summary>
    public string FilePath { get; }

    /// <summary>The encoding of the source bytes when parsed from bytes; null when parsed from text.</summary>
    public Encoding? Encoding { get; }

    /// <summary>Parses Python source text.</summary>
    public static SyntaxTree ParseText(string text, PythonParseOptions? options = null, string path = "", CancellationToken cancellationToken = default)
    {
        options ??= PythonParseOptions.Default;
        var green = new Parser(new Lexer(text, options), options, cancellationToken).ParseModule();
        return new SyntaxTree(green, null, text, options, path, null, null);
    }

    /// <summary>Parses Python source text.</summary>
    public static SyntaxTree ParseText(SourceText text, PythonParseOptions? options = null, string path = "", CancellationToken cancellationToken = default) =>
        ParseText(text.ToString(), options, path, cancellationToken);

    /// <summary>
    /// Parses source bytes, decoding them as CPython does (BOM, PEP 263 coding cookie, UTF-8 by default). Bytes
    /// that cannot be decoded give a diagnostic, and the text keeps every byte so that the round trip holds.
    /// </summary>
    public static SyntaxTree ParseBytes(byte[] bytes, PythonParseOptions? options = null, string path = "", CancellationToken cancellationToken = default)
    {
        options ??= PythonParseOptions.Default;
        var decoded = PythonSourceDecoder.Decode(bytes);
        var green = new Parser(new Lexer(decoded.Text, options), options, cancellationToken).ParseModule();
        var tree = new SyntaxTree(green, null, decoded.Text, options, path, decoded.Encoding, null);
        if (decoded.EncodingError is null) return tree;
        var line = Math.Max(0, decoded.EncodingErrorLine - 1);
        var lines = tree.Lines;
        var start = line < lines.LineCount ? lines.GetLineStart(line) : decoded.Text.Length;
        var diagnostic = Diagnostic.Create(SyntaxDiagnosticDescriptors.EncodingError,
            tree.GetLocation(new TextSpan(start, 0)), decoded.EncodingError);
        return new SyntaxTree(green, null, decoded.Text, options, path, decoded.Encoding, [diagnostic]);
    }

    /// <summary>Reads and parses a file.</summary>
    public static SyntaxTree ParseFile(string path, PythonParseOptions? options = null, CancellationToken cancellationToken = default) =>
        ParseBytes(File.ReadAllBytes(path), options, path, cancellationToken);

    internal static SyntaxTree CreateForDetachedRoot(SyntaxNode root)
    {
        var tree = new SyntaxTree(root.Green, root, null, PythonParseOptions.Default, string.Empty, null, null);
        root.AttachToTree(tree);
        return tree;
    }

    /// <summary>Creates a tree over an existing root (an edited one, say).</summary>
    public static SyntaxTree Create(ModuleSyntax root, PythonParseOptions? options = null, string path = "") =>
        new(root.Green, null, null, options ?? PythonParseOptions.Default, path, null, null);

    internal GreenNode Green => _green;

    /// <summary>The root of the tree.</summary>
    public ModuleSyntax GetRoot()
    {
        if (_root is null)
        {
            var root = _green.CreateRed(null, 0);
            root.AttachToTree(this);
            Interlocked.CompareExchange(ref _root, root, null);
        }
        return (ModuleSyntax)_root;
    }

    /// <summary>The text of the tree.</summary>
    public SourceText GetText() => SourceText.From(GetTextString());

    /// <summary>The text of the tree as a string.</summary>
    public string GetTextString() => _text ??= _green.ToFullString();

    /// <summary>The bytes of the source in its original encoding (UTF-8 when parsed from text).</summary>
    public byte[] GetBytes() => (Encoding ?? new UTF8Encoding(false)).GetBytes(GetTextString());

    /// <summary>Python line starts of the text.</summary>
    public PythonLineMap Lines => _lines ??= new PythonLineMap(GetTextString());

    /// <summary>Every diagnostic of the tree in document order.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics() => _fileDiagnostics.Concat(CollectDiagnostics(_green, 0));

    /// <summary>
    /// The one error CPython 3.11 raises for this file, or null when it has none. <see cref="GetDiagnostics()"/>
    /// keeps every error in document order; CPython stops at one, not always the first:
    /// <list type="bullet">
    /// <item>an undecodable source or a NUL character wins wherever it is (CPython refuses the source up front);</item>
    /// <item>a tokenizer error reached before the parser fails is the error (the parser stops at it);</item>
    /// <item>when the parser fails first (a grammar error, or an error raised while decoding a string literal),
    /// CPython tokenizes the rest of the file (Parser/pegen_errors.c,
    /// <c>_PyPegen_tokenize_full_source_to_check_for_errors</c>) and a tokenizer error found there replaces the
    /// grammar error: an invalid character or number, an unterminated string, an unmatched or mismatched bracket.
    /// Indentation and line-continuation errors do not (the tokenizer raises no exception for them), and neither
    /// is "unexpected indent" replaced;</item>
    /// <item>a bracket left open at the end of the file is the error unless the parser failed earlier on the line
    /// of that bracket.</item>
    /// </list>
    /// Where the parser fails can depend on CPython's lookahead, which this does not model: it is exact for the
    /// first error and for a tokenizer error on a later line.
    /// </summary>
    public Diagnostic? GetPrimaryError()
    {
        var errors = GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var error in errors)
        {
            if (error.Id == SyntaxDiagnosticDescriptors.EncodingError.Id || error.Id == SyntaxDiagnosticDescriptors.NullBytes.Id)
                return error;
        }
        Diagnostic? parserError = null, unclosed = null;
        foreach (var error in errors)
        {
            var kind = Classify(error.Id);
            if (parserError is not null)
            {
                if (kind == PrimaryErrorKind.TokenizerException) return error;
                continue;
            }
            switch (kind)
            {
                case PrimaryErrorKind.TokenizerException:
                    return error;
                case PrimaryErrorKind.Final:
                    // The end of the file inside a bracket (after a line continuation) is the unclosed bracket.
                    if (unclosed is not null && error.Id == SyntaxDiagnosticDescriptors.UnexpectedEndOfFile.Id) return unclosed;
                    return error;
                case PrimaryErrorKind.UnclosedBracket:
                    unclosed ??= error;
                    continue;
                default:
                    if (unclosed is not null && LineOf(error) > LineOf(unclosed)) return unclosed;
                    parserError = error;
                    continue;
            }
        }
        return parserError ?? unclosed;
    }

    private static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    private enum PrimaryErrorKind
    {
        /// <summary>Raised by the parser (or while decoding a string literal): the tokenizer errors after it win.</summary>
        Parser,

        /// <summary>A tokenizer error that sets an exception: it wins when reached, even after a parser error.</summary>
        TokenizerException,

        /// <summary>The error when it comes first, never replaced (indentation, line continuation, unexpected indent).</summary>
        Final,

        /// <summary>"'(' was never closed".</summary>
        UnclosedBracket,
    }

    private static readonly Dictionary<string, PrimaryErrorKind> s_primaryErrorKinds = CreatePrimaryErrorKinds();

    private static Dictionary<string, PrimaryErrorKind> CreatePrimaryErrorKinds()
    {
        var kinds = new Dictionary<string, PrimaryErrorKind>();
        foreach (var descriptor in new[]
        {
            SyntaxDiagnosticDescriptors.InvalidCharacter, SyntaxDiagnosticDescriptors.InvalidNonPrintableCharacter,
            SyntaxDiagnosticDescriptors.UnterminatedString, SyntaxDiagnosticDescriptors.UnterminatedTripleQuotedString,
            SyntaxDiagnosticDescriptors.InvalidNumberLiteral, SyntaxDiagnosticDescriptors.InvalidDigitInLiteral,
            SyntaxDiagnosticDescriptors.LeadingZerosInDecimalLiteral, SyntaxDiagnosticDescriptors.UnmatchedClosingBracket,
            SyntaxDiagnosticDescriptors.MismatchedClosingBracket, SyntaxDiagnosticDescriptors.MismatchedClosingBracketOnLine,
            SyntaxDiagnosticDescriptors.TooManyNestedBrackets,
        })
        {
            kinds[descriptor.Id] = PrimaryErrorKind.TokenizerException;
        }
        foreach (var descriptor in new[]
        {
            SyntaxDiagnosticDescriptors.UnexpectedCharacterAfterLineContinuation, SyntaxDiagnosticDescriptors.UnexpectedEndOfFile,
            SyntaxDiagnosticDescriptors.InconsistentTabsAndSpaces, SyntaxDiagnosticDescriptors.UnindentDoesNotMatch,
            SyntaxDiagnosticDescriptors.TooManyIndentationLevels, SyntaxDiagnosticDescriptors.UnexpectedIndent,
        })
        {
            kinds[descriptor.Id] = PrimaryErrorKind.Final;
        }
        kinds[SyntaxDiagnosticDescriptors.UnclosedBracket.Id] = PrimaryErrorKind.UnclosedBracket;
        return kinds;
    }

    private static PrimaryErrorKind Classify(string id) => s_primaryErrorKinds.GetValueOrDefault(id, PrimaryErrorKind.Parser);

    internal IEnumerable<Diagnostic> GetDiagnostics(SyntaxNode node) => CollectDiagnostics(node.Green, node.Position);

    internal IEnumerable<Diagnostic> GetDiagnostics(SyntaxToken token) =>
        token.Node is null ? [] : CollectDiagnostics(token.Node, token.Position);

    /// <summary>
    /// The diagnostics under <paramref name="root"/> sorted by start (stably: the tree order among equal starts). The
    /// tree walk alone is not enough: a missing token's diagnostic points past the zero-width token, at the text of
    /// the token after it, where CPython reports it.
    /// </summary>
    private IEnumerable<Diagnostic> CollectDiagnostics(GreenNode root, int rootPosition)
    {
        if (!root.ContainsDiagnostics) return [];
        var result = new List<Diagnostic>(CollectDiagnosticsInTreeOrder(root, rootPosition));
        for (var i = 1; i < result.Count; i++)
        {
            if (result[i].Location.SourceSpan.Start < result[i - 1].Location.SourceSpan.Start)
                return result.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        }
        return result;
    }

    private IEnumerable<Diagnostic> CollectDiagnosticsInTreeOrder(GreenNode root, int rootPosition)
    {
        var stack = new Stack<(GreenNode Node, int Position)>();
        stack.Push((root, rootPosition));
        while (stack.Count > 0)
        {
            var (node, position) = stack.Pop();
            foreach (var info in node.GetDiagnostics())
            {
                var span = new TextSpan(position + info.Offset, info.Width);
                yield return Diagnostic.Create(info.Descriptor, GetLocation(span), info.Arguments);
            }
            var children = new List<(GreenNode, int)>();
            var offset = position;
            if (node is GreenToken token)
            {
                if (token.LeadingTrivia is { ContainsDiagnostics: true } leading) children.Add((leading, offset));
                if (token.TrailingTrivia is { ContainsDiagnostics: true } trailing)
                    children.Add((trailing, offset + token.GetLeadingTriviaWidth() + token.Width));
            }
            else
            {
                for (var i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child is null) continue;
                    if (child.ContainsDiagnostics) children.Add((child, offset));
                    offset += child.FullWidth;
                }
            }
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    /// <summary>The location of a span in this tree, with Python line numbering.</summary>
    public Location GetLocation(TextSpan span) => Location.Create(FilePath, span, Lines.GetLinePositionSpan(span));

    /// <summary>The file and line span of a span in this tree.</summary>
    public FileLinePositionSpan GetLineSpan(TextSpan span) => new(FilePath, Lines.GetLinePositionSpan(span));

    /// <summary>
    /// Parses an edited text, reusing the green nodes of this tree that the edit did not touch. The result is
    /// the same tree a fresh parse of <paramref name="newText"/> gives.
    /// </summary>
    public SyntaxTree WithChangedText(SourceText newText) => WithChangedText(newText.ToString());

    /// <summary>Parses an edited text incrementally (see <see cref="WithChangedText(SourceText)"/>).</summary>
    public SyntaxTree WithChangedText(string newText)
    {
        var green = IncrementalParser.Parse(this, newText, out _);
        return new SyntaxTree(green, null, newText, Options, FilePath, Encoding, null);
    }

    /// <summary>Like <see cref="WithChangedText(string)"/>, and tells how many green nodes were reused.</summary>
    public SyntaxTree WithChangedText(string newText, out IncrementalParseStatistics statistics)
    {
        var green = IncrementalParser.Parse(this, newText, out statistics);
        return new SyntaxTree(green, null, newText, Options, FilePath, Encoding, null);
    }
}
