using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

internal sealed partial class FunctionWalker
{
    /// <summary>The states when <paramref name="condition"/> is true and when it is false (is None / is not None, isinstance, truthiness, not, and, or).</summary>
    private (FlowState WhenTrue, FlowState WhenFalse) ConditionStates(ExpressionSyntax condition, FlowState state)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return ConditionStates(parenthesized.Expression, state);
            case UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.NotKeyword } not:
            {
                var (t, f) = ConditionStates(not.Operand, state);
                return (f, t);
            }
            case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.AndKeyword } and:
            {
                var (leftTrue, leftFalse) = ConditionStates(and.Left, state);
                var (rightTrue, rightFalse) = ConditionStates(and.Right, leftTrue);
                return (rightTrue, FlowState.Join(leftFalse, rightFalse));
            }
            case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.OrKeyword } or:
            {
                var (leftTrue, leftFalse) = ConditionStates(or.Left, state);
                var (rightTrue, rightFalse) = ConditionStates(or.Right, leftFalse);
                return (FlowState.Join(leftTrue, rightTrue), rightFalse);
            }
            case ComparisonExpressionSyntax { Left: NameExpressionSyntax name, Comparisons: [{ OperatorToken.Kind: SyntaxKind.IsKeyword, Right: LiteralExpressionSyntax { Token.Kind: SyntaxKind.NoneKeyword } } clause] }:
            {
                var isNot = clause.SecondOperatorToken.Kind == SyntaxKind.NotKeyword;
                if (NarrowableOptional(name, state) is not { } target) return (state, state);
                var notNone = state with { Narrowing = state.Narrowing.With(target.Name, target.Optional.WithoutNone) };
                var none = state with { Narrowing = state.Narrowing.With(target.Name, PyType.None) };
                return isNot ? (notNone, none) : (none, notNone);
            }
            case NameExpressionSyntax name when NarrowableOptional(name, state) is { } target:
                // Truthiness: a None value is falsy, so the true branch has the non-None part.
                return (state with { Narrowing = state.Narrowing.With(target.Name, target.Optional.WithoutNone) }, state);
            case CallExpressionSyntax { Expression: NameExpressionSyntax { Identifier.ValueText: "isinstance" } callee, ArgumentList.Arguments: [{ Expression: NameExpressionSyntax subject }, { Expression: var classExpression }] }
                when Module.Scopes.Resolve(callee).IsBuiltin:
            {
                if (Module.Scopes.Resolve(subject).Binding is not { } binding || inference.GetSymbol(binding) is FunctionSymbol or ClassSymbol or ModuleSymbol) return (state, state);
                var classType = instance.Expressions.GetValueOrDefault(classExpression)?.Type.Resolve();
                var current = (state.Narrowing.Get(binding) ?? inference.GetSlot(binding, instance).Type).Resolve();
                var narrowed = NarrowToClass(current, classType);
                if (narrowed is null) return (state, state);
                var remaining = current is UnionType union ? UnionType.Create(union.Members.Where(m => m.Resolve() != narrowed)) : current;
                return (state with { Narrowing = state.Narrowing.With(binding, narrowed) }, remaining == current ? state : state with { Narrowing = state.Narrowing.With(binding, remaining) });
            }
            default:
                return (state, state);
        }
    }

    private static PyType? NarrowToClass(PyType current, PyType? classType)
    {
        PyType? target = classType switch
        {
            ClassObjectType c => new ClassType(c.Class),
            OperationType { Operation.Name: "builtins.int" } => PyType.Int,
            OperationType { Operation.Name: "builtins.float" } => PyType.Float,
            OperationType { Operation.Name: "builtins.str" } => PyType.Str,
            OperationType { Operation.Name: "builtins.bool" } => PyType.Bool,
            _ => null,
        };
        if (target is null) return null;
        if (current is UnionType union && union.Members.Any(m => m.Resolve() == target)) return target;
        if (current is ClassType from && target is ClassType to && to.Class.IsSubclassOf(from.Class)) return target;
        return current == target ? target : null;
    }

    private (ScopeName Name, UnionType Optional)? NarrowableOptional(NameExpressionSyntax name, FlowState state)
    {
        if (Module.Scopes.Resolve(name).Binding is not { } binding) return null;
        if (inference.GetSymbol(binding) is FunctionSymbol or ClassSymbol or ModuleSymbol or OperationSymbol) return null;
        var type = (state.Narrowing.Get(binding) ?? inference.GetSlot(binding, instance).Type).Resolve();
        return type is UnionType { IsOptional: true } optional ? (binding, optional) : null;
    }

    /// <summary>After an assignment, a variable declared with a union holds the assigned member type.</summary>
    private void Narrow(ScopeName name, VariableSlot slot, PyType value)
    {
        var declared = slot.Type.Resolve();
        value = value.Resolve();
        _flow = declared is UnionType && value is not UnionType && value is not ErrorType && value is not TypeVariable
            ? _flow with { Narrowing = _flow.Narrowing.With(name, value) }
            : _flow with { Narrowing = _flow.Narrowing.Without(name) };
    }

    private void ApplyCondition(ExpressionSyntax condition, bool whenTrue)
    {
        TypeOf(condition);
        var (t, f) = ConditionStates(condition, _flow);
        _flow = whenTrue ? t : f;
    }
}
