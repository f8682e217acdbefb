namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// Walks the IR read-only, children in evaluation order. Override a <c>Visit*</c> method to look at one node kind
/// (call the base method to keep walking into its children), or <see cref="Enter"/> to see every node.
/// </summary>
public abstract class IrVisitor
{
    /// <summary>The function being walked, when the walk started at <see cref="VisitFunction"/>.</summary>
    protected IrFunction? CurrentFunction { get; private set; }

    /// <summary>Walks a function's body.</summary>
    public virtual void VisitFunction(IrFunction function)
    {
        var outer = CurrentFunction;
        CurrentFunction = function;
        VisitStatement(function.Body);
        CurrentFunction = outer;
    }

    /// <summary>Called for every statement, expression and handler before its <c>Visit*</c> method.</summary>
    protected virtual void Enter(IrNode node)
    {
    }

    /// <summary>Dispatches on the node's kind.</summary>
    public void Visit(IrNode node)
    {
        switch (node)
        {
            case IrStatement statement: VisitStatement(statement); break;
            case IrExpression expression: VisitExpression(expression); break;
            case IrExceptHandler handler: Enter(handler); VisitExceptHandler(handler); break;
        }
    }

    /// <summary>Dispatches a statement to its <c>Visit*</c> method.</summary>
    public void VisitStatement(IrStatement statement)
    {
        Enter(statement);
        switch (statement)
        {
            case IrBlock n: VisitBlock(n); break;
            case IrAssign n: VisitAssign(n); break;
            case IrStoreField n: VisitStoreField(n); break;
            case IrEvaluate n: VisitEvaluate(n); break;
            case IrIf n: VisitIf(n); break;
            case IrWhile n: VisitWhile(n); break;
            case IrFor n: VisitFor(n); break;
            case IrTry n: VisitTry(n); break;
            case IrWith n: VisitWith(n); break;
            case IrReturn n: VisitReturn(n); break;
            case IrRaise n: VisitRaise(n); break;
            case IrBreak n: VisitBreak(n); break;
            case IrContinue n: VisitContinue(n); break;
            case IrYield n: VisitYield(n); break;
            case IrAssert n: VisitAssert(n); break;
            case IrDelete n: VisitDelete(n); break;
            case IrAugmentedAssign n: VisitAugmentedAssign(n); break;
            case IrUnpack n: VisitUnpack(n); break;
            default: throw new InvalidOperationException($"unknown IR statement {statement.GetType().Name}");
        }
    }

    /// <summary>Dispatches an expression to its <c>Visit*</c> method.</summary>
    public void VisitExpression(IrExpression expression)
    {
        Enter(expression);
        switch (expression)
        {
            case IrConstant n: VisitConstant(n); break;
            case IrLoad n: VisitLoad(n); break;
            case IrCall n: VisitCall(n); break;
            case IrCallFunction n: VisitCallFunction(n); break;
            case IrCallIndirect n: VisitCallIndirect(n); break;
            case IrNew n: VisitNew(n); break;
            case IrMethodCall n: VisitMethodCall(n); break;
            case IrFieldLoad n: VisitFieldLoad(n); break;
            case IrBuild n: VisitBuild(n); break;
            case IrComprehension n: VisitComprehension(n); break;
            case IrFormattedString n: VisitFormattedString(n); break;
            case IrConditional n: VisitConditional(n); break;
            case IrShortCircuit n: VisitShortCircuit(n); break;
            case IrNot n: VisitNot(n); break;
            case IrConvert n: VisitConvert(n); break;
            case IrIsInstance n: VisitIsInstance(n); break;
            case IrMakeClosure n: VisitMakeClosure(n); break;
            case IrFlowExpression n: VisitFlowExpression(n); break;
            default: throw new InvalidOperationException($"unknown IR expression {expression.GetType().Name}");
        }
    }

    private void VisitAll(IEnumerable<IrExpression> expressions)
    {
        foreach (var expression in expressions.ToArray()) VisitExpression(expression);
    }

    /// <summary>Visits the statements.</summary>
    public virtual void VisitBlock(IrBlock node)
    {
        foreach (var statement in node.Statements.ToArray()) VisitStatement(statement);
    }

    /// <summary>Visits the value.</summary>
    public virtual void VisitAssign(IrAssign node) => VisitExpression(node.Value);

    /// <summary>Visits the instance and the value.</summary>
    public virtual void VisitStoreField(IrStoreField node)
    {
        VisitExpression(node.Instance);
        VisitExpression(node.Value);
    }

    /// <summary>Visits the expression.</summary>
    public virtual void VisitEvaluate(IrEvaluate node) => VisitExpression(node.Expression);

    /// <summary>Visits the condition and both branches.</summary>
    public virtual void VisitIf(IrIf node)
    {
        VisitExpression(node.Condition);
        VisitStatement(node.Then);
        VisitStatement(node.Else);
    }

    /// <summary>Visits the condition, the body and the else block.</summary>
    public virtual void VisitWhile(IrWhile node)
    {
        VisitExpression(node.Condition);
        VisitStatement(node.Body);
        VisitStatement(node.Else);
    }

    /// <summary>Visits the range bounds or the iterable, the body and the else block.</summary>
    public virtual void VisitFor(IrFor node)
    {
        if (node.Iterable is not null) VisitExpression(node.Iterable);
        if (node.Start is not null) VisitExpression(node.Start);
        if (node.Stop is not null) VisitExpression(node.Stop);
        if (node.Step is not null) VisitExpression(node.Step);
        VisitStatement(node.Body);
        VisitStatement(node.Else);
    }

