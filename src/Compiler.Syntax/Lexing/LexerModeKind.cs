namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// What the lexer is reading inside an f-string. The field states are ordered: a replacement field goes
/// expression → '=' → '!' conversion → ':' format spec → '}', each part optional, none repeated.
/// </summary>
internal enum LexerModeKind : byte
{
    /// <summary>The literal text of an f-string (FStringMiddle tokens, '{' fields, then FStringEnd).</summary>
    FString,

    /// <summary>The expression of a replacement field: ordinary tokens up to '=', '!', ':' or '}' at its bracket depth.</summary>
    FieldExpression,

    /// <summary>After the expression: '=', '!', ':' or '}' may follow.</summary>
    FieldAfterExpression,

    /// <summary>After the '=' of a self-documenting field: '!', ':' or '}' may follow.</summary>
    FieldAfterEquals,

    /// <summary>Right after '!': the conversion name.</summary>
    FieldConversion,

    /// <summary>After the conversion: ':' or '}' may follow.</summary>
    FieldAfterConversion,

    /// <summary>The format spec after ':': literal text and nested fields up to the closing '}'.</summary>
    FieldFormatSpec,
}
