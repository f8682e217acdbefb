using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>Maps operator tokens to the names of their operations in the operation library (Python's <c>operator</c> module names).</summary>
internal static class OperatorNames
{
    public static string? Binary(SyntaxKind kind) => kind switch
    {
        SyntaxKind.PlusToken => "operator.add",
        SyntaxKind.MinusToken => "operator.sub",
        SyntaxKind.StarToken => "operator.mul",
        SyntaxKind.SlashToken => "operator.truediv",
        SyntaxKind.SlashSlashToken => "operator.floordiv",
        SyntaxKind.PercentToken => "operator.mod",
        SyntaxKind.StarStarToken => "operator.pow",
        SyntaxKind.AtToken => "operator.matmul",
        SyntaxKind.LessThanLessThanToken => "operator.lshift",
        SyntaxKind.GreaterThanGreaterThanToken => "operator.rshift",
        SyntaxKind.AmpersandToken => "operator.and_",
        SyntaxKind.BarToken => "operator.or_",
        SyntaxKind.CaretToken => "operator.xor",
        _ => null,
    };

    public static string? Unary(SyntaxKind kind) => kind switch
    {
        SyntaxKind.MinusToken => "operator.neg",
        SyntaxKind.PlusToken => "operator.pos",
        SyntaxKind.TildeToken => "operator.invert",
        SyntaxKind.NotKeyword => "operator.not_",
        _ => null,
    };

    public static string? Comparison(SyntaxKind kind, SyntaxKind second) => (kind, second) switch
    {
        (SyntaxKind.EqualsEqualsToken, _) => "operator.eq",
        (SyntaxKind.ExclamationEqualsToken, _) => "operator.ne",
        (SyntaxKind.LessThanToken, _) => "operator.lt",
        (SyntaxKind.LessThanEqualsToken, _) => "operator.le",
        (SyntaxKind.GreaterThanToken, _) => "operator.gt",
        (SyntaxKind.GreaterThanEqualsToken, _) => "operator.ge",
        (SyntaxKind.InKeyword, _) => "operator.contains",
        (SyntaxKind.NotKeyword, SyntaxKind.InKeyword) => "operator.contains",
        (SyntaxKind.IsKeyword, SyntaxKind.NotKeyword) => "operator.is_not",
        (SyntaxKind.IsKeyword, _) => "operator.is_",
        _ => null,
    };

    /// <summary>The in-place and the plain operation of an augmented assignment operator (<c>+=</c>: iadd, add).</summary>
    public static (string InPlace, string Plain) ForAugmented(SyntaxKind kind)
    {
        var plain = kind switch
        {
            SyntaxKind.PlusEqualsToken => "add",
            SyntaxKind.MinusEqualsToken => "sub",
            SyntaxKind.StarEqualsToken => "mul",
            SyntaxKind.SlashEqualsToken => "truediv",
            SyntaxKind.SlashSlashEqualsToken => "floordiv",
            SyntaxKind.PercentEqualsToken => "mod",
            SyntaxKind.StarStarEqualsToken => "pow",
            SyntaxKind.AtEqualsToken => "matmul",
            SyntaxKind.LessThanLessThanEqualsToken => "lshift",
            SyntaxKind.GreaterThanGreaterThanEqualsToken => "rshift",
            SyntaxKind.AmpersandEqualsToken => "and_",
            SyntaxKind.BarEqualsToken => "or_",
            SyntaxKind.CaretEqualsToken => "xor",
            _ => "add",
        };
        return ($"operator.i{plain.TrimEnd('_')}", $"operator.{plain}");
    }

    /// <summary>The operator as written, for messages.</summary>
    public static string Symbol(SyntaxKind kind) => SyntaxFacts.GetText(kind);
}
