using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>Structural checks of the default library's content.</summary>
public class DefaultLibraryTests
{
    private static OperationLibrary Library => OperationLibrary.Default;

    [Test]
    public void HasOperationsOfEveryKind()
    {
        var kinds = Library.Operations.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(kinds.Keys, Is.EquivalentTo(Enum.GetValues<OperationKind>()));
        Assert.That(Library.Overloads.Count(), Is.GreaterThan(350));
        Assert.That(Library.Modules, Is.EquivalentTo(new[] { "math", "sys" }));
    }

    [Test]
    public void Names_AreQualifiedByTheirKind()
    {
        foreach (var operation in Library.Operations)
        {
            var expected = operation.Kind switch
            {
                OperationKind.Operator => new[] { "operator" },
                OperationKind.Builtin => ["builtins"],
                OperationKind.Method => ["str", "list", "dict", "dict_keys", "dict_items", "set", "tuple", "bytes", "BaseException"],
                _ => ["math", "sys"],
            };
            Assert.That(expected, Does.Contain(operation.Container), operation.Name);
        }
    }

    [Test]
    public void Methods_TakeTheReceiverAsPositionalOnlySelf()
    {
        foreach (var overload in Library.Overloads.Where(o => o.Kind == OperationKind.Method))
        {
            var self = overload.Signature.Parameters[0];
            Assert.That(self.Name, Is.EqualTo("self"), overload.ToString());
            Assert.That(self.Kind, Is.EqualTo(ParameterKind.PositionalOnly), overload.ToString());
            var container = overload.OperationName[..overload.OperationName.IndexOf('.')];
            Assert.That(self.Type.DisplayName, Does.StartWith(container), overload.ToString());
        }
    }

    [Test]
    public void MutatingOverloads_MutateTheirFirstParameter_AndReturnNoneOrTheReceiver()
    {
        var mutating = Library.Overloads.Where(o => o.Effects.HasFlag(OperationEffects.MutatesArgument)).ToList();
        Assert.That(mutating, Has.Count.GreaterThan(30));
        foreach (var overload in mutating) Assert.That(overload.MutatedParameter, Is.EqualTo(0), overload.ToString());
        foreach (var name in new[] { "list.append", "list.sort", "dict.update", "set.add", "operator.setitem", "operator.iadd" })
            Assert.That(Library.GetOperation(name)!.Overloads.All(o => o.Effects.HasFlag(OperationEffects.MutatesArgument)), name);
        foreach (var name in new[] { "list.copy", "str.upper", "builtins.sorted", "dict.get", "operator.add" })
            Assert.That(Library.GetOperation(name)!.Overloads.Any(o => o.Effects.HasFlag(OperationEffects.MutatesArgument)), Is.False, name);
    }

    [Test]
    public void CallableParameters_MeanCallsArgument()
    {
        foreach (var overload in Library.Overloads)
        {
            var takesCallable = overload.Signature.Parameters.Any(p => p.Type is CallableType);
            Assert.That(overload.Effects.HasFlag(OperationEffects.CallsArgument), Is.EqualTo(takesCallable), overload.ToString());
        }
    }

    [Test]
    public void InputOutput_IsPrintInputAndExitOnly()
    {
        // sys.exit ends the process (and writes a message to stderr): no pass may drop or reorder it.
        var io = Library.Overloads.Where(o => o.Effects.HasFlag(OperationEffects.InputOutput)).Select(o => o.OperationName).Distinct();
        Assert.That(io, Is.EquivalentTo(new[] { "builtins.print", "builtins.input", "sys.exit" }));
    }

