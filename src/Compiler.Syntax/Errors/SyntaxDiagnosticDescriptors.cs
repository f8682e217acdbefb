using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Syntax.Errors;

/// <summary>
/// Every syntax diagnostic (ids PA0001–PA0999). Messages follow CPython 3.11's wording; each id has a page
/// in docs/diagnostics.md. PA0001–PA0049: lexical errors; PA0050–PA0099: encoding; PA0100 and up: grammar.
/// A message format with placeholders goes through string.Format (literal braces doubled there); one without
/// placeholders is used verbatim by Roslyn (single braces).
/// </summary>
public static class SyntaxDiagnosticDescriptors
{
    private const string Category = "Syntax";

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    // ---- PA0001–PA0049: lexical errors (raised by the lexer, src/Compiler.Syntax/Lexing).

    /// <summary>PA0001: a character that cannot appear in Python source outside strings and comments.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = Error("PA0001", "Invalid character", "invalid character '{0}' (U+{1})");

    /// <summary>PA0002: a non-printable character (control, format, separator) outside strings and comments.</summary>
    public static readonly DiagnosticDescriptor InvalidNonPrintableCharacter = Error("PA0002", "Invalid non-printable character", "invalid non-printable character U+{0}");

    /// <summary>PA0003: the source contains a NUL character.</summary>
    public static readonly DiagnosticDescriptor NullBytes = Error("PA0003", "Null bytes in source", "source code string cannot contain null bytes");

    /// <summary>PA0004: a backslash outside a string that is not at the end of its line.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacterAfterLineContinuation = Error("PA0004", "Unexpected character after line continuation", "unexpected character after line continuation character");

    /// <summary>PA0005: a line continuation at the very end of the file.</summary>
    public static readonly DiagnosticDescriptor UnexpectedEndOfFile = Error("PA0005", "Unexpected end of file", "unexpected EOF while parsing");

    /// <summary>PA0006: a single-quoted string that reaches the end of its line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = Error("PA0006", "Unterminated string literal", "unterminated string literal (detected at line {0})");

    /// <summary>PA0007: a triple-quoted string that reaches the end of the file.</summary>
    public static readonly DiagnosticDescriptor UnterminatedTripleQuotedString = Error("PA0007", "Unterminated triple-quoted string literal", "unterminated triple-quoted string literal (detected at line {0})");

    /// <summary>PA0008: a number literal followed by a name character, or with a misplaced underscore or exponent ({0}: decimal, hexadecimal, octal, binary or imaginary).</summary>
    public static readonly DiagnosticDescriptor InvalidNumberLiteral = Error("PA0008", "Invalid number literal", "invalid {0} literal");

    /// <summary>PA0009: a digit that the octal or binary base does not have.</summary>
    public static readonly DiagnosticDescriptor InvalidDigitInLiteral = Error("PA0009", "Invalid digit in number literal", "invalid digit '{0}' in {1} literal");