    /// <summary>Visits the body, handlers, else and finally blocks.</summary>
    public virtual void VisitTry(IrTry node)
    {
        VisitStatement(node.Body);
        foreach (var handler in node.Handlers.ToArray())
        {
            Enter(handler);
            VisitExceptHandler(handler);
        }
        VisitStatement(node.Else);
        VisitStatement(node.Finally);
    }

    /// <summary>Visits the handler body.</summary>
    public virtual void VisitExceptHandler(IrExceptHandler node) => VisitStatement(node.Body);

    /// <summary>Visits the context, the enter call, the body and the exit call.</summary>
    public virtual void VisitWith(IrWith node)
    {
        VisitExpression(node.Context);
        VisitExpression(node.Enter);
        VisitStatement(node.Body);
        VisitExpression(node.Exit);
    }

    /// <summary>Visits the value.</summary>
    public virtual void VisitReturn(IrReturn node)
    {
        if (node.Value is not null) VisitExpression(node.Value);
    }

    /// <summary>Visits the exception and the cause.</summary>
    public virtual void VisitRaise(IrRaise node)
    {
        if (node.Exception is not null) VisitExpression(node.Exception);
        if (node.Cause is not null) VisitExpression(node.Cause);
    }

    /// <summary>Nothing to visit.</summary>
    public virtual void VisitBreak(IrBreak node)
    {
    }

    /// <summary>Nothing to visit.</summary>
    public virtual void VisitContinue(IrContinue node)
    {
    }

    /// <summary>Visits the value.</summary>
    public virtual void VisitYield(IrYield node)
    {
        if (node.Value is not null) VisitExpression(node.Value);
    }

    /// <summary>Visits the condition and the message.</summary>
    public virtual void VisitAssert(IrAssert node)
    {
        VisitExpression(node.Condition);
        if (node.Message is not null) VisitExpression(node.Message);
    }

    /// <summary>Nothing to visit.</summary>
    public virtual void VisitDelete(IrDelete node)
    {
    }

    /// <summary>Visits the value.</summary>
    public virtual void VisitAugmentedAssign(IrAugmentedAssign node) => VisitExpression(node.Value);

    /// <summary>Visits the value.</summary>
    public virtual void VisitUnpack(IrUnpack node) => VisitExpression(node.Value);

    /// <summary>Nothing to visit.</summary>
    public virtual void VisitConstant(IrConstant node)
    {
    }

    /// <summary>Nothing to visit.</summary>
    public virtual void VisitLoad(IrLoad node)
    {
    }

    /// <summary>Visits the arguments.</summary>
    public virtual void VisitCall(IrCall node) => VisitAll(node.Arguments);

    /// <summary>Visits the arguments.</summary>
    public virtual void VisitCallFunction(IrCallFunction node) => VisitAll(node.Arguments);

    /// <summary>Visits the callee and the arguments.</summary>
    public virtual void VisitCallIndirect(IrCallIndirect node)
    {
        VisitExpression(node.Callee);
        VisitAll(node.Arguments);
    }

    /// <summary>Visits the arguments.</summary>
    public virtual void VisitNew(IrNew node) => VisitAll(node.Arguments);

    /// <summary>Visits the receiver and the arguments.</summary>
    public virtual void VisitMethodCall(IrMethodCall node)
    {
        VisitExpression(node.Receiver);
        VisitAll(node.Arguments);
    }

    /// <summary>Visits the instance.</summary>
    public virtual void VisitFieldLoad(IrFieldLoad node) => VisitExpression(node.Instance);

    /// <summary>Visits the elements.</summary>
    public virtual void VisitBuild(IrBuild node) => VisitAll(node.Elements);

    /// <summary>Visits the clauses in order, then the element and value.</summary>
    public virtual void VisitComprehension(IrComprehension node)
    {
        foreach (var clause in node.Clauses.ToArray())
        {
            if (clause is IrComprehensionFor forClause) VisitExpression(forClause.Iterable);
            else if (clause is IrComprehensionIf ifClause) VisitExpression(ifClause.Condition);
        }
        VisitExpression(node.Element);
        if (node.Value is not null) VisitExpression(node.Value);
    }

    /// <summary>Visits the field values and format specs.</summary>
    public virtual void VisitFormattedString(IrFormattedString node)
    {
        foreach (var part in node.Parts.ToArray())
        {
            if (part.Value is not null) VisitExpression(part.Value);
            if (part.FormatSpec is not null) VisitExpression(part.FormatSpec);
        }
    }

    /// <summary>Visits the condition and both values.</summary>
    public virtual void VisitConditional(IrConditional node)
    {
        VisitExpression(node.Condition);
        VisitExpression(node.WhenTrue);
        VisitExpression(node.WhenFalse);
    }

    /// <summary>Visits the left operand, the truth test and the right operand.</summary>
    public virtual void VisitShortCircuit(IrShortCircuit node)
    {
        VisitExpression(node.Left);
        VisitExpression(node.Truth);
        VisitExpression(node.Right);
    }

    /// <summary>Visits the operand.</summary>
    public virtual void VisitNot(IrNot node) => VisitExpression(node.Operand);

    /// <summary>Visits the value.</summary>
    public virtual void VisitConvert(IrConvert node) => VisitExpression(node.Value);

    /// <summary>Visits the value.</summary>
    public virtual void VisitIsInstance(IrIsInstance node) => VisitExpression(node.Value);

    /// <summary>Nothing to visit (the target function is walked on its own).</summary>
    public virtual void VisitMakeClosure(IrMakeClosure node)
    {
    }

    /// <summary>Visits the body and the result.</summary>
    public virtual void VisitFlowExpression(IrFlowExpression node)
    {
        VisitStatement(node.Body);
        VisitExpression(node.Result);
    }
}
