using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Nested int arithmetic in 128 bits (runtime <c>pyaot/wide.hpp</c>): a tree of int <c>+ - * **</c> whose operands are
/// themselves such operations (<c>2 ** 63 - 1</c>), or a comparison of one (<c>mid * mid &lt;= n</c>), keeps its
/// intermediates wide and checks the int64 range only where the value leaves the tree. CPython holds those
/// intermediates as small bignums; checking each step would raise OverflowError where CPython prints a result. A tree
/// none of whose operations kept <see cref="IrCheck.OverflowCheck"/> is plain int64 arithmetic: place-overflow-checks
/// proved each intermediate exact in int64.
/// </summary>
internal sealed partial class CppFunctionWriter
{
    private static readonly Dictionary<string, string> s_wideArithmetic = new(StringComparer.Ordinal)
    {
        ["operator.add"] = "add", ["operator.sub"] = "sub", ["operator.mul"] = "mul", ["operator.pow"] = "pow",
        ["operator.neg"] = "neg",
    };

    /// <summary>The wide form of an int comparison or arithmetic root with a nested operation, or null.</summary>
    private string? WideCall(IrCall call)
    {
        if (call.Arguments.Count != 2 || call.Arguments.Any(a => a.Type != PyType.Int)) return null;
        if (!call.Arguments.Any(IsWideOperation) || !call.Arguments.All(IsWideTree)) return null;
        // place-overflow-checks proved every intermediate exact in int64: plain int64 operators, nothing to retry.
        if (!MayOverflow(call)) return null;
        // First in int64, each step noting an overflow; only where one overflows, again in 128 bits.
        var o = Fresh("ovf");
        if (s_directOperators.TryGetValue(call.Overload.OperationName, out var op) && op is "<" or "<=" or ">" or ">=" or "==" or "!=")
        {
            var (a, b) = (Fresh("lhs"), Fresh("rhs"));
            return $"[&]() -> bool {{ bool {o} = false; pyaot::Int {a} = {Fast(call.Arguments[0], o)}; pyaot::Int {b} = {Fast(call.Arguments[1], o)}; "
                + $"if (!{o}) [[likely]] return {a} {op} {b}; return {Cold("bool", $"{Wide(call.Arguments[0])} {op} {Wide(call.Arguments[1])}")}; }}()";
        }
        if (call.Type == PyType.Int && IsWideOperation(call))
        {
            var r = Fresh("fast");
            return $"[&]() -> pyaot::Int {{ bool {o} = false; pyaot::Int {r} = {Fast(call, o)}; "
                + $"if (!{o}) [[likely]] return {r}; return {Cold("pyaot::Int", $"pyaot::wide::narrow({Wide(call)})")}; }}()";
        }
        return null;
    }

    /// <summary>Whether an operation of the tree rooted at <paramref name="call"/> kept its overflow check.</summary>
    private static bool MayOverflow(IrCall call) =>
        call.Checks.HasFlag(IrCheck.OverflowCheck) || call.Arguments.Any(a => IsWideOperation(a) && MayOverflow((IrCall)a));

    /// <summary>The 128-bit evaluation out of line, so the int64 fast path stays small enough to inline.</summary>
    private static string Cold(string type, string body) => $"[=]() __attribute__((noinline, cold)) -> {type} {{ return {body}; }}()";

    /// <summary>The int64 form of a wide tree: each operation sets the flag <paramref name="o"/> where it overflows int64.</summary>
    private string Fast(IrExpression expression, string o)
    {
        if (!IsWideOperation(expression)) return $"pyaot::Int({Expr(expression)})";
        var call = (IrCall)expression;
        var name = s_wideArithmetic[call.Overload.OperationName];
        return $"pyaot::wide::f{name}({string.Join(", ", call.Arguments.Select(a => Fast(a, o)))}, {o})";
    }

    /// <summary>An int operation the wide runtime evaluates: + - * and unary -, and ** by a constant exponent (never negative).</summary>
    private static bool IsWideOperation(IrExpression expression) =>
        expression is IrCall { Type: var type } call && type == PyType.Int
        && s_wideArithmetic.TryGetValue(call.Overload.OperationName, out var name)
        && call.Arguments.Count == (name == "neg" ? 1 : 2) && call.Arguments.All(a => a.Type == PyType.Int)
        && (name != "pow" || call.Arguments[1] is IrConstant { Value: long exponent } && exponent >= 0);

    /// <summary>Whether the operands' evaluation order cannot show: every leaf is quiet and cannot raise.</summary>
    private bool IsWideTree(IrExpression expression) =>
        IsWideOperation(expression) ? ((IrCall)expression).Arguments.All(IsWideTree) : !IsEffectful(expression) && !MayRaise(expression);

    private string Wide(IrExpression expression)
    {
        if (!IsWideOperation(expression)) return $"pyaot::wide::W({Expr(expression)})";
        var call = (IrCall)expression;
        var name = s_wideArithmetic[call.Overload.OperationName];
        return $"pyaot::wide::{name}({string.Join(", ", call.Arguments.Select(Wide))})";
    }
}