    [Test]
    public void Raises_NamesOnlyPythonBuiltinExceptions()
    {
        var names = Library.Overloads.SelectMany(o => o.Raises).Distinct().ToList();
        var script = "import builtins, sys\nfor n in sys.stdin.read().split():\n    print(n, isinstance(getattr(builtins, n, None), type) and issubclass(getattr(builtins, n), BaseException))";
        var output = Python.RunScript(script, string.Join("\n", names));
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.That(line, Does.EndWith(" True"), "not a builtin exception: " + line);
        Assert.That(names, Does.Contain("ZeroDivisionError").And.Contain("OverflowError").And.Contain("StopIteration"));
    }

    [Test]
    public void IntArithmetic_RaisesOverflowError()
    {
        foreach (var name in new[] { "operator.add", "operator.sub", "operator.mul", "operator.pow", "operator.lshift", "operator.neg", "builtins.abs" })
        {
            var intOverload = Library.GetOperation(name)!.Overloads.First(o => o.Signature.Parameters.All(p => p.Type == PyType.Int));
            Assert.That(intOverload.Raises, Does.Contain("OverflowError"), intOverload.ToString());
        }
        foreach (var name in new[] { "operator.truediv", "operator.floordiv", "operator.mod", "builtins.divmod" })
            Assert.That(Library.GetOperation(name)!.Overloads.Where(o => o.Signature.Parameters.All(p => p.Type.IsNumeric)).All(o => o.Raises.Contains("ZeroDivisionError")), name);
    }

    [Test]
    public void NoOverloadHasAnImplementationYet() =>
        Assert.That(Library.Overloads.All(o => o.Implementations.Count == 0), "the backends fill the implementation slots");

    [Test]
    public void EveryOverloadIsDocumented() =>
        Assert.That(Library.Overloads.Where(o => string.IsNullOrWhiteSpace(o.Documentation)).Select(o => o.ToString()), Is.Empty);

    [Test]
    public void OperatorNames_ExistInPythonsOperatorModule_AndMethodsOnTheirTypes()
    {
        var names = Library.Operations.Where(o => o.Kind is OperationKind.Operator or OperationKind.Method or OperationKind.Builtin or OperationKind.ModuleFunction or OperationKind.ModuleAttribute).Select(o => o.Name).ToList();
        // The dict views' classes are no builtin names: they are reached through a view's type.
        var script = "import builtins, operator, math, sys\nviews = {'dict_keys': type({}.keys()), 'dict_values': type({}.values()), 'dict_items': type({}.items())}\n" +
            "for n in sys.stdin.read().split():\n    m, _, a = n.partition('.')\n    base = {'operator': operator, 'builtins': builtins, 'math': math, 'sys': sys, **views}.get(m) or getattr(builtins, m)\n    print(n, hasattr(base, a))";
        var output = Python.RunScript(script, string.Join("\n", names));
        var missing = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.EndsWith(" True", StringComparison.Ordinal)).ToList();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void MathModule_IsComplete()
    {
        var required = "sqrt exp log log2 log10 pow sin cos tan asin acos atan atan2 sinh cosh tanh floor ceil trunc fabs fmod copysign hypot degrees radians isnan isinf isfinite isclose factorial gcd lcm comb perm isqrt prod fsum modf frexp ldexp pi e tau inf nan".Split(' ');
        foreach (var name in required) Assert.That(Library.GetOperation("math." + name), Is.Not.Null, name);
        Assert.That(Library.GetOperation("math.log")!.Overloads.Select(o => o.Signature.Parameters.Count), Is.EquivalentTo(new[] { 1, 2 }));
    }

    [Test]
    public void WithOverload_AddsAfterTheDefaultsWithoutChangingThem()
    {
        var extended = Library.WithOperation("operator.add", OperationKind.Operator, "(a: Tensor, b: Tensor, /) -> Tensor");
        Assert.That(extended.GetOperation("operator.add")!.Overloads, Has.Count.EqualTo(Library.GetOperation("operator.add")!.Overloads.Count + 1));
        Assert.That(OperationLibrary.Default.GetOperation("operator.add")!.Overloads.Any(o => o.Signature.ReturnType == PyType.Tensor), Is.False);
    }
}
