using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>
/// Walks one function instance's body once: types every expression (recording it in the instance), unifies
/// assignments into variable slots and tracks flow-sensitive narrowing. <see cref="TypeInference"/> runs it
/// round after round until nothing changes.
/// </summary>
internal sealed partial class FunctionWalker(TypeInference inference, FunctionInstance instance)
{
    private FlowState _flow = FlowState.Start;
    private int _loopDepth;

    private ModuleInfo Module => instance.Module;

    public void Walk()
    {
        var function = instance.Function;
        if (function is null)
        {
            WalkStatements(((ModuleSyntax)Module.Tree.GetRoot()).Statements);
            return;
        }
        // Parameters: their slots take the instance's parameter types; defaults are typed in the enclosing scope.
        for (var i = 0; i < function.Parameters.Count; i++)
        {
            var parameter = function.Parameters[i];
            if (instance.Scope.Lookup(parameter.Name) is not { } name) continue;
            var slot = inference.GetSlot(name, instance);
            var type = i < instance.ParameterTypes.Count ? instance.ParameterTypes[i] : PyType.Error;
            if (!slot.IsDeclared) AssignToSlot(slot, type, (SyntaxNode?)parameter.DeclaringSyntax ?? function.DeclaringSyntax!, name.Name);
        }
        switch (function.DeclaringSyntax)
        {
            case FunctionDefinitionSyntax def:
                WalkBlock(def.Body);
                if (!_flow.Unreachable && !function.IsGenerator && instance.ReturnType is TypeVariable && function.DeclaredReturnType is null)
                {
                    // Falling off the end returns None.
                    if (instance.HasReturnValue) UnifyReturn(def, PyType.None, def);
                    else Unify(instance.ReturnType, PyType.None);
                }
                break;
            case LambdaExpressionSyntax lambda:
                var body = TypeOf(lambda.Body);
                instance.HasReturnValue = true;
                Unify(instance.ReturnType, body);
                break;
        }
    }

