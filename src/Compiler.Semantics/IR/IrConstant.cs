using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A constant: <see cref="long"/> (int), <see cref="double"/> (float), <see cref="string"/> (str), <see cref="bool"/>, <c>byte[]</c> (bytes) or null (None).</summary>
public sealed class IrConstant : IrExpression
{
    /// <summary>Creates a constant; the type follows from the value's CLR type.</summary>
    public IrConstant(object? value)
    {
        Value = value;
        Type = value switch
        {
            null => PyType.None,
            long => PyType.Int,
            int => PyType.Int,
            double => PyType.Float,
            bool => PyType.Bool,
            string => PyType.Str,
            byte[] => PyType.Bytes,
            _ => throw new ArgumentException($"no IR constant of CLR type {value.GetType().Name}", nameof(value)),
        };
        if (value is int i) Value = (long)i;
    }

    /// <summary>The value.</summary>
    public object? Value { get; }

    /// <inheritdoc/>
    public override PyType Type { get; }

    /// <summary>The None constant.</summary>
    public static IrConstant None => new(null);

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Constant;
}
