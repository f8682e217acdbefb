using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>Resolves calls against <see cref="OperationLibrary.Default"/> for the tests.</summary>
internal static class Resolution
{
    public static OperationLibrary Library => OperationLibrary.Default;

    /// <summary>A resolver over a fresh unifier, with an instantiator that types builtins passed as values (key=len).</summary>
    public static OverloadResolver CreateResolver(TypeUnifier? unifier = null) =>
        new(unifier ?? new TypeUnifier(), new BuiltinInstantiator());

    /// <summary>Resolves <paramref name="operation"/> with positional arguments.</summary>
    public static OverloadResolutionResult Resolve(string operation, params PyType[] arguments) =>
        Resolve(operation, arguments.Select(a => new CallArgument(a)).ToArray());

    /// <summary>Resolves <paramref name="operation"/> with (keyword) arguments.</summary>
    public static OverloadResolutionResult Resolve(string operation, params CallArgument[] arguments)
    {
        var op = Library.GetOperation(operation) ?? throw new ArgumentException($"no operation {operation}");
        return CreateResolver().Resolve(op, arguments);
    }

    /// <summary>The builtin operation as a value (<c>len</c> in <c>key=len</c>).</summary>
    public static PyType Builtin(string name) => new OperationType(Library.GetOperation("builtins." + name) ?? throw new ArgumentException(name));

    public static PyType List(PyType element) => new ListType(element);

    public static PyType Dict(PyType key, PyType value) => new DictType(key, value);

    public static PyType Set(PyType element) => new SetType(element);

    public static PyType Tuple(params PyType[] elements) => new TupleType(elements);

    public static PyType Iterator(PyType element) => new IteratorType(element);
}
