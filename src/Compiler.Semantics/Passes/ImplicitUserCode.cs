using System.Runtime.CompilerServices;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Which library operations of a module may run user code that no IR call shows, for <see cref="SequenceLengths"/>:
/// an operation given a generator or iterator (it may step it) or a callable, and, when the module's classes define
/// a dunder other than <c>__init__</c>, an operation given a value that may hold an instance (<c>print(x)</c> calls
/// <c>__str__</c>, <c>xs.index(x)</c> calls <c>__eq__</c>). That code could change the length of any list.
/// </summary>
internal sealed class ImplicitUserCode
{
    private static readonly ConditionalWeakTable<IrModule, ImplicitUserCode> Cache = new();

    /// <summary>Whether a class of the module defines a dunder other than __init__, which the runtime calls from inside operations.</summary>
    private readonly bool _dunders;

    private ImplicitUserCode(IrModule module) => _dunders = module.DefinesImplicitlyCalledDunders;

    /// <summary>The answer for <paramref name="module"/> (its classes do not change while passes run).</summary>
    public static ImplicitUserCode For(IrModule module) => Cache.GetValue(module, m => new ImplicitUserCode(m));

    /// <summary>Whether <paramref name="call"/> may run user code: see the class summary.</summary>
    public bool MayRunUserCode(IrCall call) =>
        call.Overload.Effects.HasFlag(OperationEffects.CallsArgument)
        || call.Arguments.Any(a => RunsCode(a.Type.Resolve()) || (_dunders && MayHoldInstance(a.Type.Resolve())));

    private static bool RunsCode(PyType type) => type is GeneratorType or IteratorType or IterableType or CallableType or FunctionType;

    private static bool MayHoldInstance(PyType type) =>
        type is ClassType || type == PyType.Object || (type is UnionType union && union.Members.Any(m => MayHoldInstance(m.Resolve())))
        || type.TypeArguments.Any(a => MayHoldInstance(a.Resolve()));
}
