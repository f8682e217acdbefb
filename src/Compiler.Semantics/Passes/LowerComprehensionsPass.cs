using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// List, set and dict comprehensions become loops that fill a fresh container, in place, as an
/// <see cref="IrFlowExpression"/> (the comprehension variables stay locals of the enclosing function, as after
/// PEP 709). A generator expression becomes a generator function (lifted to the module, named
/// <c>outer.&lt;genexpr-N&gt;</c>) that takes the first iterable as its argument (CPython evaluates it eagerly,
/// in the enclosing scope) and captures the other free variables; the expression becomes a call of the closure.
/// The append/add/setitem overloads come from <see cref="PassContext.ResolveOverload"/>.
/// </summary>
public sealed class LowerComprehensionsPass : FunctionPass
{
    private int _generatorCount;

    /// <inheritdoc/>
    public override string Name => "lower-comprehensions";

    /// <inheritdoc/>
    public override string Description => "comprehensions become loops filling a container; generator expressions become generator functions";

    /// <inheritdoc/>
    public override IReadOnlyCollection<IrNodeKind> RemovedKinds => [IrNodeKind.Comprehension];

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter(this, context).RewriteFunction(function);

    private sealed class Rewriter(LowerComprehensionsPass pass, PassContext context) : IrRewriter
    {
        protected override IrExpression RewriteComprehension(IrComprehension node)
        {
            base.RewriteComprehension(node);
            return node.BuildKind == IrBuildKind.Generator ? LiftGenerator(node) : Inline(node);
        }

        private IrExpression Inline(IrComprehension node)
        {
            var function = CurrentFunction!;
            var location = node.Location;
            var result = function.NewTemporary(node.Type);
            var (name, arguments) = node.Type switch
            {
                ListType list => ("list.append", new PyType[] { node.Type, list.Element }),
                SetType set => ("set.add", [node.Type, set.Element]),
                DictType dict => ("operator.setitem", [node.Type, dict.Key, dict.Value]),
                _ => ("?", []),
            };
            var overload = context.RequireOverload(name, arguments, location);
            if (overload is null) return node;
            IrExpression[] values = node.Value is null ? [new IrLoad(result), node.Element] : [new IrLoad(result), node.Element, node.Value];
            var add = new IrEvaluate(new IrCall(overload, values, IrTypeMatcher.InferResultType(overload, arguments) ?? PyType.None) { Location = location }) { Location = location };
            var body = new IrBlock
            {
                Location = location,
                Statements =
                {
                    new IrAssign(result, new IrBuild(node.BuildKind, node.Type, []) { Location = location }) { Location = location },
                    Nest(node.Clauses, 0, add, location),
                },
            };
            return new IrFlowExpression(body, new IrLoad(result)) { Location = location };
        }

        // The clauses from index on, outermost first, around the innermost statement.
        private static IrStatement Nest(List<IrComprehensionClause> clauses, int index, IrStatement innermost, IrLocation? location)
        {
            if (index == clauses.Count) return innermost;
            var inner = new IrBlock([Nest(clauses, index + 1, innermost, location)]);
            return clauses[index] switch
            {
                IrComprehensionFor f => new IrFor(f.ForKind, f.Target, f.Iterable, inner) { Location = location },
                IrComprehensionIf i => new IrIf(i.Condition, inner) { Location = location },
                _ => throw new InvalidOperationException("unknown comprehension clause"),
            };
        }

        private IrExpression LiftGenerator(IrComprehension node)
        {
            var outer = CurrentFunction!;
            var location = node.Location;
            if (node.Clauses[0] is not IrComprehensionFor first || node.Type is not GeneratorType generatorType) return node;
            var number = ++pass._generatorCount;
            var iterableParameter = new IrVariable("$iterable", first.Iterable.Type, IrVariableKind.Parameter);
            var generator = new IrFunction($"<genexpr-{number}>", $"{outer.InstanceName}.<genexpr-{number}>", [iterableParameter], generatorType.Return)
            {
                IsGenerator = true,
                YieldType = generatorType.Yield,
                Location = location,
            };
            var firstIterable = first.Iterable;
            first.Iterable = new IrLoad(iterableParameter);
            var yield = new IrYield(node.Element) { Location = location };
            generator.Body.Statements.Add(Nest(node.Clauses, 0, yield, location));

            // Variables bound inside move to the generator; other variables of the enclosing function become captures.
            var uses = IrVariableUses.Collect(generator.Body);
            var moved = uses.Written.Where(outer.Locals.Contains).ToList();
            foreach (var variable in moved)
            {
                outer.Locals.Remove(variable);
                generator.Locals.Add(variable);
            }
            var captured = new Dictionary<IrVariable, IrVariable>();
            foreach (var variable in uses.Read)
            {
                if (variable == iterableParameter || moved.Contains(variable) || variable.Kind == IrVariableKind.Global) continue;
                var capture = new IrVariable(variable.Name, variable.Type, IrVariableKind.Captured, variable.Symbol);
                captured[variable] = capture;
                generator.Captures.Add(capture);
            }
            new Substitution(captured).RewriteFunction(generator);
            context.Module.Functions.Add(generator);
            var closure = new IrMakeClosure(generator, captured.Keys) { Location = location };
            return new IrCallIndirect(closure, [firstIterable]) { Location = location };
        }
    }

    // Replaces reads of the enclosing function's variables by reads of the generator's captures.
    private sealed class Substitution(Dictionary<IrVariable, IrVariable> map) : IrRewriter
    {
        protected override IrExpression RewriteLoad(IrLoad node)
        {
            if (map.TryGetValue(node.Variable, out var capture)) node.Variable = capture;
            return node;
        }

        protected override IrExpression RewriteMakeClosure(IrMakeClosure node)
        {
            for (var i = 0; i < node.CapturedVariables.Count; i++)
                if (map.TryGetValue(node.CapturedVariables[i], out var capture)) node.CapturedVariables[i] = capture;
            return node;
        }
    }
}
