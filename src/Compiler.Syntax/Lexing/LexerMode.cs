namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// One frame of the lexer's mode stack: an f-string being read (its extent is known from the start, found as
/// for any string literal, which is Python 3.11's rule) or a replacement field inside one. Nested fields and
/// f-strings nested in field expressions push further frames.
/// </summary>
internal struct LexerMode
{
    public LexerModeKind Kind;

    // ---- f-string frames

    /// <summary>Where the closing quote(s) start: the limit of everything lexed inside.</summary>
    public int ContentEnd;

    /// <summary>After the closing quote(s).</summary>
    public int End;

    /// <summary>A raw f-string (rf"..."): backslashes escape nothing in the literal parts.</summary>
    public bool Raw;

    /// <summary>An f-string error was reported: CPython stops at the first, so later ones are not reported.</summary>
    public bool HasError;

    /// <summary>The lexer's limit outside this f-string, restored when it ends.</summary>
    public int OuterLimit;

    // ---- replacement field frames

    /// <summary>The index of the f-string frame this field belongs to.</summary>
    public int StringIndex;

    /// <summary>CPython's recurse level: 0 for a field in the f-string's text, 1 inside a format spec, and so on.</summary>
    public int Level;

    /// <summary>The bracket depth when the field's expression began; its own brackets are above it.</summary>
    public int BracketBase;

    /// <summary>Tokens of the expression so far (none: "empty expression not allowed").</summary>
    public int TokenCount;
}
