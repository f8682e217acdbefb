using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>
/// A test stand-in for type inference's instantiator: a builtin passed as a value (<c>key=len</c>, <c>map(str, xs)</c>)
/// is typed by resolving its own overloads for the argument types. User functions are not supported here.
/// </summary>
internal sealed class BuiltinInstantiator : ICallableInstantiator
{
    public PyType? GetReturnType(PyType callee, IReadOnlyList<PyType> arguments)
    {
        if (callee is not OperationType { Operation: var operation }) return null;
        var result = new OverloadResolver(new TypeUnifier(), this).Resolve(operation, arguments.Select(a => new CallArgument(a)).ToArray());
        return result.IsResolved ? result.ReturnType : null;
    }
}
