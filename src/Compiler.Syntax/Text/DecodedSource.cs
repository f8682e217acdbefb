using System.Text;

namespace PythonAot.Compiler.Syntax.Text;

/// <summary>
/// Source bytes decoded as CPython decodes them. <see cref="Encoding"/>.GetBytes(<see cref="Text"/>) gives back
/// the original bytes exactly, whatever they were (a UTF-8 byte order mark stays as U+FEFF at the start of the
/// text; bytes that do not decode are kept as lone surrogates U+DC80–U+DCFF, Python's "surrogateescape").
/// </summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Encoding">The encoding that gives the original bytes back.</param>
/// <param name="EncodingError">CPython's message when it would refuse the bytes, otherwise null.</param>
/// <param name="EncodingErrorLine">The 1-based line of the error (of the coding cookie, or of the bad byte); 0 when there is none.</param>
public sealed record DecodedSource(string Text, Encoding Encoding, string? EncodingError, int EncodingErrorLine);
