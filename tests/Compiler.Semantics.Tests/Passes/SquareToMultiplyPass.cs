using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

/// <summary>
/// A sample custom pass: <c>x ** 2</c> (operator.pow(int, int) or (float, int) with the constant 2) becomes
/// <c>x * x</c> with the operator.mul overload of x's type. Only a variable load is duplicated, so x is evaluated
/// once, as before. Public with a <see cref="PipelineInsertionAttribute"/> so that <c>pyaot ir --pass-assembly</c>
/// can load it from this test assembly.
/// </summary>
[PipelineInsertion(PipelinePoints.AfterLowering)]
public sealed class SquareToMultiplyPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "square-to-multiply";

    /// <inheritdoc/>
    public override string Description => "x ** 2 becomes x * x";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter(context).RewriteFunction(function);

    private sealed class Rewriter(PassContext context) : IrRewriter
    {
        protected override IrExpression RewriteCall(IrCall node)
        {
            base.RewriteCall(node);
            if (node.Overload.OperationName != "operator.pow" || node.Arguments is not [IrLoad { Variable: var x }, IrConstant { Value: 2L }]) return node;
            if (x.Type != PyType.Int && x.Type != PyType.Float) return node;
            if (context.ResolveOverload("operator.mul", [x.Type, x.Type]) is not { } multiply) return node;
            return new IrCall(multiply, [new IrLoad(x), new IrLoad(x)], x.Type) { Location = node.Location };
        }
    }
}
