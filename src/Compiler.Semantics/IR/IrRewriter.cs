namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// Rewrites the IR bottom-up, in place: each <c>Rewrite*</c> method first rewrites the node's children (storing
/// the results back into it), then returns the node or its replacement. Override one to transform a node kind
/// (call the base method first to get rewritten children). In a block, a statement rewritten to null is removed
/// and one rewritten to an <see cref="IrBlock"/> is spliced in, so a statement can become several.
/// </summary>
public abstract class IrRewriter
{
    /// <summary>The function being rewritten, when the rewrite started at <see cref="RewriteFunction"/>.</summary>
    protected IrFunction? CurrentFunction { get; private set; }

    /// <summary>Rewrites a function's body.</summary>
    public virtual void RewriteFunction(IrFunction function)
    {
        var outer = CurrentFunction;
        CurrentFunction = function;
        function.Body = RewriteBlock(function.Body);
        CurrentFunction = outer;
    }

    /// <summary>Rewrites every statement; removes those rewritten to null and splices blocks.</summary>
    public virtual IrBlock RewriteBlock(IrBlock block)
    {
        var rewritten = new List<IrStatement>(block.Statements.Count);
        foreach (var statement in block.Statements)
            Splice(rewritten, RewriteStatement(statement));
        block.Statements.Clear();
        block.Statements.AddRange(rewritten);
        return block;
    }

    private static void Splice(List<IrStatement> into, IrStatement? statement)
    {
        if (statement is IrBlock nested)
            foreach (var inner in nested.Statements) Splice(into, inner);
        else if (statement is not null)
            into.Add(statement);
    }

    /// <summary>Dispatches a statement to its <c>Rewrite*</c> method.</summary>
    public IrStatement? RewriteStatement(IrStatement statement) => statement switch
    {
        IrBlock n => RewriteBlock(n),
        IrAssign n => RewriteAssign(n),
        IrStoreField n => RewriteStoreField(n),
        IrEvaluate n => RewriteEvaluate(n),
        IrIf n => RewriteIf(n),
        IrWhile n => RewriteWhile(n),
        IrFor n => RewriteFor(n),
        IrTry n => RewriteTry(n),
        IrWith n => RewriteWith(n),
        IrReturn n => RewriteReturn(n),
        IrRaise n => RewriteRaise(n),
        IrBreak n => RewriteBreak(n),
        IrContinue n => RewriteContinue(n),
        IrYield n => RewriteYield(n),
        IrAssert n => RewriteAssert(n),
        IrDelete n => RewriteDelete(n),
        IrAugmentedAssign n => RewriteAugmentedAssign(n),
        IrUnpack n => RewriteUnpack(n),
        _ => throw new InvalidOperationException($"unknown IR statement {statement.GetType().Name}"),
    };

    /// <summary>Dispatches an expression to its <c>Rewrite*</c> method.</summary>
    public IrExpression RewriteExpression(IrExpression expression) => expression switch
    {
        IrConstant n => RewriteConstant(n),
        IrLoad n => RewriteLoad(n),
        IrCall n => RewriteCall(n),
        IrCallFunction n => RewriteCallFunction(n),
        IrCallIndirect n => RewriteCallIndirect(n),
        IrNew n => RewriteNew(n),
        IrMethodCall n => RewriteMethodCall(n),
        IrFieldLoad n => RewriteFieldLoad(n),
        IrBuild n => RewriteBuild(n),
        IrComprehension n => RewriteComprehension(n),
        IrFormattedString n => RewriteFormattedString(n),
        IrConditional n => RewriteConditional(n),
        IrShortCircuit n => RewriteShortCircuit(n),
        IrNot n => RewriteNot(n),
        IrConvert n => RewriteConvert(n),
        IrIsInstance n => RewriteIsInstance(n),
        IrMakeClosure n => RewriteMakeClosure(n),
        IrFlowExpression n => RewriteFlowExpression(n),
        _ => throw new InvalidOperationException($"unknown IR expression {expression.GetType().Name}"),
    };

    /// <summary>Rewrites each expression of a list in place.</summary>
    protected void RewriteAll(List<IrExpression> expressions)
    {
        for (var i = 0; i < expressions.Count; i++) expressions[i] = RewriteExpression(expressions[i]);
    }

    private IrExpression? RewriteOptional(IrExpression? expression) => expression is null ? null : RewriteExpression(expression);