    /// <summary>PA0010: a decimal integer such as 012.</summary>
    public static readonly DiagnosticDescriptor LeadingZerosInDecimalLiteral = Error("PA0010", "Leading zeros in decimal integer literal", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");

    /// <summary>PA0011: indentation whose meaning depends on the tab size (TabError).</summary>
    public static readonly DiagnosticDescriptor InconsistentTabsAndSpaces = Error("PA0011", "Inconsistent use of tabs and spaces", "inconsistent use of tabs and spaces in indentation");

    /// <summary>PA0012: a dedent to a column no enclosing block uses (IndentationError).</summary>
    public static readonly DiagnosticDescriptor UnindentDoesNotMatch = Error("PA0012", "Unindent does not match", "unindent does not match any outer indentation level");

    /// <summary>PA0013: 100 nested indentation levels (IndentationError).</summary>
    public static readonly DiagnosticDescriptor TooManyIndentationLevels = Error("PA0013", "Too many levels of indentation", "too many levels of indentation");

    /// <summary>PA0014: a closing bracket without an opening one.</summary>
    public static readonly DiagnosticDescriptor UnmatchedClosingBracket = Error("PA0014", "Unmatched closing bracket", "unmatched '{0}'");

    /// <summary>PA0015: a closing bracket of another kind than the innermost open one.</summary>
    public static readonly DiagnosticDescriptor MismatchedClosingBracket = Error("PA0015", "Mismatched closing bracket", "closing parenthesis '{0}' does not match opening parenthesis '{1}'");

    /// <summary>PA0016: a closing bracket of another kind than the innermost open one, opened on another line.</summary>
    public static readonly DiagnosticDescriptor MismatchedClosingBracketOnLine = Error("PA0016", "Mismatched closing bracket", "closing parenthesis '{0}' does not match opening parenthesis '{1}' on line {2}");

    /// <summary>PA0017: 200 nested brackets.</summary>
    public static readonly DiagnosticDescriptor TooManyNestedBrackets = Error("PA0017", "Too many nested parentheses", "too many nested parentheses");

    /// <summary>PA0018: a bracket still open at the end of the file (reported by the parser).</summary>
    public static readonly DiagnosticDescriptor UnclosedBracket = Error("PA0018", "Unclosed bracket", "'{0}' was never closed");

    /// <summary>PA0020: a backslash inside the {...} part of an f-string (Python 3.11).</summary>
    public static readonly DiagnosticDescriptor FStringBackslashInExpression = Error("PA0020", "Backslash in f-string expression", "f-string expression part cannot include a backslash");

    /// <summary>PA0021: a # inside the {...} part of an f-string (Python 3.11).</summary>
    public static readonly DiagnosticDescriptor FStringCommentInExpression = Error("PA0021", "Comment in f-string expression", "f-string expression part cannot include '#'");

    /// <summary>PA0022: an f-string replacement field without an expression.</summary>
    public static readonly DiagnosticDescriptor FStringEmptyExpression = Error("PA0022", "Empty f-string expression", "f-string: empty expression not allowed");

    /// <summary>PA0023: a } in the literal part of an f-string that is not doubled.</summary>
    public static readonly DiagnosticDescriptor FStringSingleClosingBrace = Error("PA0023", "Single '}' in f-string", "f-string: single '}' is not allowed");

    /// <summary>PA0024: a replacement field that does not end with }.</summary>
    public static readonly DiagnosticDescriptor FStringExpectingClosingBrace = Error("PA0024", "Expecting '}' in f-string", "f-string: expecting '}'");

    /// <summary>PA0025: a conversion other than !s, !r or !a.</summary>
    public static readonly DiagnosticDescriptor FStringInvalidConversion = Error("PA0025", "Invalid f-string conversion", "f-string: invalid conversion character: expected 's', 'r', or 'a'");

    /// <summary>PA0026: an unbalanced bracket in an f-string expression.</summary>
    public static readonly DiagnosticDescriptor FStringUnmatchedBracket = Error("PA0026", "Unmatched bracket in f-string", "f-string: unmatched '{0}'");

    /// <summary>PA0027: a closing bracket of another kind in an f-string expression.</summary>
    public static readonly DiagnosticDescriptor FStringMismatchedBracket = Error("PA0027", "Mismatched bracket in f-string", "f-string: closing parenthesis '{0}' does not match opening parenthesis '{1}'");

    /// <summary>PA0028: 200 nested brackets in an f-string expression.</summary>
    public static readonly DiagnosticDescriptor FStringTooManyNestedBrackets = Error("PA0028", "Too many nested brackets in f-string", "f-string: too many nested parenthesis");

    /// <summary>PA0029: a replacement field inside the format spec of a nested replacement field.</summary>
    public static readonly DiagnosticDescriptor FStringNestedTooDeeply = Error("PA0029", "F-string expressions nested too deeply", "f-string: expressions nested too deeply");

    /// <summary>PA0030: a string inside an f-string expression that the f-string ends.</summary>
    public static readonly DiagnosticDescriptor FStringUnterminatedString = Error("PA0030", "Unterminated string in f-string", "f-string: unterminated string");

    /// <summary>PA0031: an f-string replacement field with no expression before its '!', ':' or '='.</summary>
    public static readonly DiagnosticDescriptor FStringExpressionRequired = Error("PA0031", "Expression required in f-string", "f-string: expression required before '{0}'");

    /// <summary>PA0100: the generic "invalid syntax" (CPython's fallback message).</summary>
    public static readonly DiagnosticDescriptor InvalidSyntax = Error("PA0100", "Invalid syntax", "invalid syntax");

    /// <summary>PA0101: a specific CPython syntax error message, passed as the argument.</summary>
    public static readonly DiagnosticDescriptor SyntaxErrorMessage = Error("PA0101", "Syntax error", "{0}");


    // ---- PA0103–PA0199: grammar errors with their own id (raised by the parser, src/Compiler.Syntax/Parsing).

    /// <summary>PA0103: a line indented deeper than its block (IndentationError).</summary>
    public static readonly DiagnosticDescriptor UnexpectedIndent = Error("PA0103", "Unexpected indent", "unexpected indent");

    /// <summary>PA0104: a compound statement header whose body is not indented (IndentationError); {0} names the header, {1} its line.</summary>
    public static readonly DiagnosticDescriptor ExpectedIndentedBlock = Error("PA0104", "Expected an indented block", "expected an indented block after {0} on line {1}");

    /// <summary>PA0105: an expression that cannot be assigned to ({0}: CPython's name for it, e.g. "function call").</summary>
    public static readonly DiagnosticDescriptor CannotAssign = Error("PA0105", "Invalid assignment target", "cannot assign to {0}");

    /// <summary>PA0106: `f() = 1` where `==` was probably meant.</summary>
    public static readonly DiagnosticDescriptor CannotAssignHere = Error("PA0106", "Invalid assignment target", "cannot assign to {0} here. Maybe you meant '==' instead of '='?");

    /// <summary>PA0107: an expression that cannot be deleted.</summary>
    public static readonly DiagnosticDescriptor CannotDelete = Error("PA0107", "Invalid delete target", "cannot delete {0}");

    /// <summary>PA0108: Python 2's `print x` / `exec code`.</summary>
    public static readonly DiagnosticDescriptor MissingParenthesesInCall = Error("PA0108", "Missing parentheses in call", "Missing parentheses in call to '{0}'. Did you mean {0}(...)?");

    /// <summary>PA0109: `type X = ...` under Python 3.11.</summary>
    public static readonly DiagnosticDescriptor TypeAliasRequiresPython312 = Error("PA0109", "Type alias statement requires Python 3.12", "type alias statements require Python 3.12 or newer");

    /// <summary>PA0110: `def f[T]()` / `class C[T]` under Python 3.11.</summary>
    public static readonly DiagnosticDescriptor TypeParametersRequirePython312 = Error("PA0110", "Type parameters require Python 3.12", "generic type parameters require Python 3.12 or newer");

    /// <summary>PA0050: the source bytes could not be decoded (PEP 263 / UTF-8).</summary>
    public static readonly DiagnosticDescriptor EncodingError = Error("PA0050", "Source encoding error", "{0}");
}
