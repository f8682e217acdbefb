using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// Gives the result type of calling a function value with given argument types, so that overloads with Callable
/// parameters (<c>sorted(key=...)</c>, <c>map</c>, <c>filter</c>) can type a lambda or an unannotated function passed to them.
/// Type inference implements it (it instantiates the function for those argument types).
/// </summary>
public interface ICallableInstantiator
{
    /// <summary>The return type of calling <paramref name="callee"/> with <paramref name="arguments"/>, or null when it cannot be called so (not known yet or an error).</summary>
    PyType? GetReturnType(PyType callee, IReadOnlyList<PyType> arguments);
}