    /// <summary>Rewrites the value.</summary>
    protected virtual IrStatement? RewriteAssign(IrAssign node)
    {
        node.Value = RewriteExpression(node.Value);
        return node;
    }

    /// <summary>Rewrites the instance and the value.</summary>
    protected virtual IrStatement? RewriteStoreField(IrStoreField node)
    {
        node.Instance = RewriteExpression(node.Instance);
        node.Value = RewriteExpression(node.Value);
        return node;
    }

    /// <summary>Rewrites the expression.</summary>
    protected virtual IrStatement? RewriteEvaluate(IrEvaluate node)
    {
        node.Expression = RewriteExpression(node.Expression);
        return node;
    }

    /// <summary>Rewrites the condition and both branches.</summary>
    protected virtual IrStatement? RewriteIf(IrIf node)
    {
        node.Condition = RewriteExpression(node.Condition);
        node.Then = RewriteBlock(node.Then);
        node.Else = RewriteBlock(node.Else);
        return node;
    }

    /// <summary>Rewrites the condition, the body and the else block.</summary>
    protected virtual IrStatement? RewriteWhile(IrWhile node)
    {
        node.Condition = RewriteExpression(node.Condition);
        node.Body = RewriteBlock(node.Body);
        node.Else = RewriteBlock(node.Else);
        return node;
    }

    /// <summary>Rewrites the iterable or range bounds, the body and the else block.</summary>
    protected virtual IrStatement? RewriteFor(IrFor node)
    {
        node.Iterable = RewriteOptional(node.Iterable);
        node.Start = RewriteOptional(node.Start);
        node.Stop = RewriteOptional(node.Stop);
        node.Step = RewriteOptional(node.Step);
        node.Body = RewriteBlock(node.Body);
        node.Else = RewriteBlock(node.Else);
        return node;
    }

    /// <summary>Rewrites the body, the handlers' bodies, the else and finally blocks.</summary>
    protected virtual IrStatement? RewriteTry(IrTry node)
    {
        node.Body = RewriteBlock(node.Body);
        foreach (var handler in node.Handlers) handler.Body = RewriteBlock(handler.Body);
        node.Else = RewriteBlock(node.Else);
        node.Finally = RewriteBlock(node.Finally);
        return node;
    }

    /// <summary>Rewrites the context, the protocol calls and the body.</summary>
    protected virtual IrStatement? RewriteWith(IrWith node)
    {
        node.Context = RewriteExpression(node.Context);
        node.Enter = RewriteExpression(node.Enter);
        node.Body = RewriteBlock(node.Body);
        node.Exit = RewriteExpression(node.Exit);
        return node;
    }

    /// <summary>Rewrites the value.</summary>
    protected virtual IrStatement? RewriteReturn(IrReturn node)
    {
        node.Value = RewriteOptional(node.Value);
        return node;
    }

    /// <summary>Rewrites the exception and the cause.</summary>
    protected virtual IrStatement? RewriteRaise(IrRaise node)
    {
        node.Exception = RewriteOptional(node.Exception);
        node.Cause = RewriteOptional(node.Cause);
        return node;
    }

    /// <summary>Returns the node.</summary>
    protected virtual IrStatement? RewriteBreak(IrBreak node) => node;

    /// <summary>Returns the node.</summary>
    protected virtual IrStatement? RewriteContinue(IrContinue node) => node;

    /// <summary>Rewrites the value.</summary>
    protected virtual IrStatement? RewriteYield(IrYield node)
    {
        node.Value = RewriteOptional(node.Value);
        return node;
    }

    /// <summary>Rewrites the condition and the message.</summary>
    protected virtual IrStatement? RewriteAssert(IrAssert node)
    {
        node.Condition = RewriteExpression(node.Condition);
        node.Message = RewriteOptional(node.Message);
        return node;
    }

    /// <summary>Returns the node.</summary>
    protected virtual IrStatement? RewriteDelete(IrDelete node) => node;

    /// <summary>Rewrites the value.</summary>
    protected virtual IrStatement? RewriteAugmentedAssign(IrAugmentedAssign node)
    {
        node.Value = RewriteExpression(node.Value);
        return node;
    }

    /// <summary>Rewrites the value.</summary>
    protected virtual IrStatement? RewriteUnpack(IrUnpack node)
    {
        node.Value = RewriteExpression(node.Value);
        return node;
    }

