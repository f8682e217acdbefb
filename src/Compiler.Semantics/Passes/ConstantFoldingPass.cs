using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Evaluates calls of pure overloads on constants with CPython's semantics: int arithmetic (<c>add sub mul
/// floordiv mod pow neg pos</c>; floor division and modulo round toward negative infinity), int true division,
/// float arithmetic (<c>add sub mul truediv floordiv mod neg pos</c>), comparisons of int, float, str (by code
/// point) and bool, str concatenation and repetition (up to 4096 characters), <c>not</c>, numeric conversions and
/// conditional expressions with a constant condition. A call whose result would overflow int64, divide by zero
/// or otherwise raise stays a call, so the program raises at run time as CPython would.
/// </summary>
public sealed class ConstantFoldingPass : FunctionPass
{
    private const int MaxFoldedStringLength = 4096;

    /// <inheritdoc/>
    public override string Name => "constant-folding";

    /// <inheritdoc/>
    public override string Description => "evaluates pure operations on constants (CPython semantics; never folds what would raise)";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter().RewriteFunction(function);

    /// <summary>The value of <paramref name="overload"/> on constant <paramref name="arguments"/>, or null when it is not folded.</summary>
    public static object? Fold(OperationOverload overload, IReadOnlyList<object?> arguments, out bool folded)
    {
        folded = false;
        if (overload.Effects != OperationEffects.Pure || overload.Signature.Parameters.Count != arguments.Count) return null;
        var name = overload.OperationName;
        object? result = (name, arguments.Count, arguments.ElementAtOrDefault(0), arguments.ElementAtOrDefault(1)) switch
        {
            ("operator.neg", 1, long a, _) => PythonArithmetic.Negate(a),
            ("operator.pos", 1, long a, _) => a,
            ("operator.neg", 1, double a, _) => -a,
            ("operator.pos", 1, double a, _) => a,
            ("operator.add", 2, long a, long b) => PythonArithmetic.Add(a, b),
            ("operator.sub", 2, long a, long b) => PythonArithmetic.Subtract(a, b),
            ("operator.mul", 2, long a, long b) => PythonArithmetic.Multiply(a, b),
            ("operator.floordiv", 2, long a, long b) => PythonArithmetic.FloorDivide(a, b),
            ("operator.mod", 2, long a, long b) => PythonArithmetic.Modulo(a, b),
            ("operator.pow", 2, long a, long b) => PythonArithmetic.Power(a, b),
            ("operator.truediv", 2, long a, long b) => PythonArithmetic.TrueDivide(a, b),
            ("operator.add", 2, double a, double b) => a + b,
            ("operator.sub", 2, double a, double b) => a - b,
            ("operator.mul", 2, double a, double b) => a * b,
            ("operator.truediv", 2, double a, double b) => b == 0 ? null : a / b,
            ("operator.floordiv", 2, double a, double b) => PythonArithmetic.FloatDivMod(a, b)?.Quotient,
            ("operator.mod", 2, double a, double b) => PythonArithmetic.FloatDivMod(a, b)?.Remainder,
            ("operator.add", 2, string a, string b) when a.Length + b.Length <= MaxFoldedStringLength => a + b,
            ("operator.mul", 2, string a, long b) => PythonArithmetic.Repeat(a, b, MaxFoldedStringLength),
            (_, 2, long a, long b) => Compare(name, a.CompareTo(b), a == b),
            (_, 2, double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? CompareNaN(name) : Compare(name, a.CompareTo(b), a == b),
            (_, 2, string a, string b) => Compare(name, PythonArithmetic.CompareStrings(a, b), a == b),
            (_, 2, bool a, bool b) => Compare(name, a.CompareTo(b), a == b),
            ("operator.not_", 1, bool a, _) => !a,
            _ => null,
        };
        folded = result is not null;
        return result;
    }

    private static bool? Compare(string name, int order, bool equal) => name switch
    {
        "operator.eq" => equal,
        "operator.ne" => !equal,
        "operator.lt" => order < 0,
        "operator.le" => order <= 0,
        "operator.gt" => order > 0,
        "operator.ge" => order >= 0,
        _ => null,
    };

    // Every ordered comparison with NaN is False, != is True.
    private static bool? CompareNaN(string name) => name switch
    {
        "operator.eq" or "operator.lt" or "operator.le" or "operator.gt" or "operator.ge" => false,
        "operator.ne" => true,
        _ => null,
    };

    private sealed class Rewriter : IrRewriter
    {
        protected override IrExpression RewriteCall(IrCall node)
        {
            base.RewriteCall(node);
            if (node.KeywordNames.Any(k => k is not null) || !node.Arguments.All(a => a is IrConstant)) return node;
            var value = Fold(node.Overload, node.Arguments.Select(a => ((IrConstant)a).Value).ToArray(), out var folded);
            if (!folded) return node;
            var constant = new IrConstant(value) { Location = node.Location };
            return constant.Type == node.Type ? constant : node;
        }

        protected override IrExpression RewriteNot(IrNot node)
        {
            base.RewriteNot(node);
            return node.Operand is IrConstant { Value: bool value } ? new IrConstant(!value) { Location = node.Location } : node;
        }

        protected override IrExpression RewriteConvert(IrConvert node)
        {
            base.RewriteConvert(node);
            object? value = (node.ConversionKind, node.Value) switch
            {
                (IrConversionKind.IntToFloat, IrConstant { Value: long i }) => (double)i,
                (IrConversionKind.BoolToInt, IrConstant { Value: bool b }) => b ? 1L : 0L,
                (IrConversionKind.BoolToFloat, IrConstant { Value: bool b }) => b ? 1.0 : 0.0,
                _ => null,
            };
            return value is null ? node : new IrConstant(value) { Location = node.Location };
        }

        protected override IrExpression RewriteConditional(IrConditional node)
        {
            base.RewriteConditional(node);
            return node.Condition is IrConstant { Value: bool value } ? (value ? node.WhenTrue : node.WhenFalse) : node;
        }
    }
}
