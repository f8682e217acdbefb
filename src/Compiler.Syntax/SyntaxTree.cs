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

    internal IEnumerable<Diagnostic> GetDiagnostics(SyntaxNode node) => CollectDiagnostics(node.Green, node.Position);

    internal IEnumerable<Diagnostic> GetDiagnostics(SyntaxToken token) =>
        token.Node is null ? [] : CollectDiagnostics(token.Node, token.Position);

    private IEnumerable<Diagnostic> CollectDiagnostics(GreenNode root, int rootPosition)
    {
        if (!root.ContainsDiagnostics) yield break;
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
