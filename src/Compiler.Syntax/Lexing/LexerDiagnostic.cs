using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>A diagnostic found while scanning, at an absolute position, waiting for the token that will carry it.</summary>
internal readonly record struct LexerDiagnostic(DiagnosticDescriptor Descriptor, int Position, int Width, object[] Arguments);