    /// <summary>Returns the node.</summary>
    protected virtual IrExpression RewriteConstant(IrConstant node) => node;

    /// <summary>Returns the node.</summary>
    protected virtual IrExpression RewriteLoad(IrLoad node) => node;

    /// <summary>Rewrites the arguments.</summary>
    protected virtual IrExpression RewriteCall(IrCall node)
    {
        RewriteAll(node.Arguments);
        return node;
    }

    /// <summary>Rewrites the arguments.</summary>
    protected virtual IrExpression RewriteCallFunction(IrCallFunction node)
    {
        RewriteAll(node.Arguments);
        return node;
    }

    /// <summary>Rewrites the callee and the arguments.</summary>
    protected virtual IrExpression RewriteCallIndirect(IrCallIndirect node)
    {
        node.Callee = RewriteExpression(node.Callee);
        RewriteAll(node.Arguments);
        return node;
    }

    /// <summary>Rewrites the arguments.</summary>
    protected virtual IrExpression RewriteNew(IrNew node)
    {
        RewriteAll(node.Arguments);
        return node;
    }

    /// <summary>Rewrites the receiver and the arguments.</summary>
    protected virtual IrExpression RewriteMethodCall(IrMethodCall node)
    {
        node.Receiver = RewriteExpression(node.Receiver);
        RewriteAll(node.Arguments);
        return node;
    }

    /// <summary>Rewrites the instance.</summary>
    protected virtual IrExpression RewriteFieldLoad(IrFieldLoad node)
    {
        node.Instance = RewriteExpression(node.Instance);
        return node;
    }

    /// <summary>Rewrites the elements.</summary>
    protected virtual IrExpression RewriteBuild(IrBuild node)
    {
        RewriteAll(node.Elements);
        return node;
    }

    /// <summary>Rewrites the clauses, the element and the value.</summary>
    protected virtual IrExpression RewriteComprehension(IrComprehension node)
    {
        foreach (var clause in node.Clauses)
        {
            if (clause is IrComprehensionFor forClause) forClause.Iterable = RewriteExpression(forClause.Iterable);
            else if (clause is IrComprehensionIf ifClause) ifClause.Condition = RewriteExpression(ifClause.Condition);
        }
        node.Element = RewriteExpression(node.Element);
        node.Value = RewriteOptional(node.Value);
        return node;
    }

    /// <summary>Rewrites the field values and format specs.</summary>
    protected virtual IrExpression RewriteFormattedString(IrFormattedString node)
    {
        foreach (var part in node.Parts)
        {
            part.Value = RewriteOptional(part.Value);
            part.FormatSpec = RewriteOptional(part.FormatSpec);
        }
        return node;
    }

    /// <summary>Rewrites the condition and both values.</summary>
    protected virtual IrExpression RewriteConditional(IrConditional node)
    {
        node.Condition = RewriteExpression(node.Condition);
        node.WhenTrue = RewriteExpression(node.WhenTrue);
        node.WhenFalse = RewriteExpression(node.WhenFalse);
        return node;
    }

    /// <summary>Rewrites the operands and the truth test.</summary>
    protected virtual IrExpression RewriteShortCircuit(IrShortCircuit node)
    {
        node.Left = RewriteExpression(node.Left);
        node.Truth = RewriteExpression(node.Truth);
        node.Right = RewriteExpression(node.Right);
        return node;
    }

    /// <summary>Rewrites the operand.</summary>
    protected virtual IrExpression RewriteNot(IrNot node)
    {
        node.Operand = RewriteExpression(node.Operand);
        return node;
    }

    /// <summary>Rewrites the value.</summary>
    protected virtual IrExpression RewriteConvert(IrConvert node)
    {
        node.Value = RewriteExpression(node.Value);
        return node;
    }

    /// <summary>Rewrites the value.</summary>
    protected virtual IrExpression RewriteIsInstance(IrIsInstance node)
    {
        node.Value = RewriteExpression(node.Value);
        return node;
    }

    /// <summary>Returns the node (the target function is rewritten on its own).</summary>
    protected virtual IrExpression RewriteMakeClosure(IrMakeClosure node) => node;

    /// <summary>Rewrites the body and the result.</summary>
    protected virtual IrExpression RewriteFlowExpression(IrFlowExpression node)
    {
        node.Body = RewriteBlock(node.Body);
        node.Result = RewriteExpression(node.Result);
        return node;
    }
}
