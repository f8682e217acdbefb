using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>The tests the versioning passes put before a copy of code: several bool conditions that must all hold.</summary>
internal static class Conjunction
{
    /// <summary>
    /// <c>a and b and c</c> as nested conditionals (<c>b and c if a else False</c>): the operands are bool, so there is
    /// no operand value to hold as <see cref="IrShortCircuit"/> would, and they are evaluated left to right, each only
    /// when the ones before it held.
    /// </summary>
    public static IrExpression Of(IReadOnlyList<IrExpression> parts, IrLocation? location)
    {
        var test = parts[^1];
        for (var i = parts.Count - 2; i >= 0; i--) test = new IrConditional(parts[i], test, new IrConstant(false) { Location = location }) { Location = location };
        return test;
    }
}
