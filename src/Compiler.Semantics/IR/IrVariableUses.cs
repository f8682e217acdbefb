namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The variables a piece of IR reads and writes (binds, assigns, deletes), nested blocks and flow expressions included.</summary>
public sealed class IrVariableUses : IrVisitor
{
    private IrVariableUses()
    {
    }

    /// <summary>Variables read (loads, captured variables of closures, short-circuit temporaries).</summary>
    public HashSet<IrVariable> Read { get; } = [];

    /// <summary>Variables written (assignment, loop and pattern targets, handler names, yield results, del).</summary>
    public HashSet<IrVariable> Written { get; } = [];

    /// <summary>
    /// Variables that closures made here capture: a nested function may read them and, through <c>nonlocal</c>,
    /// rebind them whenever it is called, so what the code in view writes is not all that writes them.
    /// </summary>
    public HashSet<IrVariable> Captured { get; } = [];

    /// <summary>Collects the uses in <paramref name="node"/>.</summary>
    public static IrVariableUses Collect(IrNode node)
    {
        var uses = new IrVariableUses();
        uses.Visit(node);
        return uses;
    }

    /// <summary>Collects the uses in the body of <paramref name="function"/>.</summary>
    public static IrVariableUses Collect(IrFunction function)
    {
        var uses = new IrVariableUses();
        uses.VisitFunction(function);
        return uses;
    }

    private void Bind(IrTarget target) => Written.UnionWith(target.Variables);

    /// <inheritdoc/>
    public override void VisitLoad(IrLoad node) => Read.Add(node.Variable);

    /// <inheritdoc/>
    public override void VisitAssign(IrAssign node)
    {
        Written.Add(node.Target);
        base.VisitAssign(node);
    }

    /// <inheritdoc/>
    public override void VisitFor(IrFor node)
    {
        Bind(node.Target);
        base.VisitFor(node);
    }

    /// <inheritdoc/>
    public override void VisitUnpack(IrUnpack node)
    {
        Bind(node.Target);
        base.VisitUnpack(node);
    }

    /// <inheritdoc/>
    public override void VisitExceptHandler(IrExceptHandler node)
    {
        if (node.Variable is not null) Written.Add(node.Variable);
        base.VisitExceptHandler(node);
    }

    /// <inheritdoc/>
    public override void VisitWith(IrWith node)
    {
        Written.Add(node.ContextVariable);
        if (node.Target is not null) Written.Add(node.Target);
        base.VisitWith(node);
    }

    /// <inheritdoc/>
    public override void VisitYield(IrYield node)
    {
        if (node.Result is not null) Written.Add(node.Result);
        base.VisitYield(node);
    }

    /// <inheritdoc/>
    public override void VisitDelete(IrDelete node) => Written.Add(node.Variable);

    /// <inheritdoc/>
    public override void VisitAugmentedAssign(IrAugmentedAssign node)
    {
        Read.Add(node.Target);
        Written.Add(node.Target);
        base.VisitAugmentedAssign(node);
    }

    /// <inheritdoc/>
    public override void VisitShortCircuit(IrShortCircuit node)
    {
        Written.Add(node.TruthVariable);
        Read.Add(node.TruthVariable);
        base.VisitShortCircuit(node);
    }

    /// <inheritdoc/>
    public override void VisitMakeClosure(IrMakeClosure node)
    {
        Read.UnionWith(node.CapturedVariables);
        Captured.UnionWith(node.CapturedVariables);
    }

    /// <inheritdoc/>
    public override void VisitComprehension(IrComprehension node)
    {
        foreach (var clause in node.Clauses)
            if (clause is IrComprehensionFor f) Bind(f.Target);
        base.VisitComprehension(node);
    }
}
