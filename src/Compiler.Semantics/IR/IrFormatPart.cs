namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A part of an f-string: literal text, or a replacement field <c>{value!r:spec}</c>.</summary>
public sealed class IrFormatPart
{
    private IrFormatPart(string? literal, IrExpression? value, IrFormatConversion conversion, IrExpression? formatSpec)
    {
        Literal = literal;
        Value = value;
        Conversion = conversion;
        FormatSpec = formatSpec;
    }

    /// <summary>Literal text.</summary>
    public static IrFormatPart Text(string literal) => new(literal, null, IrFormatConversion.None, null);

    /// <summary>A replacement field; the spec is a str expression (a constant or a nested <see cref="IrFormattedString"/>).</summary>
    public static IrFormatPart Field(IrExpression value, IrFormatConversion conversion = IrFormatConversion.None, IrExpression? formatSpec = null) =>
        new(null, value, conversion, formatSpec);

    /// <summary>The text of a literal part, else null.</summary>
    public string? Literal { get; }

    /// <summary>The formatted value of a field, else null.</summary>
    public IrExpression? Value { get; set; }

    /// <summary>The conversion applied before formatting.</summary>
    public IrFormatConversion Conversion { get; }

    /// <summary>The format spec (type str), or null for none.</summary>
    public IrExpression? FormatSpec { get; set; }

    /// <summary>Whether this is literal text.</summary>
    public bool IsLiteral => Literal is not null;
}