    private bool Unify(PyType a, PyType b) => inference.Unifier.Unify(a, b);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments) =>
        inference.Report(descriptor, node, arguments);

    private void Record(SyntaxNode node, ExpressionInfo info) => instance.Expressions[node] = info;

    /// <summary>Assigns a value's type to a variable slot: unify, or check against a declared type.</summary>
    private void AssignToSlot(VariableSlot slot, PyType value, SyntaxNode at, string name)
    {
        value = value.Resolve();
        if (value is ErrorType)
        {
            slot.HasErrorAssignment = true;
            return;
        }
        if (slot.IsDeclared)
        {
            CheckAssignable(slot.Inner, value, at, name);
            return;
        }
        if (value == PyType.None)
        {
            if (!slot.IsNullable) inference.NoteProgress();
            slot.IsNullable = true;
            slot.FirstAssignment ??= at;
            return;
        }
        if (value is UnionType { IsOptional: true } optional)
        {
            if (!slot.IsNullable) inference.NoteProgress();
            slot.IsNullable = true;
            value = optional.WithoutNone;
        }
        if (!slot.HasNonNoneAssignment) inference.NoteProgress();
        slot.HasNonNoneAssignment = true;
        var previous = slot.Inner.Resolve();
        if (Unify(slot.Inner, value))
        {
            if (previous is TypeVariable) slot.FirstAssignment = at;
            return;
        }
        var first = slot.FirstAssignment ?? at;
        var lineOf = (SyntaxNode n) => n.SyntaxTree.GetLocation(n.Span).GetLineSpan().StartLinePosition.Line + 1;
        inference.Report(TypingDiagnosticDescriptors.IncompatibleAssignments, at.SyntaxTree.GetLocation(at.Span), [first.SyntaxTree.GetLocation(first.Span)],
            name, previous.DisplayName, lineOf(first), value.DisplayName, lineOf(at));
    }

    /// <summary>Whether a value of type <paramref name="value"/> may be stored where <paramref name="declared"/> is declared, without changing what it prints.</summary>
    internal static bool IsAssignable(PyType declared, PyType value, TypeUnifier unifier)
    {
        declared = declared.Resolve();
        value = value.Resolve();
        if (value is ErrorType || declared is ErrorType || declared == PyType.Object) return true;
        if (unifier.Unify(declared, value)) return true;
        if (declared is UnionType union)
        {
            if (value is UnionType valueUnion) return valueUnion.Members.All(m => union.Members.Any(u => IsAssignable(u, m, unifier)));
            return union.Members.Any(m => IsAssignable(m, value, unifier));
        }
        if (declared is ClassType expected && value is ClassType actual) return actual.Class.IsSubclassOf(expected.Class);
        if (declared is CallableType callable && value is FunctionType or OperationType) return true;
        // A generator where an Iterator is declared, any iterable where an Iterable is (the lowering converts both).
        if (declared is IteratorType iterator && value is GeneratorType generator) return unifier.Unify(iterator.Element, generator.Yield);
        if (declared is IterableType iterable && TypeFacts.GetIterationType(value) is { } element) return unifier.Unify(iterable.Element, element);
        return false;
    }

    /// <summary>
    /// A function or lambda stored where a Callable is declared (a parameter, a variable, a return): instantiate it for
    /// the Callable's parameter types, as overload resolution does for <c>sorted(key=lambda ...)</c>, so that the
    /// lowering finds the instance the function value stands for.
    /// </summary>
    private void InstantiateCallableValue(PyType declared, PyType value)
    {
        if (declared.Resolve() is CallableType callable && value.Resolve() is FunctionType function)
            inference.GetReturnType(function, callable.Parameters);
    }

    private void CheckAssignable(PyType declared, PyType value, SyntaxNode at, string name)
    {
        InstantiateCallableValue(declared, value);
        if (IsAssignable(declared, value, inference.Unifier)) return;
        var hint = declared.Resolve() == PyType.Float && value.Resolve() == PyType.Int
            ? " (an int stays an int in Python and prints without '.0': write a float literal such as 0.0, or convert with float())"
            : "";
        Report(TypingDiagnosticDescriptors.AssignmentTypeMismatch, at, name, declared.Resolve().DisplayName, value.Resolve().DisplayName, hint);
    }

    private void UnifyReturn(SyntaxNode functionSyntax, PyType value, SyntaxNode at)
    {
        var function = instance.Function!;
        if (function.DeclaredReturnType is { } declared)
        {
            InstantiateCallableValue(declared, value);
            if (!IsAssignable(declared, value, inference.Unifier))
                Report(TypingDiagnosticDescriptors.ReturnTypeMismatch, at, function.Name, value.Resolve().DisplayName, declared.DisplayName);
            return;
        }
        var current = instance.ReturnType.Resolve();
        value = value.Resolve();
        if (value is ErrorType) return;
        if (Unify(instance.ReturnType, value)) return;
        // `return None` in one place and a value elsewhere: the function returns an Optional; that needs an annotation
        // because the return slot is one inference variable.
        Report(TypingDiagnosticDescriptors.ReturnTypeMismatch, at, function.Name, value.DisplayName, current.DisplayName + " (from its other returns; annotate the return type)");
    }

    /// <summary>The ScopeName a name occurrence refers to, and its slot's current (narrowed) type.</summary>
    private (ResolvedName Resolved, VariableSlot? Slot) ResolveName(NameExpressionSyntax name)
    {
        var resolved = Module.Scopes.Resolve(name);
        if (resolved.Binding is not { } binding) return (resolved, null);
        var symbol = inference.GetSymbol(binding);
        if (symbol is FunctionSymbol or ClassSymbol or ModuleSymbol or OperationSymbol) return (resolved, null);
        return (resolved, inference.GetSlot(binding, instance));
    }
}
